package com.tickmark.app.ui.admin;

import static com.tickmark.app.ui.fixture.TourSteps.call;
import static com.tickmark.app.ui.fixture.TourSteps.fx;
import static com.tickmark.app.ui.fixture.TourSteps.waitUntil;

import com.tickmark.app.AppServices;
import com.tickmark.app.demo.DemoUsers;
import com.tickmark.app.ui.NodeSnapshots;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.audit.AuditViewModel;
import com.tickmark.app.ui.shell.MainWindow;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.ScreenRegistry;
import com.tickmark.app.ui.shell.StandardScreens;
import com.tickmark.app.ui.task.FxTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.firm.FirmProfile;
import com.tickmark.model.firm.FirmService;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.persistence.workspace.SettingsRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Walks through the Approvals, Audit trail and Admin screens on a demo workspace ({@code ./tickmark
 * demo --workspace DIR}) as its administrator, after giving it a few users and four-eyes requests,
 * and writes a PNG of each in light and dark, for looking at them and for the README: {@code java
 * -cp <test class path> com.tickmark.app.ui.admin.SecurityScreenTour DIR [output folder]}. A manual
 * tool, not a test: it changes the workspace and waits with sleeps for layout to settle.
 */
public final class SecurityScreenTour {
  private static MainWindow main;
  private static Stage stage;
  private static Path out;

