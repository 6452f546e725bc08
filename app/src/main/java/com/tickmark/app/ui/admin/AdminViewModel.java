package com.tickmark.app.ui.admin;

import com.tickmark.app.admin.BackupService;
import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.common.UtcTimes;
import com.tickmark.app.ui.table.ColumnSpec;
import com.tickmark.app.ui.table.Formats;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.audit.AuditService;
import com.tickmark.model.audit.AuditVerification;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.User;
import com.tickmark.model.users.UserService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Admin screen: the users (add, disable, enable, reset a password, ask for other roles, which a
 * second person approves) and the workspace (backup, restore into a new folder, verify the audit
 * trail). Commands the signed-in user may not use are disabled; the services refuse them anyway.
 */
public final class AdminViewModel {
  private static final DateTimeFormatter FILE_STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** One user as a row of the table. */
  public record UserRow(
      User user,
      String username,
      String name,
      String roles,
      String state,
      String created,
      long failedSignIns) {
    static UserRow of(User u, Instant now) {
      String state =
          !u.enabled()
              ? "Disabled"
              : u.isLocked(now)
                  ? "Locked until " + UtcTimes.format(u.lockedUntil()) + " UTC"
                  : "Active";
      return new UserRow(
          u,
          u.username(),
          u.displayName(),
          roleLabels(u.roles()),
          state,
          UtcTimes.format(u.createdAt()),
          u.failedLogins());
    }

    public boolean enabled() {
      return user.enabled();
    }
  }

  /** One table of the last backup: its name and rows. */
  public record TableCount(String table, long rows) {}

  private final UserService users;
  private final AuditService audit;
  private final BackupService backups;
  private final Actor actor;
  private final TaskExecutor executor;
  private final Clock clock;
  private final boolean mayManageUsers;
  private final boolean mayAdminister;
  private final boolean mayVerify;
  private final TableModel<UserRow> userTable =
      new TableModel<>(
          "admin.users",
          "users",
          List.of(
              ColumnSpec.text("username", "User", UserRow::username).withWidth(95),
              ColumnSpec.text("name", "Name", UserRow::name).withWidth(130),
              ColumnSpec.text("roles", "Roles", UserRow::roles).withWidth(150),
              ColumnSpec.text("state", "State", UserRow::state).withWidth(75),
              ColumnSpec.integer("failed", "Failed sign-ins", UserRow::failedSignIns)
                  .withWidth(115),
              ColumnSpec.text("created", "Created (UTC)", UserRow::created).withWidth(172)));
  private final TableModel<TableCount> backupTables =
      new TableModel<>(
          "admin.backup",
          "tables",
          List.of(
              ColumnSpec.text("table", "Table", TableCount::table).withWidth(220),
              ColumnSpec.integer("rows", "Rows", TableCount::rows).withWidth(100)));
  private final ObjectProperty<UserRow> selected = new SimpleObjectProperty<>(this, "selected");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyObjectWrapper<Notice> notice =
      new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
  private final ReadOnlyStringWrapper backupResult =
      new ReadOnlyStringWrapper(this, "backupResult", "");
  private final ReadOnlyObjectWrapper<Path> restoredDirectory =
      new ReadOnlyObjectWrapper<>(this, "restoredDirectory");
  private final ReadOnlyStringWrapper restoreResult =
      new ReadOnlyStringWrapper(this, "restoreResult", "");
  private final ReadOnlyObjectWrapper<Notice> auditVerdict =
      new ReadOnlyObjectWrapper<>(this, "auditVerdict", Notice.NONE);
  private final BooleanBinding canAddUser;
  private final BooleanBinding canDisable;
  private final BooleanBinding canEnable;
  private final BooleanBinding canResetPassword;
  private final BooleanBinding canChangeRoles;
  private final BooleanBinding canBackup;
  private final BooleanBinding canRestore;
  private final BooleanBinding canVerifyAudit;
  private boolean loaded;
  private final IdleLockSetting idleLock;

