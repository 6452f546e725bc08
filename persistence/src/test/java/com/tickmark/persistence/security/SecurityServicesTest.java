package com.tickmark.persistence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.approval.ApprovalService;
import com.tickmark.model.approval.ApprovalStatus;
import com.tickmark.model.approval.FourEyesViolationException;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.audit.AuditService;
import com.tickmark.model.audit.AuditVerification;
import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.json.Json;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.security.AccessDeniedException;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.AuthenticationException;
import com.tickmark.model.security.PasswordHasher;
import com.tickmark.model.security.Role;
import com.tickmark.model.time.BusinessDateService;
import com.tickmark.model.users.UserService;
import com.tickmark.persistence.approval.ApprovalRepository;
import com.tickmark.persistence.audit.JooqAuditTrail;
import com.tickmark.persistence.refdata.ReferenceDataRepository;
import com.tickmark.persistence.workspace.SettingsRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The security services on a real workspace database. */
class SecurityServicesTest {
  static final char[] PASSWORD = "correct-horse-42".toCharArray();

  @TempDir Path dir;
  Workspace ws;
  MutableClock clock = new MutableClock(Instant.parse("2025-11-20T08:00:00Z"));
  JooqAuditTrail audit;
  UserService users;
  ApprovalService approvals;
  AuditService auditService;
  BusinessDateService businessDate;
  ReferenceDataService referenceData;
  Actor admin;

  @BeforeEach
  void setUp() {
    ws = Workspace.open(dir);
    audit = new JooqAuditTrail(ws.dsl());
    approvals = new ApprovalService(new ApprovalRepository(ws.dsl()), audit, ws, clock);
    users =
        new UserService(
            new UserRepository(ws.dsl()),
            new SettingsRepository(ws.dsl()),
            audit,
            new PasswordHasher(1_000, new SecureRandom()),
            approvals,
            ws,
            clock);
    users.approvalHandlers().forEach(approvals::register);
    auditService = new AuditService(audit);
    SettingsRepository settings = new SettingsRepository(ws.dsl());
    settings.setBusinessDate(LocalDate.of(2025, 11, 20));
    businessDate = new BusinessDateService(settings, audit, ws, clock);
    referenceData = new ReferenceDataService(new ReferenceDataRepository(ws.dsl()));
    users.createFirstAdministrator("ada", "Ada Admin", PASSWORD);
    admin = users.signIn("ada", PASSWORD);
    for (Role role : Role.values()) {
      users.addUser(
          admin,
          role.name().toLowerCase().replace('_', '-'),
          role.label(),
          EnumSet.of(role),
          PASSWORD,
          "test fixture");
    }
  }

  @AfterEach
  void tearDown() {
    ws.close();
  }

  private Actor as(Role role) {
    return users.signIn(role.name().toLowerCase().replace('_', '-'), PASSWORD);
  }

  private static void permitted(Actor actor, Consumer<Actor> action) {
    action.accept(actor);
  }

  private static void forbidden(Actor actor, Consumer<Actor> action, String permission) {
    assertThatThrownBy(() -> action.accept(actor))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("User " + actor.username())
        .hasMessageContaining(permission);
  }

  private final Consumer<Actor> viewInstruments = a -> referenceData.instruments(a);
  private final Consumer<Actor> addUser =
      a -> users.addUser(a, "new-" + a.username(), "New", EnumSet.of(Role.VIEWER), PASSWORD, "x");
  private final Consumer<Actor> verifyAudit =
      a -> assertThat(auditService.verify(a).isIntact()).isTrue();
  private final Consumer<Actor> rollDate =
      a ->
          businessDate.rollToNextBusinessDay(
              a, List.of(new HolidayCalendar("XNYS", "NYSE", List.of())), "end of day");

  @Test
  void aClerkMayReadReferenceDataButNotManageUsers() {
    permitted(as(Role.CLERK), viewInstruments);
    forbidden(as(Role.CLERK), addUser, "MANAGE_USERS");
  }

  @Test
  void anAccountantMayRollTheBusinessDateButNotReadTheAuditTrail() {
    Actor accountant = as(Role.ACCOUNTANT);
    permitted(accountant, rollDate);
    assertThat(businessDate.businessDate()).isEqualTo(LocalDate.of(2025, 11, 21));
    forbidden(accountant, verifyAudit, "VIEW_AUDIT");
  }

  @Test
  void aRiskManagerMayReadDataButNotRollTheBusinessDate() {
    permitted(as(Role.RISK_MANAGER), viewInstruments);
    forbidden(as(Role.RISK_MANAGER), rollDate, "ROLL_BUSINESS_DATE");
  }

  @Test
  void complianceMayVerifyTheAuditTrailButNotManageUsers() {
    permitted(as(Role.COMPLIANCE), verifyAudit);
    forbidden(as(Role.COMPLIANCE), addUser, "MANAGE_USERS");
  }

