package com.tickmark.model.users;

import com.tickmark.model.approval.ApprovalHandler;
import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.approval.ApprovalService;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.json.Json;
import com.tickmark.model.security.AccessDeniedException;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.AuthenticationException;
import com.tickmark.model.security.PasswordHasher;
import com.tickmark.model.security.Permission;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.User;
import com.tickmark.model.security.UserStore;
import com.tickmark.model.tx.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Users: sign-in with lockout after repeated failures, and the administration of users. Role
 * changes go through four-eyes approval. Every change and every sign-in is audited.
 */
public final class UserService {
  public static final int MAX_FAILED_SIGN_INS = 5;
  public static final Duration LOCKOUT = Duration.ofMinutes(15);
  public static final String ENTITY = "User";
  public static final String ROLE_CHANGE = "USER_ROLES";

  /** What the audit trail names the idle-lock setting. */
  public static final String IDLE_LOCK_SETTING = "session.idle-lock";

  public static final Duration DEFAULT_IDLE_LOCK = Duration.ofMinutes(15);
  static final Duration MIN_IDLE_LOCK = Duration.ofMinutes(1);
  static final Duration MAX_IDLE_LOCK = Duration.ofHours(8);

  private final UserStore users;
  private final AuditTrail audit;
  private final PasswordHasher hasher;
  private final ApprovalService approvals;
  private final Transactions tx;
  private final Clock clock;
  private final SessionPolicyStore policy;