  public AdminViewModel(
      UserService users,
      AuditService audit,
      BackupService backups,
      Actor actor,
      TaskExecutor executor,
      Clock clock) {
    this.users = Objects.requireNonNull(users, "users");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.backups = Objects.requireNonNull(backups, "backups");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.clock = Objects.requireNonNull(clock, "clock");
    mayManageUsers = actor.may(Permission.MANAGE_USERS);
    mayAdminister = actor.may(Permission.ADMINISTER_WORKSPACE);
    mayVerify = actor.may(Permission.VIEW_AUDIT);
    canAddUser = Bindings.createBooleanBinding(() -> mayManageUsers && !busy.get(), busy);
    canResetPassword =
        Bindings.createBooleanBinding(
            () -> mayManageUsers && !busy.get() && selected.get() != null, busy, selected);
    canChangeRoles = canResetPassword;
    canDisable =
        Bindings.createBooleanBinding(
            () ->
                mayManageUsers
                    && !busy.get()
                    && selected.get() != null
                    && selected.get().enabled()
                    && !selected.get().username().equals(actor.username()),
            busy,
            selected);
    canEnable =
        Bindings.createBooleanBinding(
            () ->
                mayManageUsers
                    && !busy.get()
                    && selected.get() != null
                    && !selected.get().enabled(),
            busy,
            selected);
    canBackup = Bindings.createBooleanBinding(() -> mayAdminister && !busy.get(), busy);
    canRestore = canBackup;
    canVerifyAudit = Bindings.createBooleanBinding(() -> mayVerify && !busy.get(), busy);
    idleLock = new IdleLockSetting(users, actor, executor);
  }

  /** Admin → Workspace → Idle lock. */
  public IdleLockSetting idleLock() {
    return idleLock;
  }

  /** The screen became visible: read the users the first time. */
  public void activate() {
    if (!loaded && !busy.get()) {
      refresh();
      idleLock.load();
    }
  }

  /** Reads the users again (only for those who may manage them), keeping the picked one picked. */
  public void refresh() {
    refresh(selected.get() == null ? null : selected.get().username());
  }

  private void refresh(String keep) {
    if (!mayManageUsers) {
      loaded = true;
      return;
    }
    busy.set(true);
    userTable.loadingProperty().set(true);
    executor.execute(
        BackgroundTask.of(
                "Reading users",
                task -> {
                  Instant now = clock.instant();
                  return users.list(actor).stream()
                      .sorted(Comparator.comparing(User::username))
                      .map(u -> UserRow.of(u, now))
                      .toList();
                })
            .onSuccess(
                rows -> {
                  userTable.setAll(rows);
                  loaded = true;
                  selected.set(
                      rows.stream()
                          .filter(r -> r.username().equals(keep))
                          .findFirst()
                          .orElse(null));
                })
            .onFailure(e -> notice.set(Notice.of("Could not read the users", e)))
            .onFinished(
                () -> {
                  busy.set(false);
                  userTable.loadingProperty().set(false);
                }));
  }

  /** A form for a new user, knowing the names already taken. */
  public UserForms.AddUser newUserForm() {
    return new UserForms.AddUser(userTable.allRows().stream().map(UserRow::username).toList());
  }

  public UserForms.ResetPassword resetPasswordForm() {
    return new UserForms.ResetPassword(selected.get().username());
  }

  public UserForms.ChangeRoles changeRolesForm() {
    return new UserForms.ChangeRoles(selected.get().username(), selected.get().user().roles());
  }

  public void addUser(UserForms.AddUser form) {
    String name = form.usernameProperty().get().trim();
    String display = form.displayNameProperty().get().trim();
    Set<Role> roles = form.roles().chosen();
    char[] password = form.passwordProperty().get().toCharArray();
    String reason = form.reasonProperty().get().trim();
    run(
        "Adding user " + name,
        () -> users.addUser(actor, name, display, roles, password, reason),
        added ->
            Notice.success(
                "User " + added.username() + " added",
                added.displayName() + " may sign in now, as " + roleLabels(added.roles()) + "."),
        "Could not add user " + name,
        name);
  }

