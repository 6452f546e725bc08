package com.tickmark.model.security;

import static com.tickmark.model.security.Permission.*;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which role may do what. Business services check it on every call, whoever makes the call (the
 * desktop app, the command line or an import); the screens only hide what would be refused anyway.
 */
public final class PermissionMatrix {
  private static final Map<Role, Set<Permission>> MATRIX = new EnumMap<>(Role.class);

  static {
    Set<Permission> everyone = EnumSet.of(VIEW_DATA);
    MATRIX.put(Role.VIEWER, everyone);
    MATRIX.put(
        Role.CLERK,
        with(
            everyone,
            EXPORT_DATA,
            CAPTURE_TRADES,
            AMEND_TRADES,
            WORK_SETTLEMENTS,
            WORK_RECONCILIATIONS));
    MATRIX.put(
        Role.ACCOUNTANT,
        with(
            everyone,
            EXPORT_DATA,
            POST_JOURNALS,
            APPROVE_JOURNALS,
            CLOSE_PERIODS,
            APPROVE_WRITE_OFFS,
            BOOK_PENALTIES,
            ROLL_BUSINESS_DATE));
    MATRIX.put(
        Role.RISK_MANAGER,
        with(
            everyone,
            EXPORT_DATA,
            VIEW_RISK,
            MANAGE_LIMITS,
            APPROVE_LIMIT_CHANGES,
            APPROVE_TRADE_CHANGES));
    MATRIX.put(
        Role.COMPLIANCE,
        with(everyone, EXPORT_DATA, VIEW_RISK, WORK_ALERTS, VIEW_AUDIT, APPROVE_ACCESS_CHANGES));
    MATRIX.put(
        Role.ADMIN,
        with(
            everyone,
            EXPORT_DATA,
            MANAGE_REFERENCE_DATA,
            MANAGE_USERS,
            APPROVE_ACCESS_CHANGES,
            VIEW_AUDIT,
            ADMINISTER_WORKSPACE,
            MANAGE_CONNECTIONS));
  }

  private PermissionMatrix() {}

  private static Set<Permission> with(Set<Permission> base, Permission... more) {
    EnumSet<Permission> set = EnumSet.copyOf(base);
    Collections.addAll(set, more);
    return set;
  }

  public static Set<Permission> permissionsOf(Role role) {
    return Collections.unmodifiableSet(MATRIX.get(role));
  }

  public static boolean permits(Collection<Role> roles, Permission permission) {
    for (Role r : roles) {
      if (MATRIX.get(r).contains(permission)) {
        return true;
      }
    }
    return false;
  }

  /** The roles that hold {@code permission}, for messages that tell a refused user whom to ask. */
  public static Set<Role> rolesWith(Permission permission) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (Map.Entry<Role, Set<Permission>> e : MATRIX.entrySet()) {
      if (e.getValue().contains(permission)) {
        roles.add(e.getKey());
      }
    }
    return roles;
  }
}