  @Test
  void anAdministratorMayManageUsersButNotRollTheBusinessDate() {
    permitted(as(Role.ADMIN), addUser);
    forbidden(as(Role.ADMIN), rollDate, "ROLL_BUSINESS_DATE");
  }

  @Test
  void aViewerMayReadDataButNothingElse() {
    permitted(as(Role.VIEWER), viewInstruments);
    forbidden(as(Role.VIEWER), addUser, "MANAGE_USERS");
    forbidden(as(Role.VIEWER), rollDate, "ROLL_BUSINESS_DATE");
  }

  @Test
  void theRefusalSaysWhichRolesHoldThePermission() {
    assertThatThrownBy(() -> addUser.accept(as(Role.CLERK)))
        .hasMessage(
            "User clerk (CLERK) may not add, disable and reset users; request role changes: that"
                + " needs the MANAGE_USERS permission, which ADMIN holds.");
  }

  @Test
  void aMakerCannotApproveTheirOwnRequestAndAChecksApprovalAppliesIt() {
    ApprovalRequest request =
        users.requestRoleChange(
            admin, "clerk", EnumSet.of(Role.CLERK, Role.ACCOUNTANT), "covering month-end");
    assertThat(request.status()).isEqualTo(ApprovalStatus.PENDING);
    assertThat(as(Role.CLERK).roles())
        .as("nothing changes before approval")
        .containsExactly(Role.CLERK);

    assertThatThrownBy(() -> approvals.approve(admin, request.id(), "looks fine"))
        .isInstanceOf(FourEyesViolationException.class)
        .hasMessageContaining("You submitted request " + request.id() + " yourself");
    assertThat(approvals.inbox(admin)).as("the maker's inbox does not offer it").isEmpty();
    forbidden(
        as(Role.CLERK),
        a -> approvals.approve(a, request.id(), "me too"),
        "APPROVE_ACCESS_CHANGES");

    Actor compliance = as(Role.COMPLIANCE);
    assertThat(approvals.inbox(compliance))
        .extracting(ApprovalRequest::id)
        .containsExactly(request.id());
    ApprovalRequest approved =
        approvals.approve(compliance, request.id(), "agreed with head of ops");

    assertThat(approved.status()).isEqualTo(ApprovalStatus.APPROVED);
    assertThat(approved.checker()).isEqualTo("compliance");
    assertThat(as(Role.CLERK).roles()).containsExactlyInAnyOrder(Role.CLERK, Role.ACCOUNTANT);
    assertThat(approvals.inbox(compliance)).isEmpty();
    assertThatThrownBy(() -> approvals.approve(as(Role.ADMIN), request.id(), "again"))
        .hasMessageContaining("already approved by compliance");
    List<AuditRecord> trail =
        audit.search(new AuditFilter(null, "User", "clerk", AuditAction.AMEND, null, null, 10));
    assertThat(trail).hasSize(1);
    assertThat(trail.get(0).event().actor()).isEqualTo("compliance");
    assertThat(trail.get(0).event().after()).contains("ACCOUNTANT");
  }

  @Test
  void aRoleChangeStoredBeforePayloadsWereJsonCanStillBeApproved() {
    // a request pending in a workspace written by an earlier version: payload as properties text
    ApprovalRepository store = new ApprovalRepository(ws.dsl());
    ApprovalRequest old =
        new ApprovalRequest(
            store.nextId(),
            UserService.ROLE_CHANGE,
            UserService.ENTITY,
            "clerk",
            "Change the roles of clerk from CLERK to ACCOUNTANT,CLERK",
            "{}",
            "{}",
            "roles=ACCOUNTANT,CLERK\nusername=clerk\n",
            "covering month-end",
            "ada",
            clock.instant(),
            ApprovalStatus.PENDING,
            null,
            null,
            null);
    store.insert(old);
    Actor compliance = as(Role.COMPLIANCE);
    assertThat(approvals.inbox(compliance)).extracting(ApprovalRequest::id).contains(old.id());

    approvals.approve(compliance, old.id(), "agreed");

    assertThat(as(Role.CLERK).roles()).containsExactlyInAnyOrder(Role.CLERK, Role.ACCOUNTANT);
  }

  @Test
  void aNewRoleChangeIsStoredAsJson() {
    ApprovalRequest request =
        users.requestRoleChange(admin, "clerk", EnumSet.of(Role.CLERK, Role.VIEWER), "cover");
    String stored =
        ws.dsl()
            .fetchValue("SELECT payload FROM approval_request WHERE id = " + request.id().value())
            .toString();
    assertThat(stored).isEqualTo("{\"username\":\"clerk\",\"roles\":[\"CLERK\",\"VIEWER\"]}");
  }

