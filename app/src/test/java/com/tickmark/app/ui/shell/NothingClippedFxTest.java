package com.tickmark.app.ui.shell;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.AppServices;
import com.tickmark.app.demo.DemoFirmInstaller;
import com.tickmark.app.demo.DemoUsers;
import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.table.Clipping;
import com.tickmark.app.ui.task.FxTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.demo.DemoConfig;
import com.tickmark.model.demo.FaultRates;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.security.Actor;
import com.tickmark.model.settlement.status.SettlementFail;
import com.tickmark.model.trade.blotter.BlotterColumn;
import com.tickmark.persistence.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen, as each role sees it on a 1280×800 window of a small demo firm, shows its numbers,
 * amounts, dates, codes and ids whole: no label or table cell puts an ellipsis over one (long text
 * may, when its tooltip holds it whole), and no label runs one out of sight past the edge of its
 * pane. The walk opens every screen the role has and every tab, picks the first row of every table
 * (so that detail panes fill), groups the blotter and previews every report.
 */
@ExtendWith(ApplicationExtension.class)
class NothingClippedFxTest {
  static final double WIDTH = 1280;
  static final double HEIGHT = 800;
  static final List<String> ROLES = List.of("clerk", "accountant", "risk", "compliance", "admin");

  @TempDir static Path dir;
  static Workspace workspace;
  static AppServices services;

  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private final Map<String, List<String>> cut = new LinkedHashMap<>();
  private Stage stage;
  private TaskMonitor monitor;
  private FxTaskExecutor executor;
  private MainWindow main;

