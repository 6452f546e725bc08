package com.tickmark.model.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in user on whose behalf a service call is made. Services call {@link #require} before
 * doing anything.
 */
public record Actor(UserId id, String username, Set<Role> roles) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public boolean may(Permission permission) {
    return PermissionMatrix.permits(roles, permission);
  }

  /** Throws {@link AccessDeniedException} unless this actor holds {@code permission}. */
  public void require(Permission permission) {
    if (!may(permission)) {
      String held =
          roles.isEmpty()
              ? "no role"
              : roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
      String holders =
          PermissionMatrix.rolesWith(permission).stream()
              .map(Role::name)
              .collect(Collectors.joining(" or "));
      throw new AccessDeniedException(
          "User "
              + username
              + " ("
              + held
              + ") may not "
              + permission.description().toLowerCase(Locale.ROOT)
              + ": that needs the "
              + permission
              + " permission, which "
              + holders
              + " holds.",
          permission);
    }
  }

  @Override
  public String toString() {
    return username;
  }
}
