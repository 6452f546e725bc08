package com.tickmark.persistence.security;

import static com.tickmark.persistence.jooq.Sequences.APP_USER_SEQ;
import static com.tickmark.persistence.jooq.Tables.APP_USER;
import static com.tickmark.persistence.jooq.Tables.APP_USER_ROLE;

import com.tickmark.model.security.PasswordHash;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.User;
import com.tickmark.model.security.UserId;
import com.tickmark.model.security.UserStore;
import com.tickmark.persistence.jooq.tables.records.AppUserRecord;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/** Users and their roles. */
public final class UserRepository implements UserStore {
  private final DSLContext dsl;

  public UserRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<User> findByUsername(String username) {
    return dsl.selectFrom(APP_USER)
        .where(APP_USER.USERNAME.eq(username))
        .fetchOptional()
        .map(r -> toUser(r, rolesOf(r.getId())));
  }

  /** The names of the users who may sign in, sorted: who work may be given to. */
  public List<String> enabledUsernames() {
    return all().stream().filter(User::enabled).map(User::username).sorted().toList();
  }

  @Override
  public List<User> all() {
    Map<Long, Set<Role>> roles = new HashMap<>();
    dsl.selectFrom(APP_USER_ROLE)
        .forEach(
            r ->
                roles
                    .computeIfAbsent(r.getUserId(), k -> EnumSet.noneOf(Role.class))
                    .add(Role.valueOf(r.getRole())));
    return dsl.selectFrom(APP_USER)
        .orderBy(APP_USER.USERNAME)
        .fetch(r -> toUser(r, roles.getOrDefault(r.getId(), Set.of())));
  }

  @Override
  public UserId nextId() {
    return new UserId(dsl.nextval(APP_USER_SEQ));
  }

  @Override
  public void insert(User user) {
    dsl.insertInto(APP_USER)
        .set(APP_USER.ID, user.id().value())
        .set(APP_USER.USERNAME, user.username())
        .set(APP_USER.DISPLAY_NAME, user.displayName())
        .set(APP_USER.ENABLED, user.enabled())
        .set(APP_USER.PASSWORD_HASH, user.passwordHash().encoded())
        .set(APP_USER.FAILED_SIGN_INS, user.failedLogins())
        .set(
            APP_USER.LOCKED_UNTIL,
            user.lockedUntil() == null
                ? null
                : OffsetDateTime.ofInstant(user.lockedUntil(), ZoneOffset.UTC))
        .set(APP_USER.CREATED_AT, OffsetDateTime.ofInstant(user.createdAt(), ZoneOffset.UTC))
        .execute();
    writeRoles(user);
  }

  @Override
  public void update(User user) {
    int rows =
        dsl.update(APP_USER)
            .set(APP_USER.DISPLAY_NAME, user.displayName())
            .set(APP_USER.ENABLED, user.enabled())
            .set(APP_USER.PASSWORD_HASH, user.passwordHash().encoded())
            .set(APP_USER.FAILED_SIGN_INS, user.failedLogins())
            .set(
                APP_USER.LOCKED_UNTIL,
                user.lockedUntil() == null
                    ? null
                    : OffsetDateTime.ofInstant(user.lockedUntil(), ZoneOffset.UTC))
            .where(APP_USER.ID.eq(user.id().value()))
            .execute();
    if (rows != 1) {
      throw new IllegalStateException("User " + user.username() + " does not exist");
    }
    dsl.deleteFrom(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(user.id().value())).execute();
    writeRoles(user);
  }

  private void writeRoles(User user) {
    for (Role role : user.roles()) {
      dsl.insertInto(APP_USER_ROLE)
          .set(APP_USER_ROLE.USER_ID, user.id().value())
          .set(APP_USER_ROLE.ROLE, role.name())
          .execute();
    }
  }

  private Set<Role> rolesOf(long userId) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    dsl.select(APP_USER_ROLE.ROLE)
        .from(APP_USER_ROLE)
        .where(APP_USER_ROLE.USER_ID.eq(userId))
        .forEach(r -> roles.add(Role.valueOf(r.value1())));
    return roles;
  }

  private static User toUser(AppUserRecord r, Set<Role> roles) {
    return new User(
        new UserId(r.getId()),
        r.getUsername(),
        r.getDisplayName(),
        roles,
        r.getEnabled(),
        PasswordHash.parse(r.getPasswordHash()),
        r.getFailedSignIns(),
        r.getLockedUntil() == null ? null : r.getLockedUntil().toInstant(),
        r.getCreatedAt().toInstant());
  }
}