  private SecurityScreenTour() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]).toAbsolutePath();
    out = Path.of(args.length > 1 ? args[1] : "target/security-tour").toAbsolutePath();
    Workspace ws = Workspace.open(dir);
    AppServices services = AppServices.of(ws, Clock.systemUTC());
    char[] password = DemoUsers.PASSWORD.toCharArray();
    Actor admin = services.users().signIn("admin", password);
    if (services.approvals().submittedBy(admin).isEmpty()) {
      stage(services, admin, password);
    }
    FirmProfile info = new FirmService(new SettingsRepository(ws.dsl())).profile();
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    TaskMonitor monitor = new TaskMonitor();
    FxTaskExecutor executor = new FxTaskExecutor(2, monitor, (title, e) -> e.printStackTrace());
    ScreenContext context =
        new ScreenContext(services, admin, executor, monitor, UiState.inMemory());
    ScreenRegistry registry = StandardScreens.registry();
    fx(
        () -> {
          stage = new Stage();
          main = new MainWindow(context, registry, info, Platform::exit);
          main.show(stage);
          // the README's screenshot size
          stage.setWidth(1280);
          stage.setHeight(800);
        });

    for (String theme : new String[] {"light", "dark"}) {
      fx(() -> main.viewModel().darkThemeProperty().set(theme.equals("dark")));

      open(registry, "approvals");
      TableView<?> waiting = lookup("#approvals-waiting");
      waitUntil(() -> !waiting.getItems().isEmpty());
      fx(() -> waiting.getSelectionModel().select(0));
      fx(
          () ->
              ((TextArea) main.root().lookup("#approval-comment"))
                  .setText("Agreed with Arjun; covers the close until 5 December."));
      shot(theme + "-approvals");

      open(registry, "audit");
      TableView<?> records = lookup("#audit-records");
      waitUntil(() -> !records.getItems().isEmpty());
      fx(() -> main.root().lookup("#audit-verify").fireEvent(new ActionEvent()));
      waitUntil(() -> main.root().lookup("#audit-verdict") != null);
      fx(
          () -> {
            for (int i = 0; i < records.getItems().size(); i++) {
              var row = (AuditViewModel.AuditRow) records.getItems().get(i);
              if (row.action().equals("Amend")
                  && row.entityType().equals("User")
                  && !row.record().event().before().contains("password")) {
                records.getSelectionModel().select(i);
                records.scrollTo(Math.max(0, i - 4));
                break;
              }
            }
          });
      shot(theme + "-audit");

      open(registry, "admin");
      TableView<?> users = lookup("#admin-users");
      waitUntil(() -> !users.getItems().isEmpty());
      fx(() -> ((TabPane) main.root().lookup("#admin-tabs")).getSelectionModel().select(0));
      fx(
          () -> {
            for (int i = 0; i < users.getItems().size(); i++) {
              if (((AdminViewModel.UserRow) users.getItems().get(i))
                  .username()
                  .equals("accountant")) {
                users.getSelectionModel().select(i);
              }
            }
          });
      shot(theme + "-admin-users");
      dialog("#admin-add-user", theme + "-dialog-add-user");
      dialog("#admin-change-roles", theme + "-dialog-change-roles");
      fx(() -> ((TabPane) main.root().lookup("#admin-tabs")).getSelectionModel().select(1));
      shot(theme + "-admin-workspace");
      fx(() -> ((TabPane) main.root().lookup("#admin-tabs")).getSelectionModel().select(2));
      shot(theme + "-admin-connections");
    }
    System.out.println("Wrote screenshots to " + out);
    executor.shutdown();
    fx(Platform::exit);
    ws.close();
    System.exit(0);
  }

  /** A second administrator, a new clerk, and requests in every state. */
  private static void stage(AppServices services, Actor admin, char[] password) {
    var users = services.users();
    users.addUser(
        admin,
        "sam",
        "Sam Rivera",
        EnumSet.of(Role.ADMIN),
        password,
        "second administrator for four-eyes");
    users.addUser(
        admin,
        "jsmith",
        "Jane Smith",
        EnumSet.of(Role.CLERK),
        password,
        "joins operations on 1 December");
    Actor sam = users.signIn("sam", password);
    Actor compliance = users.signIn("compliance", password);
    users.requestRoleChange(
        sam,
        "clerk",
        EnumSet.of(Role.CLERK, Role.ACCOUNTANT),
        "covers month-end close while Arjun is away");
    users.requestRoleChange(
        sam,
        "viewer",
        EnumSet.of(Role.VIEWER, Role.CLERK),
        "helps with settlements during the audit");
    ApprovalRequest rejected =
        users.requestRoleChange(
            admin, "jsmith", EnumSet.of(Role.CLERK, Role.RISK_MANAGER), "backs up the risk desk");
    services
        .approvals()
        .reject(compliance, rejected.id(), "Risk access needs the head of risk's sign-off first.");
    ApprovalRequest approved =
        users.requestRoleChange(
            admin, "accountant", EnumSet.of(Role.ACCOUNTANT, Role.CLERK), "books cash breaks");
    services.approvals().approve(compliance, approved.id(), "Agreed.");
    users.requestRoleChange(
        admin,
        "risk",
        EnumSet.of(Role.RISK_MANAGER, Role.COMPLIANCE),
        "joins the surveillance rota");
    users.disable(admin, "viewer", "on leave until January");
  }

  /** Presses {@code button}, which opens a dialog, writes a PNG of the dialog and cancels it. */
  private static void dialog(String button, String name) throws Exception {
    Platform.runLater(
        () -> ((Button) main.root().lookup(button)).fire()); // returns when the dialog closes
    waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing()));
    Thread.sleep(600);
    fx(
        () -> {
          Window dialog =
              Window.getWindows().stream()
                  .filter(w -> w != stage && w.isShowing())
                  .findFirst()
                  .orElseThrow();
          NodeSnapshots.write(dialog.getScene(), out.resolve(name + ".png"));
          ((DialogPane) dialog.getScene().getRoot())
              .getButtonTypes().stream()
                  .filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                  .findFirst()
                  .ifPresent(
                      b ->
                          ((Button) ((DialogPane) dialog.getScene().getRoot()).lookupButton(b))
                              .fire());
        });
    waitUntil(() -> Window.getWindows().stream().noneMatch(w -> w != stage && w.isShowing()));
  }

  private static void open(ScreenRegistry registry, String id) throws Exception {
    fx(() -> main.viewModel().selectScreen(registry.find(id).orElseThrow()));
  }

  @SuppressWarnings("unchecked")
  private static <T extends Node> T lookup(String selector) throws Exception {
    waitUntil(() -> main.root().lookup(selector) != null);
    return (T) call(() -> main.root().lookup(selector));
  }

  private static void shot(String name) throws Exception {
    Thread.sleep(600); // let layout and CSS settle; this is a manual tool, not a test
    NodeSnapshots.write(main.scene(), out.resolve(name + ".png"));
  }
}
