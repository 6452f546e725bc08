package com.tickmark.model.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in user on whose behalf a service call is made. Services call {@link #require} before
 * doing anything.
 *
 * @param readOnlyBecause why this session may only read (another program has the workspace open for
 *     writing), or empty when it may do all its roles allow; a read-only actor holds only the
 *     permissions that {@linkplain Permission#onlyReads() only read}
 */
public record Actor(UserId id, String username, Set<Role> roles, String readOnlyBecause) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    readOnlyBecause = readOnlyBecause == null ? "" : readOnlyBecause;
  }

  /** An actor who may do all that {@code roles} allow. */
  public Actor(UserId id, String username, Set<Role> roles) {
    this(id, username, roles, "");
  }

  /** This user in a session that may only read, for the reason given (shown when refused). */
  public Actor readingOnly(String because) {
    if (because == null || because.isBlank()) {
      throw new IllegalArgumentException("Say why the session may only read");
    }
    return new Actor(id, username, roles, because);
  }

  /** True when this session may only read (see {@link #readOnlyBecause()}). */
  public boolean isReadOnly() {
    return !readOnlyBecause.isEmpty();
  }

  public boolean may(Permission permission) {
    return (!isReadOnly() || permission.onlyReads()) && PermissionMatrix.permits(roles, permission);
  }

  /** Throws {@link AccessDeniedException} unless this actor holds {@code permission}. */
  public void require(Permission permission) {
    if (isReadOnly() && !permission.onlyReads() && PermissionMatrix.permits(roles, permission)) {
      throw new AccessDeniedException(
          "User "
              + username
              + " may not "
              + permission.description().toLowerCase(Locale.ROOT)
              + " here: "
              + readOnlyBecause
              + ".",
          permission);
    }
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