  public void disable(UserForms.Reason form) {
    String name = selected.get().username();
    String reason = form.reasonProperty().get().trim();
    run(
        "Disabling user " + name,
        () -> users.disable(actor, name, reason),
        u ->
            Notice.success(
                "User " + name + " disabled",
                name + " can no longer sign in; enable the account to let them back."),
        "Could not disable " + name,
        name);
  }

  public void enable(UserForms.Reason form) {
    String name = selected.get().username();
    String reason = form.reasonProperty().get().trim();
    run(
        "Enabling user " + name,
        () -> users.enable(actor, name, reason),
        u -> Notice.success("User " + name + " enabled", name + " may sign in again."),
        "Could not enable " + name,
        name);
  }

  public void resetPassword(UserForms.ResetPassword form) {
    String name = form.username();
    char[] password = form.passwordProperty().get().toCharArray();
    String reason = form.reasonProperty().get().trim();
    run(
        "Resetting the password of " + name,
        () -> users.resetPassword(actor, name, password, reason),
        u ->
            Notice.success(
                "Password of " + name + " reset",
                "Tell " + name + " the new password by a safe channel; any lockout is lifted."),
        "Could not reset the password of " + name,
        name);
  }

  /** Asks for other roles; nothing changes until a second person approves the request. */
  public void requestRoleChange(UserForms.ChangeRoles form) {
    String name = form.username();
    Set<Role> roles = form.roles().chosen();
    String reason = form.reasonProperty().get().trim();
    run(
        "Requesting a role change for " + name,
        () -> users.requestRoleChange(actor, name, roles, reason),
        (ApprovalRequest r) ->
            Notice.info(
                "Request #" + r.id().value() + " waits for approval by a second person",
                r.summary()
                    + ". Nothing changes until someone who may approve access changes approves it"
                    + " in their Approvals screen."),
        "Could not request a role change for " + name,
        name);
  }

  private interface Call<T> {
    T call();
  }

  private <T> void run(
      String title, Call<T> call, Function<T, Notice> success, String failure, String select) {
    busy.set(true);
    executor.execute(
        BackgroundTask.of(title, task -> call.call())
            .onSuccess(result -> notice.set(success.apply(result)))
            .onFailure(e -> notice.set(Notice.of(failure, e)))
            .onFinished(
                () -> {
                  busy.set(false);
                  refresh(select);
                }));
  }

  /** A file name for a backup taken now: {@code tickmark-backup-2025-11-20-1403.zip}. */
  public String suggestedBackupName() {
    return "tickmark-backup-" + FILE_STAMP.format(clock.instant()) + ".zip";
  }

  /**
   * Writes a backup of the workspace to {@code zip}; the Workspace tab shows what it holds, a
   * failure is a notice.
   */
  public void backup(Path zip) {
    busy.set(true);
    backupResult.set("");
    executor.execute(
        BackgroundTask.of(
                "Backing up the workspace",
                task -> {
                  task.updateMessage("Writing " + zip.getFileName());
                  return backups.backup(actor, zip);
                })
            .onSuccess(
                inv -> {
                  backupTables.setAll(
                      inv.rowsByTable().entrySet().stream()
                          .map(e -> new TableCount(e.getKey(), e.getValue()))
                          .toList());
                  String text =
                      "Backed up "
                          + inv.rowsByTable().size()
                          + " tables, "
                          + Formats.grouped(inv.rows())
                          + " rows, to "
                          + zip.toAbsolutePath()
                          + " (taken at "
                          + UtcTimes.format(inv.takenAt())
                          + " UTC).";
                  backupResult.set(text);
                })
            .onFailure(e -> notice.set(Notice.of("Could not back up the workspace", e)))
            .onFinished(() -> busy.set(false)));
  }

  /** Whether restoring {@code zip} needs the passphrase of the backed-up workspace. */
  public boolean needsPassphrase(Path zip) {
    return BackupService.isEncrypted(zip);
  }

