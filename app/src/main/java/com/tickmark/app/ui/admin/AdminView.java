package com.tickmark.app.ui.admin;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.admin.AdminViewModel.UserRow;
import com.tickmark.app.ui.common.ColumnWidths;
import com.tickmark.app.ui.common.NoticeBar;
import com.tickmark.app.ui.common.SecurityStyles;
import com.tickmark.app.ui.shell.SplitPanes;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TablePane;
import com.tickmark.model.security.Role;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The Admin screen's layout: a Users tab (the table with its commands, and the picked user's roles
 * and what they permit) and a Workspace tab (backup, restore, verify the audit trail).
 */
final class AdminView {
  private static final String TAB_KEY = "admin.tab";

  private final AdminViewModel vm;
  private final TablePane<UserRow> users;
  private final TabPane tabs = new TabPane();
  private final VBox userDetail = new VBox(10);
  private final FlowPane userCommands = new FlowPane(6, 6);
  private final BorderPane root = new BorderPane();
  private final TablePane<AdminViewModel.TableCount> backupTables;
  private final Path backupFolder;
  private Subscription subscriptions = Subscription.EMPTY;

  /**
   * @param connections the Connections tab's view model, or null when the user may not run
   *     connections
   */
  AdminView(
      AdminViewModel vm,
      UiState uiState,
      Path workspaceDirectory,
      TableExports exports,
      ConnectionsViewModel connections) {
    this.vm = vm;
    this.backupFolder = workspaceDirectory.toAbsolutePath().getParent();
    users = new TablePane<>(vm.users(), uiState, exports);
    users.table().getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
    users.setDefaultSort("username", TableColumn.SortType.ASCENDING);
    users
        .table()
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, now) -> vm.selectedProperty().set(now));
    backupTables = new TablePane<>(vm.backupTables(), uiState, exports);
    stateCells();

    Tab usersTab = new Tab("Users", usersTab(uiState));
    usersTab.setId("admin-users-tab");
    usersTab.setGraphic(new FontIcon(MaterialDesignA.ACCOUNT_MULTIPLE_OUTLINE));
    Tab workspaceTab = new Tab("Workspace", workspaceTab());
    workspaceTab.setId("admin-workspace-tab");
    workspaceTab.setGraphic(new FontIcon(MaterialDesignD.DATABASE_COG_OUTLINE));
    tabs.getTabs().addAll(usersTab, workspaceTab);
    if (connections != null) {
      Tab connectionsTab = new Tab("Connections", new ConnectionsView(connections).root());
      connectionsTab.setId("admin-connections-tab");
      connectionsTab.setGraphic(new FontIcon(MaterialDesignL.LAN_CONNECT));
      tabs.getTabs().add(connectionsTab);
    }
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.getStyleClass().addAll(Styles.DENSE, "admin-tabs");
    tabs.setId("admin-tabs");
    String savedTab =
        uiState.get(TAB_KEY, vm.mayManageUsers() ? "admin-users-tab" : "admin-workspace-tab");
    tabs.getTabs().stream()
        .filter(t -> savedTab.equals(t.getId()))
        .findFirst()
        .ifPresent(t -> tabs.getSelectionModel().select(t));
    uiState.addSaveHook(
        () -> uiState.put(TAB_KEY, tabs.getSelectionModel().getSelectedItem().getId()));

    NoticeBar notice = new NoticeBar(vm.noticeProperty(), vm::dismissNotice, "admin-notice");
    BorderPane.setMargin(notice.root(), new Insets(8, 8, 0, 8));
    root.setTop(notice.root());
    root.setCenter(tabs);
    root.setId("admin-screen");
    SecurityStyles.apply(root);
  }

  // ---- users ----

  private Node usersTab(UiState uiState) {
    Button add =
        button(
            "admin-add-user",
            "Add user…",
            MaterialDesignA.ACCOUNT_PLUS_OUTLINE,
            vm.canAddUserProperty());
    add.getStyleClass().add(Styles.ACCENT);
    add.setOnAction(
        e -> {
          UserForms.AddUser form = vm.newUserForm();
          if (AdminDialogs.addUser(window(), form)) {
            vm.addUser(form);
          }
        });
    Button disable =
        button(
            "admin-disable",
            "Disable…",
            MaterialDesignA.ACCOUNT_CANCEL_OUTLINE,
            vm.canDisableProperty());
    disable.setOnAction(
        e -> {
          UserForms.Reason form = new UserForms.Reason();
          String name = vm.selectedProperty().get().username();
          if (AdminDialogs.reason(
              window(),
              "Disable " + name,
              name + " will not be able to sign in until the account is enabled again.",
              "Disable",
              form)) {
            vm.disable(form);
          }
        });
    Button enable =
        button(
            "admin-enable",
            "Enable…",
            MaterialDesignA.ACCOUNT_CHECK_OUTLINE,
            vm.canEnableProperty());
    enable.setOnAction(
        e -> {
          UserForms.Reason form = new UserForms.Reason();
          String name = vm.selectedProperty().get().username();
          if (AdminDialogs.reason(
              window(),
              "Enable " + name,
              name + " may sign in again with their password.",
              "Enable",
              form)) {
            vm.enable(form);
          }
        });
    Button reset =
        button(
            "admin-reset-password",
            "Reset password…",
            MaterialDesignL.LOCK_RESET,
            vm.canResetPasswordProperty());
    reset.setOnAction(
        e -> {
          UserForms.ResetPassword form = vm.resetPasswordForm();
          if (AdminDialogs.resetPassword(window(), form)) {
            vm.resetPassword(form);
          }
        });
    Button roles =
        button(
            "admin-change-roles",
            "Change roles…",
            MaterialDesignS.SHIELD_ACCOUNT_OUTLINE,
            vm.canChangeRolesProperty());
    roles.setOnAction(
        e -> {
          UserForms.ChangeRoles form = vm.changeRolesForm();
          if (AdminDialogs.changeRoles(window(), form)) {
            vm.requestRoleChange(form);
          }
        });
    users.addToToolbar(add);
    userCommands.getChildren().setAll(disable, enable, reset, roles);
    userCommands.setAlignment(Pos.CENTER_LEFT);
    userCommands.getStyleClass().add("user-commands");
    ColumnWidths.atLeast(users.table(), Map.of("username", 95.0, "state", 75.0, "created", 172.0));

    userDetail.setPadding(new Insets(14, 16, 16, 16));
    userDetail.getStyleClass().add("detail-pane");
    ScrollPane scroll = new ScrollPane(userDetail);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("edge-to-edge");
    Label empty =
        new Label(
            vm.mayManageUsers()
                ? "Pick a user to see their roles"
                : "Managing users needs the MANAGE_USERS permission, which administrators hold.",
            new FontIcon(MaterialDesignA.ACCOUNT_OUTLINE));
    empty.setWrapText(true);
    empty.getStyleClass().addAll(Styles.TEXT_MUTED, "detail-empty");
    scroll.visibleProperty().bind(vm.selectedProperty().isNotNull());
    empty.visibleProperty().bind(vm.selectedProperty().isNull());
    StackPane holder = new StackPane(empty, scroll);
    holder.getStyleClass().add("detail-holder");
    SplitPane split = new SplitPane(users.root(), holder);
    SplitPanes.remember(split, "admin.users", uiState, 0.72);
    return split;
  }

  /** Colours the state column: disabled red, locked amber. */
  private void stateCells() {
    users.table().getColumns().stream()
        .filter(c -> "state".equals(c.getId()))
        .findFirst()
        .ifPresent(
            column -> {
              @SuppressWarnings("unchecked")
              TableColumn<UserRow, String> state = (TableColumn<UserRow, String>) column;
              state.setCellFactory(
                  c ->
                      new TableCell<>() {
                        @Override
                        protected void updateItem(String item, boolean empty) {
                          super.updateItem(item, empty);
                          getStyleClass().removeAll("status-rejected", "status-pending");
                          setText(empty || item == null ? null : item);
                          if (!empty && item != null && !item.equals("Active")) {
                            getStyleClass()
                                .add(
                                    item.startsWith("Locked")
                                        ? "status-pending"
                                        : "status-rejected");
                          }
                        }
                      });
            });
  }

  private static Button button(String id, String text, Ikon icon, ObservableBooleanValue enabled) {
    Button b = new Button(text, new FontIcon(icon));
    b.setId(id);
    b.disableProperty().bind(Bindings.not(enabled));
    return b;
  }

  private void showUser(UserRow row) {
    userDetail.getChildren().clear();
    if (row == null) {
      return;
    }
    Label name = new Label(row.name());
    name.getStyleClass().add(Styles.TITLE_4);
    Label state = new Label(row.state());
    state
        .getStyleClass()
        .addAll(
            "status-pill",
            row.enabled()
                ? (row.state().startsWith("Locked") ? "status-pending" : "status-approved")
                : "status-rejected");
    HBox title = new HBox(10, name, state);
    title.setAlignment(Pos.CENTER_LEFT);
    Label login =
        new Label("Signs in as " + row.username() + " \u00b7 created " + row.created() + " UTC");
    login.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    login.setWrapText(true);
    userDetail.getChildren().addAll(title, login, userCommands, section("Roles"));
    for (Role role : row.user().roles().stream().sorted().toList()) {
      Label r = new Label(role.label());
      r.getStyleClass().add(Styles.TEXT_BOLD);
      userDetail.getChildren().add(r);
    }
    userDetail.getChildren().add(section("May"));
    VBox list = new VBox(3);
    list.setId("admin-user-may");
    for (String may : Abilities.standard().lines(row.user().roles())) {
      Label l = new Label(may, new FontIcon(MaterialDesignC.CHECK));
      l.setWrapText(true);
      l.getStyleClass().add("permission-line");
      list.getChildren().add(l);
    }
    userDetail.getChildren().add(list);
  }

  private static Label section(String text) {
    Label l = new Label(text);
    l.getStyleClass().addAll(Styles.TEXT_BOLD, "detail-section-title");
    return l;
  }

  // ---- workspace ----

  private Node workspaceTab() {
    Button backup = new Button("Back up…", new FontIcon(MaterialDesignB.BACKUP_RESTORE));
    backup.setId("admin-backup");
    backup.getStyleClass().add(Styles.ACCENT);
    backup.disableProperty().bind(vm.canBackupProperty().not());
    backup.setOnAction(e -> chooseBackupFile().ifPresent(vm::backup));
    Label backupResult = result(vm.backupResultProperty(), "admin-backup-result");
    Node inventory = backupTables.root();
    ((Region) inventory).setPrefHeight(230);
    inventory.visibleProperty().bind(vm.backupTables().totalCountProperty().greaterThan(0));
    inventory.managedProperty().bind(inventory.visibleProperty());
    VBox backupCard =
        card(
            MaterialDesignB.BACKUP_RESTORE,
            "Backup",
            "An online, consistent copy of the whole workspace (database, inbox and demo files) in"
                + " one zip file. Tickmark keeps working while it is taken; the backup is recorded"
                + " in the audit trail.",
            backup,
            backupResult,
            inventory);

    Button restore =
        new Button(
            "Restore into a new folder…", new FontIcon(MaterialDesignD.DATABASE_IMPORT_OUTLINE));
    restore.setId("admin-restore");
    restore.disableProperty().bind(vm.canRestoreProperty().not());
    restore.setOnAction(e -> restore());
    Label restoreResult = result(vm.restoreResultProperty(), "admin-restore-result");
    TextField command = new TextField();
    command.setId("admin-restore-command");
    command.setEditable(false);
    command.getStyleClass().add("command-line");
    command
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.restoredDirectoryProperty().get() == null
                        ? ""
                        : AdminViewModel.openCommand(vm.restoredDirectoryProperty().get()),
                vm.restoredDirectoryProperty()));
    HBox.setHgrow(command, Priority.ALWAYS);
    Button copy = new Button("Copy", new FontIcon(MaterialDesignC.CONTENT_COPY));
    copy.getStyleClass().add(Styles.FLAT);
    copy.setOnAction(
        e ->
            Clipboard.getSystemClipboard()
                .setContent(Map.of(DataFormat.PLAIN_TEXT, command.getText())));
    Label how =
        new Label(
            "To work in the restored workspace, quit Tickmark and start it on the new folder:");
    how.setWrapText(true);
    VBox opening = new VBox(6, how, new HBox(6, command, copy));
    opening.visibleProperty().bind(vm.restoredDirectoryProperty().isNotNull());
    opening.managedProperty().bind(opening.visibleProperty());
    VBox restoreCard =
        card(
            MaterialDesignD.DATABASE_IMPORT_OUTLINE,
            "Restore",
            "Restores a backup into a new, empty folder and checks every table against the backup."
                + " The open workspace is not changed.",
            restore,
            restoreResult,
            opening);

    Button verify =
        new Button("Verify audit trail", new FontIcon(MaterialDesignS.SHIELD_CHECK_OUTLINE));
    verify.setId("admin-verify-audit");
    verify.disableProperty().bind(vm.canVerifyAuditProperty().not());
    verify.setOnAction(e -> vm.verifyAudit());
    NoticeBar verdict = new NoticeBar(vm.auditVerdictProperty(), () -> {}, "admin-audit-verdict");
    VBox auditCard =
        card(
            MaterialDesignS.SHIELD_CHECK_OUTLINE,
            "Audit trail",
            "Checks every record's hash and its link to the one before, and names the first record"
                + " that was changed, removed or inserted behind Tickmark's back.",
            verify,
            verdict.root());

    VBox cards = new VBox(14, backupCard, restoreCard, auditCard, idleLockCard());
    if (!vm.mayAdministerWorkspace()) {
      Label note =
          new Label(
              "Backup and restore need the ADMINISTER_WORKSPACE permission, which administrators"
                  + " hold.");
      note.getStyleClass().add(Styles.TEXT_MUTED);
      cards.getChildren().add(0, note);
    }
    cards.setPadding(new Insets(16));
    cards.setMaxWidth(900);
    cards.getStyleClass().add("admin-cards");
    ScrollPane scroll = new ScrollPane(cards);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().addAll("edge-to-edge", "admin-workspace");
    return scroll;
  }

  private VBox idleLockCard() {
    IdleLockSetting setting = vm.idleLock();
    TextField minutes = new TextField();
    minutes.setId("admin-idle-lock-minutes");
    minutes.setPrefColumnCount(4);
    minutes.textProperty().bindBidirectional(setting.minutesProperty());
    minutes.setDisable(!vm.mayAdministerWorkspace());
    Button save = new Button("Save");
    save.setId("admin-idle-lock-save");
    save.disableProperty().bind(setting.canSaveProperty().not());
    save.setOnAction(e -> setting.save());
    minutes.setOnAction(e -> setting.save());
    HBox row = new HBox(8, minutes, new Label("minutes"), save);
    row.setAlignment(Pos.CENTER_LEFT);
    return card(
        MaterialDesignL.LOCK_CLOCK,
        "Idle lock",
        "After this many minutes without a key press or click, Tickmark hides its screens and asks"
            + " the signed-in user for their password again (1 to 480; 15 unless set here). Each"
            + " lock and unlock is in the audit trail.",
        row,
        result(setting.resultProperty(), "admin-idle-lock-result"));
  }

  private static VBox card(Ikon icon, String title, String description, Node action, Node... more) {
    FontIcon glyph = new FontIcon(icon);
    glyph.getStyleClass().add("card-icon");
    Label heading = new Label(title, glyph);
    heading.getStyleClass().addAll(Styles.TITLE_4, "card-title");
    Label what = new Label(description);
    what.setWrapText(true);
    what.getStyleClass().add(Styles.TEXT_MUTED);
    HBox actions = new HBox(8, action);
    actions.setAlignment(Pos.CENTER_LEFT);
    VBox card = new VBox(10, heading, what, actions);
    card.getChildren().addAll(more);
    card.getStyleClass().add("admin-card");
    card.setPadding(new Insets(14, 16, 16, 16));
    return card;
  }

  private static Label result(ObservableStringValue text, String id) {
    Label l = new Label();
    l.setId(id);
    l.setWrapText(true);
    l.textProperty().bind(text);
    l.getStyleClass().add("card-result");
    l.visibleProperty().bind(l.textProperty().isNotEmpty());
    l.managedProperty().bind(l.visibleProperty());
    return l;
  }

  private Optional<Path> chooseBackupFile() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Back up the workspace to");
    chooser.setInitialFileName(vm.suggestedBackupName());
    startIn(chooser);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Tickmark backup", "*.zip"));
    File file = chooser.showSaveDialog(window());
    if (file == null) {
      return Optional.empty();
    }
    Path path = file.toPath();
    return Optional.of(
        path.getFileName().toString().endsWith(".zip")
            ? path
            : path.resolveSibling(path.getFileName() + ".zip"));
  }

  private void restore() {
    FileChooser files = new FileChooser();
    files.setTitle("Pick the backup to restore");
    files.getExtensionFilters().add(new FileChooser.ExtensionFilter("Tickmark backup", "*.zip"));
    startIn(files);
    File zip = files.showOpenDialog(window());
    if (zip == null) {
      return;
    }
    DirectoryChooser folders = new DirectoryChooser();
    folders.setTitle(
        "Pick a new, empty folder for the restored workspace (create one in this dialog)");
    if (backupFolder != null && Files.isDirectory(backupFolder)) {
      folders.setInitialDirectory(backupFolder.toFile());
    }
    File dir = folders.showDialog(window());
    if (dir == null) {
      return;
    }
    char[] passphrase = null;
    if (vm.needsPassphrase(zip.toPath())) {
      Optional<char[]> typed = AdminDialogs.passphrase(window(), zip.toPath());
      if (typed.isEmpty()) {
        return;
      }
      passphrase = typed.get();
    }
    vm.restore(zip.toPath(), dir.toPath(), passphrase);
  }

  /** Backups go beside the workspace folder unless the user picks another place. */
  private void startIn(FileChooser chooser) {
    if (backupFolder != null && Files.isDirectory(backupFolder)) {
      chooser.setInitialDirectory(backupFolder.toFile());
    }
  }

  private Window window() {
    return root.getScene() == null ? null : root.getScene().getWindow();
  }

  void activate() {
    subscriptions =
        vm.selectedProperty()
            .subscribe(
                row -> {
                  showUser(row);
                  if (row != null
                      && !row.equals(users.table().getSelectionModel().getSelectedItem())) {
                    users.table().getSelectionModel().select(row);
                  }
                });
  }

  void deactivate() {
    subscriptions.unsubscribe();
    subscriptions = Subscription.EMPTY;
  }

  void focusSearch() {
    users.focusFilter();
  }

  TabPane tabs() {
    return tabs;
  }

  TablePane<UserRow> usersPane() {
    return users;
  }

  Node root() {
    return root;
  }
}
