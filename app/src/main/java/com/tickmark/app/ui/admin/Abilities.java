package com.tickmark.app.ui.admin;

import com.tickmark.app.StandardAreas;
import com.tickmark.model.security.Permission;
import com.tickmark.model.security.PermissionMatrix;
import com.tickmark.model.security.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What roles allow, in words, as the Admin screen shows it: only the permissions Tickmark checks
 * today, so a role never promises a screen that does not exist yet. The permissions of an area
 * still to come (reconciliation, the ledger, risk) appear once the area declares them ({@link
 * com.tickmark.app.area.Area#permissions()}).
 *
 * @param offered the permissions some service, screen or command checks
 */
public record Abilities(Set<Permission> offered) {
  public Abilities {
    offered = offered.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(offered));
  }

  /** What the standard areas and the platform check. */
  public static Abilities standard() {
    return new Abilities(StandardAreas.permissions());
  }

  /** The offered permissions that {@code roles} hold, in the order of {@link Permission}. */
  public List<Permission> of(Collection<Role> roles) {
    EnumSet<Permission> held = EnumSet.noneOf(Permission.class);
    roles.forEach(r -> held.addAll(PermissionMatrix.permissionsOf(r)));
    held.retainAll(offered);
    return List.copyOf(held);
  }

  /** One line per offered permission {@code roles} hold ("Capture trades by hand or …"). */
  public List<String> lines(Collection<Role> roles) {
    return of(roles).stream().map(Permission::description).toList();
  }

  /**
   * What a role may do, in one sentence built from its offered permissions: "Capture trades by hand
   * or import trade files; request amendments and cancellations of trades; …".
   */
  public String describe(Role role) {
    List<String> lines = lines(List.of(role));
    if (lines.isEmpty()) {
      return "";
    }
    String joined =
        lines.stream()
            .map(l -> Character.toLowerCase(l.charAt(0)) + l.substring(1))
            .collect(Collectors.joining("; "));
    return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
  }
}