  /**
   * Restores {@code zip} into {@code directory}, a new or empty folder, checking every table. The
   * open workspace is not touched: to work in the restored one, Tickmark starts again on it.
   *
   * @param passphrase the backed-up workspace's passphrase if it was encrypted, else null
   */
  public void restore(Path zip, Path directory, char[] passphrase) {
    busy.set(true);
    restoreResult.set("");
    restoredDirectory.set(null);
    executor.execute(
        BackgroundTask.of(
                "Restoring " + zip.getFileName(),
                task -> {
                  task.updateMessage("Restoring into " + directory);
                  return backups.restore(actor, zip, directory, passphrase);
                })
            .onSuccess(
                restored -> {
                  BackupService.Inventory inv = restored.inventory();
                  restoredDirectory.set(restored.directory());
                  String text =
                      "Restored "
                          + inv.rowsByTable().size()
                          + " tables, "
                          + Formats.grouped(inv.rows())
                          + " rows, into "
                          + restored.directory()
                          + "; each table checked against the backup taken at "
                          + UtcTimes.format(inv.takenAt())
                          + " UTC.";
                  restoreResult.set(text);
                })
            .onFailure(e -> notice.set(Notice.of("Could not restore " + zip.getFileName(), e)))
            .onFinished(() -> busy.set(false)));
  }

  /** How to start Tickmark on a workspace folder. */
  public static String openCommand(Path directory) {
    String dir = directory.toString();
    return "./tickmark --workspace " + (dir.contains(" ") ? "\"" + dir + "\"" : dir);
  }

  /** Checks the whole audit chain and names the first record that does not verify. */
  public void verifyAudit() {
    busy.set(true);
    executor.execute(
        BackgroundTask.of("Verifying the audit trail", task -> audit.verify(actor))
            .onSuccess(v -> auditVerdict.set(verdict(v)))
            .onFailure(e -> auditVerdict.set(Notice.of("Could not verify the audit trail", e)))
            .onFinished(() -> busy.set(false)));
  }

  static Notice verdict(AuditVerification v) {
    return Notice.ofVerification(
        v,
        "Open the Audit trail screen to see the record; if nobody there can explain the change, "
            + "restore the last good backup into a new folder and compare.");
  }

  public void dismissNotice() {
    notice.set(Notice.NONE);
  }

  static String roleLabels(Set<Role> roles) {
    return roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
  }

  public TableModel<UserRow> users() {
    return userTable;
  }

  /** The tables of the last backup taken here, with their rows. */
  public TableModel<TableCount> backupTables() {
    return backupTables;
  }

  public ObjectProperty<UserRow> selectedProperty() {
    return selected;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Notice> noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty backupResultProperty() {
    return backupResult.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty restoreResultProperty() {
    return restoreResult.getReadOnlyProperty();
  }

  /** The folder of the last successful restore, or null. */
  public ReadOnlyObjectProperty<Path> restoredDirectoryProperty() {
    return restoredDirectory.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Notice> auditVerdictProperty() {
    return auditVerdict.getReadOnlyProperty();
  }

  public boolean mayManageUsers() {
    return mayManageUsers;
  }

  public boolean mayAdministerWorkspace() {
    return mayAdminister;
  }

  public BooleanBinding canAddUserProperty() {
    return canAddUser;
  }

  public BooleanBinding canDisableProperty() {
    return canDisable;
  }

  public BooleanBinding canEnableProperty() {
    return canEnable;
  }

  public BooleanBinding canResetPasswordProperty() {
    return canResetPassword;
  }

  public BooleanBinding canChangeRolesProperty() {
    return canChangeRoles;
  }

  public BooleanBinding canBackupProperty() {
    return canBackup;
  }

  public BooleanBinding canRestoreProperty() {
    return canRestore;
  }

  public BooleanBinding canVerifyAuditProperty() {
    return canVerifyAudit;
  }

  public Actor actor() {
    return actor;
  }
}
