package com.tickmark.model.users;

import com.tickmark.model.security.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The payload of a role-change request: the roles {@code username} is to have. */
public record RoleChange(String username, Set<Role> roles) {
  public RoleChange {
    Objects.requireNonNull(username, "username");
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("A user needs at least one role.");
    }
    roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
  }
}