  @BeforeAll
  static void createADemoFirm() throws IOException {
    workspace = Workspace.open(dir.resolve("ws"));
    services = RefDataFixture.services(workspace);
    new DemoFirmInstaller()
        .install(
            services,
            new DemoConfig(7, LocalDate.of(2025, 11, 20), 40, 4, 200, FaultRates.DEFAULTS),
            DemoFirmInstaller.Progress.NONE);
    // the custodians' status files, so that the Fails screen has fails with owners to show
    Actor clerk = services.users().signIn("clerk", DemoUsers.PASSWORD.toCharArray());
    List<Path> files;
    try (Stream<Path> s = Files.list(workspace.inbox().resolve("settlement"))) {
      files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    SettlementServices settlement = services.area(SettlementServices.class);
    assertThat(settlement.statusImports().importFiles(clerk, files, true))
        .allSatisfy(r -> assertThat(r.problems()).isEmpty());
    SettlementFail fail = settlement.fails().asOf(clerk, LocalDate.of(2025, 11, 20), false).get(0);
    settlement
        .fails()
        .assign(clerk, fail.trade().id(), "accountant", "Asked the broker to deliver by Friday");
  }

  @AfterAll
  static void close() {
    workspace.close();
    workspace = null;
    services = null;
  }

  @Start
  void start(Stage primary) {
    monitor = new TaskMonitor();
    executor = new FxTaskExecutor(2, monitor, (title, error) -> failures.add(error));
  }

  @AfterEach
  void stop() {
    if (stage != null) {
      onFx(() -> stage.close());
    }
    executor.shutdown();
  }

  @Test
  void noScreenOfAnyRoleCutsANumberOrACode() {
    for (String role : ROLES) {
      Actor actor = services.users().signIn(role, DemoUsers.PASSWORD.toCharArray());
      UiState uiState = UiState.inMemory();
      uiState.putDouble("window.width", WIDTH);
      uiState.putDouble("window.height", HEIGHT);
      onFx(
          () -> {
            // a window of its own for each user, as signing in makes one, sized by the layout
            if (stage != null) {
              stage.close();
            }
            stage = new Stage();
            main =
                new MainWindow(
                    new ScreenContext(services, actor, executor, monitor, uiState),
                    StandardScreens.registry(),
                    services.firm().profile(),
                    () -> {});
            main.show(stage);
          });
      assertThat(onFx(() -> List.of(stage.getWidth(), stage.getScene().getWidth())))
          .containsExactly(WIDTH, WIDTH);
      for (ScreenDescriptor screen : onFx(() -> List.copyOf(main.viewModel().screens()))) {
        onFx(() -> main.viewModel().selectScreen(screen));
        explore(role + " › " + screen.title(), new IdentityHashMap<>());
        if (screen.id().equals("blotter") && role.equals(ROLES.get(0))) {
          groupTheBlotter(role); // group lines look the same to everyone
        } else if (screen.id().equals("reports")) {
          previewEveryReport(role);
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(
            cut.entrySet().stream()
                .map(
                    e ->
                        e.getKey()
                            + " shows "
                            + e.getValue().get(0)
                            + ", "
                            + e.getValue().size()
                            + " times")
                .toList())
        .as("labels and cells that cut a number or a code")
        .isEmpty();
  }

  /** Checks what is shown with the first row of each table picked, then each tab. */
  private void explore(String where, IdentityHashMap<TabPane, Boolean> seen) {
    settle();
    if (onFx(this::pickFirstRows)) {
      settle();
    }
    check(where);
    for (TabPane tabs : onFx(() -> visible(TabPane.class))) {
      if (seen.put(tabs, true) != null) {
        continue;
      }
      for (Tab tab : onFx(() -> List.copyOf(tabs.getTabs()))) {
        if (tab.isDisable()) {
          continue;
        }
        onFx(() -> tabs.getSelectionModel().select(tab));
        explore(where + " › " + tab.getText(), seen);
      }
    }
  }

  private void groupTheBlotter(String role) {
    Node group = onFx(() -> stage.getScene().lookup("#blotter-group-by"));
    for (BlotterColumn by :
        List.of(BlotterColumn.BOOK, BlotterColumn.CURRENCY, BlotterColumn.INSTRUMENT)) {
      onFx(
          () -> {
            @SuppressWarnings("unchecked")
            ComboBox<BlotterColumn> combo = (ComboBox<BlotterColumn>) group;
            combo.setValue(by);
          });
      settle();
      check(role + " › Blotter grouped by " + by.title());
    }
    onFx(() -> ((ComboBox<?>) group).setValue(null));
  }

  private void previewEveryReport(String role) {
    ListView<?> reports = onFx(() -> (ListView<?>) stage.getScene().lookup("#reports-list"));
    int count = onFx(() -> reports.getItems().size());
    for (int i = 0; i < count; i++) {
      int index = i;
      onFx(() -> reports.getSelectionModel().select(index));
      settle();
      onFx(() -> ((Button) stage.getScene().lookup("#report-preview")).fire());
      settle();
      check(
          role
              + " › Reports › "
              + onFx(() -> ((ReportDefinition) reports.getItems().get(index)).title()));
    }
  }

  /** Picks the first row of every table shown that has rows and nothing picked. */
  private boolean pickFirstRows() {
    boolean picked = false;
    for (TableView<?> table : visible(TableView.class)) {
      if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
        table.getSelectionModel().select(0);
        picked = true;
      }
    }
    return picked;
  }

  /** Waits until no background work runs and the screen has taken in its results. */
  private void settle() {
    do {
      waitUntil(() -> !monitor.busyProperty().get());
    } while (onFx(() -> monitor.busyProperty().get()));
  }

  /** Notes each label or cell shown that cuts a value, once per screen and node. */
  private void check(String where) {
    onFx(this::layOut); // what the last results added is laid out now, not at the next pulse
    WaitForAsyncUtils.waitForFxEvents(); // and what that layout asked for after it (wider columns)
    onFx(
        () -> {
          layOut();
          for (Labeled l : visible(Labeled.class)) {
            String seen = cutsAValue(l) ? Clipping.shownText(l) : runsOutOfSight(l);
            if (seen != null) {
              cut.computeIfAbsent(where + ": " + describe(l), k -> new ArrayList<>())
                  .add("\"" + seen + "\" for \"" + l.getText() + "\"");
            }
          }
        });
  }

  private void layOut() {
    stage.getScene().getRoot().applyCss();
    stage.getScene().getRoot().layout();
  }

  /** Whether a label puts an ellipsis over a number or a code, not offering it in a tooltip. */
  private static boolean cutsAValue(Labeled l) {
    if (!Clipping.isCut(l)
        || l instanceof TableCell<?, ?> cell && cell.isEmpty()
        || l instanceof TreeTableCell<?, ?> treeCell && treeCell.isEmpty()) {
      return false;
    }
    String full = l.getText();
    if (!Clipping.hidesValue(full, Clipping.shownText(l))) {
      return false;
    }
    boolean inTooltip = l.getTooltip() != null && full.equals(l.getTooltip().getText());
    return !inTooltip || Clipping.isValue(full); // long text may be read whole in its tooltip
  }

  /**
   * What can be seen of a label whose text runs past the left or right edge of its scroll pane or
   * of the window, hiding a number or a code there; null when it does not. (Tables, lists and the
   * tabs of a tab pane are left out: they scroll sideways by design, the tabs with a menu of all.)
   */
  private static String runsOutOfSight(Labeled l) {
    Text text = null;
    for (Node child : l.getChildrenUnmodifiable()) {
      if (child instanceof Text t) {
        text = t;
      }
    }
    if (text == null || text.getText() == null || text.getText().isEmpty()) {
      return null;
    }
    double left = 0;
    double right = l.getScene().getWidth();
    for (Node n = l.getParent(); n != null; n = n.getParent()) {
      if (n instanceof TableView<?>
          || n instanceof TreeTableView<?>
          || n instanceof ListView<?>
          || n.getStyleClass().contains("tab-header-area")) {
        return null;
      }
      Node viewport = n instanceof ScrollPane pane ? pane.lookup(".viewport") : null;
      if (viewport != null) {
        Bounds v = viewport.localToScene(viewport.getBoundsInLocal());
        left = Math.max(left, v.getMinX());
        right = Math.min(right, v.getMaxX());
      }
    }
    Bounds b = text.localToScene(text.getBoundsInLocal());
    if (b.getWidth() <= 0 || b.getMinX() >= left - 1 && b.getMaxX() <= right + 1) {
      return null;
    }
    String full = text.getText();
    int from = (int) Math.floor(full.length() * Math.max(0, left - b.getMinX()) / b.getWidth());
    int to = (int) Math.ceil(full.length() * Math.max(0, right - b.getMinX()) / b.getWidth());
    String seen =
        full.substring(Math.min(from, full.length()), Math.max(from, Math.min(to, full.length())));
    return Clipping.hidesValue(full, seen) ? seen + " (the rest out of sight)" : null;
  }

  private static String describe(Labeled l) {
    String column = "";
    if (l instanceof TableCell<?, ?> cell && cell.getTableColumn() != null) {
      column = " in column " + title(cell.getTableColumn());
    } else if (l instanceof TreeTableCell<?, ?> cell && cell.getTableColumn() != null) {
      column = " in column " + title(cell.getTableColumn());
    }
    String id = l.getId() == null ? "" : "#" + l.getId();
    String parent = "";
    for (Node n = l.getParent(); n != null && parent.isEmpty(); n = n.getParent()) {
      if (n.getId() != null) {
        parent = " inside #" + n.getId();
      }
    }
    return l.getClass().getSimpleName() + id + column + parent;
  }

  private static String title(TableColumnBase<?, ?> column) {
    return "\"" + column.getText() + "\"";
  }

  /** The nodes of {@code type} shown in the window: visible themselves and all their parents. */
  private <T extends Node> List<T> visible(Class<T> type) {
    List<T> found = new ArrayList<>();
    collect(stage.getScene().getRoot(), type, found);
    return found;
  }

  private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
    if (!node.isVisible() || node.getOpacity() == 0) {
      return;
    }
    if (type.isInstance(node)) {
      found.add(type.cast(node));
    }
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        collect(child, type, found);
      }
    }
  }
}