  @Test
  void oldHandMadeAuditJsonAndNewJsonWithAwkwardTextBothVerify() {
    // as the hand-written JSON of earlier versions stored it: a raw tab, nothing escaped but quotes
    String oldBefore =
        "{\"username\":\"clerk\",\"displayName\":\"Carla\tM\",\"roles\":[\"CLERK\"]}";
    audit.append(
        new AuditEvent(
            "ada", clock.instant(), "User", "clerk", AuditAction.AMEND, oldBefore, "{}", "old"));
    String awkward = "Carla \"C\" \\ M\tnew\nline\u0001 \u00e9\u20ac\ud83d\ude00";
    users.addUser(admin, "carla", awkward, EnumSet.of(Role.VIEWER), PASSWORD, "reason\twith tab");

    assertThat(audit.verify().isIntact()).isTrue();
    List<AuditRecord> records = audit.search(AuditFilter.all());
    assertThat(records)
        .filteredOn(r -> r.event().reason().equals("old"))
        .extracting(r -> r.event().before())
        .as("stored text is never re-serialised")
        .containsExactly(oldBefore);
    AuditRecord created =
        records.stream()
            .filter(r -> r.event().entityId().equals("carla"))
            .findFirst()
            .orElseThrow();
    assertThat(Json.tree(created.event().after()))
        .as("valid JSON that reads back the exact name")
        .get()
        .extracting(n -> n.get("displayName").asText())
        .isEqualTo(awkward);
  }

  @Test
  void aRejectedRequestChangesNothingAndNeedsAComment() {
    ApprovalRequest request =
        users.requestRoleChange(admin, "viewer", Set.of(Role.ADMIN), "promote");
    Actor compliance = as(Role.COMPLIANCE);
    assertThatThrownBy(() -> approvals.reject(compliance, request.id(), " "))
        .hasMessageContaining("needs a comment");
    approvals.reject(compliance, request.id(), "no business need");
    assertThat(as(Role.VIEWER).roles()).containsExactly(Role.VIEWER);
    assertThat(approvals.submittedBy(admin))
        .extracting(ApprovalRequest::status)
        .containsExactly(ApprovalStatus.REJECTED);
  }

