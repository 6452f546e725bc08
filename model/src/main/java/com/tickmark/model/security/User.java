package com.tickmark.model.security;

import com.tickmark.model.json.Json;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who signs in to Tickmark. The password is kept only as a salted slow hash.
 *
 * @param failedLogins consecutive failed sign-ins since the last success
 * @param lockedUntil while in the future, sign-in is refused
 */
public record User(
    UserId id,
    String username,
    String displayName,
    Set<Role> roles,
    boolean enabled,
    PasswordHash passwordHash,
    int failedLogins,
    Instant lockedUntil,
    Instant createdAt) {

  private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,31}");

  public User {
    Objects.requireNonNull(id, "id");
    checkUsername(username);
    Objects.requireNonNull(passwordHash, "password hash");
    Objects.requireNonNull(createdAt, "created at");
    displayName = displayName == null || displayName.isBlank() ? username : displayName.trim();
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    if (failedLogins < 0) {
      throw new IllegalArgumentException("Failed logins must not be negative");
    }
  }

  public static void checkUsername(String username) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException(
          "User name must be 2 to 32 characters: lower-case letters, digits, '.', '_' or '-',"
              + " starting with a letter: '"
              + username
              + "'");
    }
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  public Actor asActor() {
    return new Actor(id, username, roles);
  }

  public User withRoles(Set<Role> newRoles) {
    return new User(
        id,
        username,
        displayName,
        newRoles,
        enabled,
        passwordHash,
        failedLogins,
        lockedUntil,
        createdAt);
  }

  public User withEnabled(boolean newEnabled) {
    return new User(
        id,
        username,
        displayName,
        roles,
        newEnabled,
        passwordHash,
        failedLogins,
        lockedUntil,
        createdAt);
  }

  public User withPassword(PasswordHash newHash) {
    return new User(id, username, displayName, roles, enabled, newHash, 0, null, createdAt);
  }

  public User withFailedLogin(int failures, Instant newLockedUntil) {
    return new User(
        id,
        username,
        displayName,
        roles,
        enabled,
        passwordHash,
        failures,
        newLockedUntil,
        createdAt);
  }

  /** What the audit trail records of a user: never the password hash. */
  public String auditView() {
    return Json.write(
        new AuditView(
            username, displayName, roles.stream().map(Role::name).sorted().toList(), enabled));
  }

  private record AuditView(
      String username, String displayName, List<String> roles, boolean enabled) {}
}
