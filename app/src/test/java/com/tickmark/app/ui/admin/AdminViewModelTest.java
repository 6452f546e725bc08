package com.tickmark.app.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.app.AppServices;
import com.tickmark.app.admin.BackupService;
import com.tickmark.app.ui.admin.AdminViewModel.TableCount;
import com.tickmark.app.ui.admin.AdminViewModel.UserRow;
import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.fixture.SecurityFixture;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.AuthenticationException;
import com.tickmark.model.security.Role;
import com.tickmark.persistence.Repositories;
import com.tickmark.persistence.workspace.Workspace;
import com.tickmark.persistence.workspace.WorkspaceBackup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminViewModelTest {
  @TempDir Path dir;
  @TempDir Path elsewhere;
  SecurityFixture fx;

  @BeforeEach
  void setUp() {
    fx = SecurityFixture.create(dir);
  }

  @AfterEach
  void tearDown() {
    fx.close();
  }

  private AdminViewModel viewModelOf(Actor actor) {
    return viewModelOf(fx.services, actor);
  }

  private static AdminViewModel viewModelOf(AppServices services, Actor actor) {
    AdminViewModel vm =
        new AdminViewModel(
            services.users(),
            services.audit(),
            services.backups(),
            actor,
            new DirectTaskExecutor(),
            Clock.systemUTC());
    vm.activate();
    return vm;
  }

  private static UserRow row(AdminViewModel vm, String username) {
    return vm.users().allRows().stream()
        .filter(r -> r.username().equals(username))
        .findFirst()
        .orElseThrow();
  }

  private static UserForms.AddUser newUser(AdminViewModel vm, String name, Role role) {
    UserForms.AddUser form = vm.newUserForm();
    form.usernameProperty().set(name);
    form.displayNameProperty().set("Dave Doe");
    form.roles().role(role).set(true);
    form.passwordProperty().set("blue-harbor-42");
    form.confirmProperty().set("blue-harbor-42");
    form.reasonProperty().set("joins operations");
    return form;
  }

  @Test
  void addsAUserWhoMaySignInThen() {
    AdminViewModel vm = viewModelOf(fx.admin);
    assertThat(vm.users().allRows())
        .extracting(UserRow::username)
        .containsExactly(RefDataFixture.USER);
    assertThat(vm.canAddUserProperty().get()).isTrue();
    UserForms.AddUser form = newUser(vm, "dave", Role.CLERK);
    assertThat(form.problemProperty().get()).isEmpty();

    vm.addUser(form);

    assertThat(vm.noticeProperty().get().kind())
        .as(vm.noticeProperty().get().text())
        .isEqualTo(Notice.Kind.SUCCESS);
    UserRow dave = row(vm, "dave");
    assertThat(dave.name()).isEqualTo("Dave Doe");
    assertThat(dave.roles()).isEqualTo("Operations clerk");
    assertThat(dave.state()).isEqualTo("Active");
    assertThat(vm.selectedProperty().get()).as("the new user is picked").isEqualTo(dave);
    assertThat(fx.services.users().signIn("dave", "blue-harbor-42".toCharArray()).roles())
        .containsExactly(Role.CLERK);
  }

  @Test
  void theAddUserFormSaysWhatToFixFirst() {
    AdminViewModel vm = viewModelOf(fx.admin);
    UserForms.AddUser form = newUser(vm, "dave", Role.CLERK);
    form.usernameProperty().set(RefDataFixture.USER);
    assertThat(form.problemProperty().get()).isEqualTo("There is already a user called tester.");
    form.usernameProperty().set("Dave Doe");
    assertThat(form.problemProperty().get()).startsWith("A user name has 2 to 32 characters");
    form.usernameProperty().set("dave");
    form.roles().role(Role.CLERK).set(false);
    assertThat(form.problemProperty().get()).isEqualTo("Give the user at least one role.");
    form.roles().role(Role.VIEWER).set(true);
    form.passwordProperty().set("short1");
    assertThat(form.problemProperty().get()).contains("at least 10 characters");
    form.passwordProperty().set("blue-harbor-42");
    form.confirmProperty().set("blue-harbor-43");
    assertThat(form.validProperty().get()).isFalse();
    assertThat(form.problemProperty().get()).contains("differ");
    form.confirmProperty().set("blue-harbor-42");
    form.reasonProperty().set(" ");
    assertThat(form.problemProperty().get()).contains("Say why");
    form.reasonProperty().set("joins");
    assertThat(form.validProperty().get()).isTrue();
  }

  @Test
  void disablesEnablesAndResetsThePasswordOfAUser() {
    fx.user("dave", Role.CLERK);
    AdminViewModel vm = viewModelOf(fx.admin);
    vm.selectedProperty().set(row(vm, "dave"));
    assertThat(vm.canDisableProperty().get()).isTrue();
    assertThat(vm.canEnableProperty().get()).as("already enabled").isFalse();
    UserForms.Reason reason = new UserForms.Reason();
    assertThat(reason.validProperty().get()).isFalse();
    reason.reasonProperty().set("left the firm");

    vm.disable(reason);
    assertThat(row(vm, "dave").state()).isEqualTo("Disabled");
    assertThat(vm.canEnableProperty().get()).isTrue();
    assertThatThrownBy(
            () -> fx.services.users().signIn("dave", SecurityFixture.PASSWORD.toCharArray()))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("disabled");

    vm.enable(reason);
    assertThat(row(vm, "dave").state()).isEqualTo("Active");

    UserForms.ResetPassword reset = vm.resetPasswordForm();
    reset.passwordProperty().set("a-new-pass-77");
    reset.confirmProperty().set("a-new-pass-77");
    reset.reasonProperty().set("forgot it");
    assertThat(reset.validProperty().get()).isTrue();
    vm.resetPassword(reset);
    assertThat(vm.noticeProperty().get().title()).isEqualTo("Password of dave reset");
    assertThat(fx.services.users().signIn("dave", "a-new-pass-77".toCharArray()).username())
        .isEqualTo("dave");
  }

  @Test
  void anAdministratorCannotDisableThemselves() {
    AdminViewModel vm = viewModelOf(fx.admin);
    vm.selectedProperty().set(row(vm, RefDataFixture.USER));
    assertThat(vm.canDisableProperty().get()).isFalse();
    assertThat(vm.canResetPasswordProperty().get()).isTrue();
  }

  @Test
  void aRoleChangeBecomesARequestForASecondPerson() {
    fx.user("dave", Role.CLERK);
    AdminViewModel vm = viewModelOf(fx.admin);
    vm.selectedProperty().set(row(vm, "dave"));
    UserForms.ChangeRoles form = vm.changeRolesForm();
    assertThat(form.problemProperty().get())
        .as("nothing changed yet")
        .contains("exactly these now");
    form.roles().role(Role.RISK_MANAGER).set(true);
    form.reasonProperty().set("covers risk on Fridays");
    assertThat(form.validProperty().get()).isTrue();

    vm.requestRoleChange(form);

    List<ApprovalRequest> requests = fx.services.approvals().submittedBy(fx.admin);
    assertThat(requests).hasSize(1);
    assertThat(vm.noticeProperty().get().title())
        .isEqualTo(
            "Request #" + requests.get(0).id().value() + " waits for approval by a second person");
    assertThat(row(vm, "dave").roles())
        .as("nothing changes before the approval")
        .isEqualTo("Operations clerk");
  }

  @Test
  void aUserWhoMayNotManageUsersOrTheWorkspaceHasEveryCommandDisabled() {
    fx.user("dave", Role.CLERK);
    Actor compliance = fx.user("carol", Role.COMPLIANCE);
    for (Actor actor :
        List.of(
            fx.services.users().signIn("dave", SecurityFixture.PASSWORD.toCharArray()),
            compliance)) {
      AdminViewModel vm = viewModelOf(actor);
      assertThat(vm.users().allRows()).isEmpty();
      // even with a user picked (the table stays empty for them)
      vm.selectedProperty()
          .set(UserRow.of(fx.services.users().list(fx.admin).get(0), Instant.now()));
      assertThat(vm.canAddUserProperty().get()).isFalse();
      assertThat(vm.canDisableProperty().get()).isFalse();
      assertThat(vm.canEnableProperty().get()).isFalse();
      assertThat(vm.canResetPasswordProperty().get()).isFalse();
      assertThat(vm.canChangeRolesProperty().get()).isFalse();
      assertThat(vm.canBackupProperty().get()).isFalse();
      assertThat(vm.canRestoreProperty().get()).isFalse();
    }
    assertThat(viewModelOf(compliance).canVerifyAuditProperty().get())
        .as("compliance reads the audit trail")
        .isTrue();
  }

  @Test
  void aBackupRestoredIntoANewFolderHoldsTheSameRows() throws Exception {
    fx.user("dave", Role.CLERK);
    AdminViewModel vm = viewModelOf(fx.admin);
    Path zip = elsewhere.resolve(vm.suggestedBackupName());
    assertThat(vm.canBackupProperty().get()).isTrue();

    vm.backup(zip);

    assertThat(vm.noticeProperty().get())
        .as(vm.noticeProperty().get().text())
        .isEqualTo(Notice.NONE);
    assertThat(Files.size(zip)).isPositive();
    Map<String, Long> backedUp =
        vm.backupTables().allRows().stream()
            .collect(Collectors.toMap(TableCount::table, TableCount::rows));
    assertThat(backedUp).containsEntry("app_user", 2L).containsKey("instrument");
    assertThat(vm.backupResultProperty().get())
        .startsWith("Backed up " + backedUp.size() + " tables");
    assertThat(vm.needsPassphrase(zip)).isFalse();

    Path restored = elsewhere.resolve("restored");
    vm.restore(zip, restored, null);

    assertThat(vm.noticeProperty().get())
        .as(vm.noticeProperty().get().text())
        .isEqualTo(Notice.NONE);
    assertThat(vm.restoredDirectoryProperty().get())
        .isEqualTo(restored.toAbsolutePath().normalize());
    assertThat(vm.restoreResultProperty().get())
        .startsWith("Restored " + backedUp.size() + " tables");
    assertThat(AdminViewModel.openCommand(vm.restoredDirectoryProperty().get()))
        .isEqualTo("./tickmark --workspace " + restored.toAbsolutePath().normalize());
    try (Workspace copy = Workspace.open(restored)) {
      Map<String, Long> rows =
          WorkspaceBackup.digests(copy.dsl()).entrySet().stream()
              .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().rows()));
      Map<String, Long> expected = new HashMap<>(backedUp);
      expected.merge(
          "audit_record", 1L, Long::sum); // the restore is recorded in the restored workspace too
      assertThat(rows).isEqualTo(expected);
      List<AuditRecord> newest =
          Repositories.of(copy)
              .audit()
              .search(new AuditFilter(null, null, null, null, null, null, 2));
      assertThat(newest.get(0).event().action()).isEqualTo(AuditAction.RESTORE);
      assertThat(newest.get(1).event().action())
          .as("the backup holds its own record")
          .isEqualTo(AuditAction.BACKUP);
    }
    assertThat(
            fx.services
                .audit()
                .search(
                    fx.admin,
                    new AuditFilter(
                        RefDataFixture.USER, BackupService.ENTITY, null, null, null, null, 10)))
        .extracting(r -> r.event().action())
        .containsExactly(AuditAction.RESTORE, AuditAction.BACKUP);
  }

  @Test
  void restoreRefusesAFolderThatIsNotEmpty() throws Exception {
    AdminViewModel vm = viewModelOf(fx.admin);
    Path zip = elsewhere.resolve("b.zip");
    vm.backup(zip);
    Path busyFolder = Files.createDirectories(elsewhere.resolve("mine"));
    Path precious = Files.writeString(busyFolder.resolve("notes.txt"), "keep me");

    vm.restore(zip, busyFolder, null);

    assertThat(vm.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
    assertThat(vm.noticeProperty().get().text()).contains("is not empty");
    assertThat(precious).hasContent("keep me");
    assertThat(vm.restoredDirectoryProperty().get()).isNull();
  }

  @Test
  void anEncryptedBackupNeedsItsPassphraseToBeRestored() {
    Path encryptedDir = elsewhere.resolve("vault");
    char[] passphrase = "vault-passphrase-1".toCharArray();
    try (Workspace vault = Workspace.open(encryptedDir, passphrase)) {
      AppServices services = RefDataFixture.services(vault);
      services.users().createFirstAdministrator("root", "Root", "vault-key-778".toCharArray());
      Actor root = services.users().signIn("root", "vault-key-778".toCharArray());
      AdminViewModel vm = viewModelOf(services, root);
      Path zip = elsewhere.resolve("vault.zip");
      vm.backup(zip);
      assertThat(vm.needsPassphrase(zip)).isTrue();

      vm.restore(zip, elsewhere.resolve("copy"), null);
      assertThat(vm.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
      assertThat(vm.noticeProperty().get().text()).contains("encrypted");
      assertThat(elsewhere.resolve("copy")).doesNotExist();

      vm.dismissNotice();
      vm.restore(zip, elsewhere.resolve("copy"), passphrase);
      assertThat(vm.noticeProperty().get())
          .as(vm.noticeProperty().get().text())
          .isEqualTo(Notice.NONE);
      assertThat(vm.restoredDirectoryProperty().get()).isNotNull();
      assertThat(Workspace.isEncrypted(elsewhere.resolve("copy"))).isTrue();
    }
  }

  @Test
  void verifiesTheAuditTrail() {
    AdminViewModel vm = viewModelOf(fx.admin);
    vm.verifyAudit();
    assertThat(vm.auditVerdictProperty().get().kind()).isEqualTo(Notice.Kind.SUCCESS);
    fx.workspace.dsl().execute("UPDATE audit_record SET reason='x' WHERE seq=2");
    vm.verifyAudit();
    assertThat(vm.auditVerdictProperty().get().title())
        .isEqualTo("The audit trail does not verify at record 2");
  }
}