  @Test
  void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
    for (int i = 1; i < UserService.MAX_FAILED_SIGN_INS; i++) {
      assertThatThrownBy(() -> users.signIn("clerk", "wrong-password-1".toCharArray()))
          .hasMessage("Wrong user name or password.");
    }
    assertThatThrownBy(() -> users.signIn("clerk", "wrong-password-1".toCharArray()))
        .hasMessageContaining("is locked after 5 failed sign-ins");
    assertThatThrownBy(() -> users.signIn("clerk", PASSWORD))
        .as("even the right password is refused while locked")
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("locked");
    clock.advance(UserService.LOCKOUT.plusSeconds(1));
    assertThat(users.signIn("clerk", PASSWORD).username()).isEqualTo("clerk");
    assertThat(
            audit.search(
                new AuditFilter("clerk", null, null, AuditAction.LOGIN_FAILED, null, null, 100)))
        .hasSize(6);
  }

  @Test
  void signingOutLockingAndUnlockingAreAuditedAndUnlockChecksThePasswordLikeSignIn() {
    Actor clerk = as(Role.CLERK);
    users.lock(clerk, Duration.ofMinutes(15));
    assertThatThrownBy(() -> users.unlock(clerk, "wrong-password-1".toCharArray()))
        .isInstanceOf(AuthenticationException.class)
        .hasMessage("Wrong user name or password.");
    assertThat(users.unlock(clerk, PASSWORD).username()).isEqualTo("clerk");
    users.signOut(clerk, "switched to accountant");

    List<AuditRecord> trail =
        audit.search(new AuditFilter("clerk", "User", "clerk", null, null, null, 100));
    assertThat(trail)
        .extracting(r -> r.event().action() + " " + r.event().reason())
        .contains(
            "LOCK idle for 15 min; locked",
            "LOGIN_FAILED wrong password (1 of 5)",
            "UNLOCK ",
            "LOGOUT switched to accountant");
    for (int i = 0; i < UserService.MAX_FAILED_SIGN_INS; i++) {
      assertThatThrownBy(() -> users.unlock(clerk, "wrong-password-1".toCharArray()))
          .isInstanceOf(AuthenticationException.class);
    }
    assertThatThrownBy(() -> users.unlock(clerk, PASSWORD))
        .as("five wrong passwords at the lock screen lock the account as at sign-in")
        .hasMessageContaining("locked");
  }

  @Test
  void theIdleLockIsFifteenMinutesUntilAnAdministratorSetsIt() {
    assertThat(users.idleLock()).isEqualTo(Duration.ofMinutes(15));
    assertThatThrownBy(() -> users.setIdleLock(as(Role.CLERK), Duration.ofMinutes(5), "shorter"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> users.setIdleLock(admin, Duration.ZERO, "never"))
        .hasMessage("The idle lock must be between 1 and 480 minutes, not 0.");
    users.setIdleLock(admin, Duration.ofMinutes(5), "shared trading floor");
    assertThat(users.idleLock()).isEqualTo(Duration.ofMinutes(5));
    assertThat(
            audit.search(
                new AuditFilter("ada", "Setting", null, AuditAction.CONFIGURE, null, null, 10)))
        .extracting(r -> r.event().before() + " -> " + r.event().after())
        .containsExactly("15 min -> 5 min");
  }

  @Test
  void aDisabledUserCannotSignInAndAResetLiftsALockout() {
    users.disable(admin, "viewer", "left the firm");
    assertThatThrownBy(() -> users.signIn("viewer", PASSWORD)).hasMessageContaining("disabled");
    for (int i = 0; i < UserService.MAX_FAILED_SIGN_INS; i++) {
      assertThatThrownBy(() -> users.signIn("clerk", "nope-nope-1".toCharArray()))
          .isInstanceOf(AuthenticationException.class);
    }
    users.resetPassword(admin, "clerk", "brand-new-pass-7".toCharArray(), "locked out");
    assertThat(users.signIn("clerk", "brand-new-pass-7".toCharArray()).username())
        .isEqualTo("clerk");
  }

  @Test
  void passwordsAreStoredOnlyAsSaltedSlowHashes() {
    String stored =
        ws.dsl()
            .fetchValue("SELECT password_hash FROM app_user WHERE username = 'clerk'")
            .toString();
    assertThat(stored).startsWith("pbkdf2-sha256$").doesNotContain(new String(PASSWORD));
    String other =
        ws.dsl()
            .fetchValue("SELECT password_hash FROM app_user WHERE username = 'viewer'")
            .toString();
    assertThat(other).as("same password, different salt").isNotEqualTo(stored);
  }

  @Test
  void aRowEditedBehindTheApplicationsBackIsReportedExactly() {
    AuditVerification before = audit.verify();
    assertThat(before.isIntact()).isTrue();
    long records = before.recordsChecked();
    assertThat(records).isEqualTo(8); // first admin created + signed in, six users created

    ws.dsl().execute("UPDATE audit_record SET reason = 'nothing to see' WHERE seq = 5");

    AuditVerification after = audit.verify();
    assertThat(after.isIntact()).isFalse();
    assertThat(after.firstBadSequence()).contains(5L);
    assertThat(after.describe()).contains("record 5").contains("edited");
  }

  @Test
  void aDeletedRowIsReported() {
    ws.dsl().execute("DELETE FROM audit_record WHERE seq = 3");
    assertThat(audit.verify().firstBadSequence()).contains(4L);
  }

  @Test
  void recordsDeletedFromTheEndAreReported() {
    long last = audit.verify().recordsChecked();
    ws.dsl().execute("DELETE FROM audit_record WHERE seq = " + last);
    AuditVerification v = audit.verify();
    assertThat(v.firstBadSequence()).contains(last);
    assertThat(v.problem()).contains("missing");
  }

  @Test
  void aRehashedEditIsStillCaughtByTheNextRecordsLink() {
    // an attacker who edits a row and recomputes its own hash still breaks the link of the next
    // record
    AuditRecord r4 =
        audit.search(AuditFilter.all()).stream()
            .filter(r -> r.sequence() == 4)
            .findFirst()
            .orElseThrow();
    var forged =
        AuditRecord.chain(
            4,
            new AuditEvent(
                r4.event().actor(),
                r4.event().at(),
                r4.event().entityType(),
                r4.event().entityId(),
                r4.event().action(),
                r4.event().before(),
                r4.event().after(),
                "forged"),
            r4.previousHash());
    ws.dsl()
        .execute(
            "UPDATE audit_record SET reason = 'forged', record_hash = '"
                + forged.hash()
                + "' WHERE seq = 4");
    assertThat(audit.verify().firstBadSequence()).contains(5L);
  }

  @Test
  void anAuditSearchFiltersByUserEntityActionAndTime() {
    clock.advance(Duration.ofHours(1));
    Instant cut = clock.instant();
    users.disable(admin, "viewer", "left");
    List<AuditRecord> found =
        auditService.search(
            admin,
            new AuditFilter("ada", "User", "viewer", AuditAction.STATUS_CHANGE, cut, null, 0));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).event().reason()).isEqualTo("left");
    assertThat(found.get(0).event().before()).contains("\"enabled\":true");
    assertThat(found.get(0).event().after()).contains("\"enabled\":false");
    assertThat(auditService.search(admin, new AuditFilter(null, null, null, null, null, cut, 0)))
        .noneMatch(r -> r.event().action() == AuditAction.STATUS_CHANGE);
  }

  /** A clock tests can move. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