  public UserService(
      UserStore users,
      SessionPolicyStore policy,
      AuditTrail audit,
      PasswordHasher hasher,
      ApprovalService approvals,
      Transactions tx,
      Clock clock) {
    this.users = users;
    this.policy = policy;
    this.audit = audit;
    this.hasher = hasher;
    this.approvals = approvals;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * What applies an approved role change; the composition root registers it with the {@link
   * ApprovalService} this service submits its requests to.
   */
  public List<ApprovalHandler<?>> approvalHandlers() {
    return List.of(new RoleChangeHandler());
  }

  /**
   * Checks a user name and password. Five failures in a row lock the account for fifteen minutes. A
   * failure is recorded (and committed) before the exception is thrown.
   */
  public Actor signIn(String username, char[] password) {
    Instant now = clock.instant();
    Optional<String> readOnly = tx.readOnly();
    if (readOnly.isPresent()) {
      return signInToRead(username, password, now, readOnly.get());
    }
    Actor actor = authenticate(username, password, now, AuditAction.LOGIN, "");
    audit.anchor("sign-in:" + actor.username());
    return actor;
  }

  /**
   * Ends {@code actor}'s session in the app (File → Sign out, Switch user, closing the window).
   * Recorded in the audit trail, except in a window that may only read.
   *
   * @param how what ended it, for the audit trail ("signed out", "switched to accountant")
   */
  public void signOut(Actor actor, String how) {
    if (tx.readOnly().isPresent()) {
      return;
    }
    tx.inTransaction(
        () ->
            audit.append(
                new AuditEvent(
                    actor.username(),
                    clock.instant(),
                    ENTITY,
                    actor.username(),
                    AuditAction.LOGOUT,
                    "",
                    "",
                    how)));
  }

  /**
   * Records that {@code actor}'s screen was locked (idle for {@code idle}, or locked by hand when
   * zero); the screen stays locked until {@link #unlock} succeeds.
   */
  public void lock(Actor actor, Duration idle) {
    if (tx.readOnly().isPresent()) {
      return;
    }
    String why =
        idle.isZero() ? "locked by the user" : "idle for " + idle.toMinutes() + " min; locked";
    tx.inTransaction(
        () ->
            audit.append(
                new AuditEvent(
                    actor.username(),
                    clock.instant(),
                    ENTITY,
                    actor.username(),
                    AuditAction.LOCK,
                    "",
                    "",
                    why)));
  }

  /**
   * Unlocks {@code actor}'s locked screen with their password: the same checks as signing in (a
   * wrong password counts towards the lockout; a disabled or locked account stays out), recorded as
   * UNLOCK.
   *
   * @return the user as signed in now
   * @throws AuthenticationException when the password is wrong or the account may not sign in
   */
  public Actor unlock(Actor actor, char[] password) {
    Instant now = clock.instant();
    Optional<String> readOnly = tx.readOnly();
    if (readOnly.isPresent()) {
      return signInToRead(actor.username(), password, now, readOnly.get());
    }
    return authenticate(actor.username(), password, now, AuditAction.UNLOCK, "");
  }

  /** How long the app may sit idle before it locks; the default until an administrator sets it. */
  public Duration idleLock() {
    return policy.idleLock().orElse(DEFAULT_IDLE_LOCK);
  }

  /**
   * Sets how long the app may sit idle before it locks and asks for the password again (needs
   * ADMINISTER_WORKSPACE); audited.
   */
  public Duration setIdleLock(Actor actor, Duration idle, String reason) {
    actor.require(Permission.ADMINISTER_WORKSPACE);
    if (idle.compareTo(MIN_IDLE_LOCK) < 0 || idle.compareTo(MAX_IDLE_LOCK) > 0) {
      throw new IllegalArgumentException(
          "The idle lock must be between "
              + MIN_IDLE_LOCK.toMinutes()
              + " and "
              + MAX_IDLE_LOCK.toMinutes()
              + " minutes, not "
              + idle.toMinutes()
              + ".");
    }
    return tx.inTransaction(
        () -> {
          Duration before = idleLock();
          policy.setIdleLock(idle);
          audit.append(
              new AuditEvent(
                  actor.username(),
                  clock.instant(),
                  "Setting",
                  IDLE_LOCK_SETTING,
                  AuditAction.CONFIGURE,
                  before.toMinutes() + " min",
                  idle.toMinutes() + " min",
                  reason));
          return idle;
        });
  }

  /**
   * Checks the user name and password and records the outcome (and committed) before an exception
   * is thrown: a failure as LOGIN_FAILED with why, a success as {@code onSuccess}.
   */
  private Actor authenticate(
      String username, char[] password, Instant now, AuditAction onSuccess, String detail) {
    Outcome outcome =
        tx.inTransaction(
            () -> {
              User user =
                  users
                      .findByUsername(
                          username == null ? "" : username.trim().toLowerCase(Locale.ROOT))
                      .orElse(null);
              if (user == null) {
                audit.append(
                    new AuditEvent(
                        String.valueOf(username),
                        now,
                        ENTITY,
                        String.valueOf(username),
                        AuditAction.LOGIN_FAILED,
                        "",
                        "",
                        "unknown user"));
                return new Outcome(null, "Wrong user name or password.");
              }
              if (!user.enabled()) {
                audit.append(
                    new AuditEvent(
                        user.username(),
                        now,
                        ENTITY,
                        user.username(),
                        AuditAction.LOGIN_FAILED,
                        "",
                        "",
                        "account disabled"));
                return new Outcome(
                    null,
                    "The account "
                        + user.username()
                        + " is disabled. Ask an administrator to enable it.");
              }
              if (user.isLocked(now)) {
                audit.append(
                    new AuditEvent(
                        user.username(),
                        now,
                        ENTITY,
                        user.username(),
                        AuditAction.LOGIN_FAILED,
                        "",
                        "",
                        "account locked"));
                return new Outcome(null, lockedMessage(user));
              }
              if (!hasher.matches(password, user.passwordHash())) {
                int failures = user.failedLogins() + 1;
                Instant lockedUntil = failures >= MAX_FAILED_SIGN_INS ? now.plus(LOCKOUT) : null;
                User updated =
                    user.withFailedLogin(lockedUntil != null ? 0 : failures, lockedUntil);
                users.update(updated);
                audit.append(
                    new AuditEvent(
                        user.username(),
                        now,
                        ENTITY,
                        user.username(),
                        AuditAction.LOGIN_FAILED,
                        "",
                        "",
                        lockedUntil != null
                            ? "wrong password; locked until " + lockedUntil
                            : "wrong password (" + failures + " of " + MAX_FAILED_SIGN_INS + ")"));
                return new Outcome(
                    null,
                    lockedUntil != null ? lockedMessage(updated) : "Wrong user name or password.");
              }
              User signedIn =
                  hasher.needsRehash(user.passwordHash())
                      ? user.withPassword(hasher.hash(password))
                      : user.withFailedLogin(0, null);
              users.update(signedIn);
              audit.append(
                  new AuditEvent(
                      user.username(), now, ENTITY, user.username(), onSuccess, "", "", detail));
              return new Outcome(signedIn.asActor(), null);
            });
    if (outcome.actor() == null) {
      throw new AuthenticationException(outcome.refusal());
    }
    return outcome.actor();
  }

  private record Outcome(Actor actor, String refusal) {}

  /**
   * Sign-in where nothing may be written (another program has the workspace open for writing): the
   * same checks, but a failure is neither counted towards the lockout nor recorded, and a success
   * is not in the audit trail; the actor may only read.
   */
  private Actor signInToRead(String username, char[] password, Instant now, String because) {
    User user =
        users
            .findByUsername(username == null ? "" : username.trim().toLowerCase(Locale.ROOT))
            .orElse(null);
    if (user == null || !hasher.matches(password, user.passwordHash())) {
      throw new AuthenticationException("Wrong user name or password.");
    }
    if (!user.enabled()) {
      throw new AuthenticationException(
          "The account " + user.username() + " is disabled. Ask an administrator to enable it.");
    }
    if (user.isLocked(now)) {
      throw new AuthenticationException(lockedMessage(user));
    }
    return user.asActor().readingOnly(because);
  }

  private static String lockedMessage(User user) {
    return "The account "
        + user.username()
        + " is locked after "
        + MAX_FAILED_SIGN_INS
        + " failed sign-ins until "
        + user.lockedUntil()
        + " (UTC). Wait, or ask an administrator to reset the password.";
  }

  /** True while the workspace has no users: the first one may be created without signing in. */
  public boolean hasNoUsers() {
    return users.isEmpty();
  }

  /** Creates the first administrator of a workspace that has no users yet. */
  public User createFirstAdministrator(String username, String displayName, char[] password) {
    return tx.inTransaction(
        () -> {
          if (!users.isEmpty()) {
            throw new AccessDeniedException(
                "The workspace already has users; sign in as an administrator to add more.",
                Permission.MANAGE_USERS);
          }
          return insert(
              username,
              displayName,
              EnumSet.of(Role.ADMIN),
              password,
              username,
              "first administrator of the workspace");
        });
  }

  public User addUser(
      Actor actor,
      String username,
      String displayName,
      Set<Role> roles,
      char[] password,
      String reason) {
    actor.require(Permission.MANAGE_USERS);
    return tx.inTransaction(
        () -> insert(username, displayName, roles, password, actor.username(), reason));
  }

  private User insert(
      String username,
      String displayName,
      Set<Role> roles,
      char[] password,
      String by,
      String reason) {
    User.checkUsername(username);
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("A user needs at least one role.");
    }
    if (users.findByUsername(username).isPresent()) {
      throw new IllegalArgumentException("There is already a user called " + username + ".");
    }
    PasswordHasher.checkPolicy(username, password);
    Instant now = clock.instant();
    User user =
        new User(
            users.nextId(),
            username,
            displayName,
            roles,
            true,
            hasher.hash(password),
            0,
            null,
            now);
    users.insert(user);
    audit.append(
        new AuditEvent(
            by, now, ENTITY, username, AuditAction.CREATE, "", user.auditView(), reason));
    return user;
  }

  public User disable(Actor actor, String username, String reason) {
    return setEnabled(actor, username, false, reason);
  }

  public User enable(Actor actor, String username, String reason) {
    return setEnabled(actor, username, true, reason);
  }

  private User setEnabled(Actor actor, String username, boolean enabled, String reason) {
    actor.require(Permission.MANAGE_USERS);
    if (!enabled && actor.username().equals(username)) {
      throw new IllegalArgumentException(
          "You cannot disable your own account; ask another administrator.");
    }
    return tx.inTransaction(
        () -> {
          User before = existing(username);
          User after = before.withEnabled(enabled).withFailedLogin(0, null);
          users.update(after);
          audit.append(
              new AuditEvent(
                  actor.username(),
                  clock.instant(),
                  ENTITY,
                  username,
                  AuditAction.STATUS_CHANGE,
                  before.auditView(),
                  after.auditView(),
                  reason));
          return after;
        });
  }

  /** Sets a new password chosen by an administrator, and lifts any lockout. */
  public User resetPassword(Actor actor, String username, char[] newPassword, String reason) {
    actor.require(Permission.MANAGE_USERS);
    PasswordHasher.checkPolicy(username, newPassword);
    return tx.inTransaction(
        () -> {
          User before = existing(username);
          User after = before.withPassword(hasher.hash(newPassword));
          users.update(after);
          audit.append(
              new AuditEvent(
                  actor.username(),
                  clock.instant(),
                  ENTITY,
                  username,
                  AuditAction.AMEND,
                  Json.write(Map.of("password", "(old)")),
                  Json.write(Map.of("password", "(reset)")),
                  reason));
          return after;
        });
  }

  /**
   * Asks for a user's roles to be changed; a second person with APPROVE_ACCESS_CHANGES applies it.
   */
  public ApprovalRequest requestRoleChange(
      Actor maker, String username, Set<Role> roles, String reason) {
    maker.require(Permission.MANAGE_USERS);
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("A user needs at least one role.");
    }
    User user = existing(username);
    if (user.roles().equals(Set.copyOf(roles))) {
      throw new IllegalArgumentException(
          username + " already has exactly the roles " + names(roles) + ".");
    }
    User proposed = user.withRoles(roles);
    return approvals.submit(
        maker,
        ROLE_CHANGE,
        ENTITY,
        username,
        "Change the roles of " + username + " from " + names(user.roles()) + " to " + names(roles),
        user.auditView(),
        proposed.auditView(),
        new RoleChange(username, roles),
        reason);
  }

  public List<User> list(Actor actor) {
    actor.require(Permission.MANAGE_USERS);
    return users.all();
  }

  private User existing(String username) {
    return users
        .findByUsername(username)
        .orElseThrow(
            () -> new IllegalArgumentException("There is no user called " + username + "."));
  }

  private static String names(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
  }

  /** Applies an approved role change. */
  private final class RoleChangeHandler implements ApprovalHandler<RoleChange> {
    @Override
    public String kind() {
      return ROLE_CHANGE;
    }

    @Override
    public Permission approvePermission() {
      return Permission.APPROVE_ACCESS_CHANGES;
    }

    @Override
    public Class<RoleChange> payloadType() {
      return RoleChange.class;
    }

    /** Before payloads were JSON, the roles were stored as their names joined by commas. */
    @Override
    public RoleChange fromLegacy(Map<String, String> fields) {
      return new RoleChange(
          fields.get("username"),
          Arrays.stream(fields.get("roles").split(","))
              .map(Role::valueOf)
              .collect(Collectors.toSet()));
    }

    @Override
    public void apply(ApprovalRequest request, RoleChange change, Actor checker) {
      User before = existing(change.username());
      User after = before.withRoles(change.roles());
      users.update(after);
      audit.append(
          new AuditEvent(
              checker.username(),
              clock.instant(),
              ENTITY,
              before.username(),
              AuditAction.AMEND,
              before.auditView(),
              after.auditView(),
              "approved request "
                  + request.id()
                  + " of "
                  + request.maker()
                  + ": "
                  + request.reason()));
    }
  }
}
