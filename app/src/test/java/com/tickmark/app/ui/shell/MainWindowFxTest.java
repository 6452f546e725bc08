package com.tickmark.app.ui.shell;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.firm.FirmProfile;
import com.tickmark.persistence.workspace.Workspace;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The shell with two registered screens: navigation, shortcuts, activation and the remembered
 * layout.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
  @TempDir static Path dir;
  static Workspace workspace;

  private final List<String> events = new CopyOnWriteArrayList<>();
  private final Map<String, ScreenContext> contexts = new ConcurrentHashMap<>();
  private final UiState uiState = UiState.inMemory();
  private final TaskMonitor monitor = new TaskMonitor();
  private MainWindow main;
  private Stage stage;

  @BeforeAll
  static void open() {
    workspace = RefDataFixture.create(dir, 5);
  }

  @AfterAll
  static void close() {
    workspace.close();
  }

  /** A screen that only records what the shell does with it. */
  private ScreenDescriptor recording(String id, String title, int order, Ikon icon) {
    return ScreenDescriptor.of(
        id,
        title,
        icon,
        order,
        services -> {
          events.add("create " + id);
          contexts.put(id, services);
          Label view = new Label(title + " content");
          view.setId(id + "-view");
          return new Screen() {
            @Override
            public Node view() {
              return view;
            }

            @Override
            public void activate() {
              events.add("activate " + id);
            }

            @Override
            public void deactivate() {
              events.add("deactivate " + id);
            }

            @Override
            public void refresh() {
              events.add("refresh " + id);
            }

            @Override
            public void focusSearch() {
              events.add("search " + id);
            }

            @Override
            public void reveal(String item) {
              events.add("reveal " + id + " " + item);
            }
          };
        });
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Theme.LIGHT.apply();
    uiState.putDouble("window.width", 1000);
    uiState.putDouble("window.height", 700);
    uiState.put(MainViewModel.SELECTED_SCREEN_KEY, "settlements");
    ScreenContext services =
        RefDataFixture.screenContext(workspace, new DirectTaskExecutor(), monitor, uiState);
    main = new MainWindow(services, registry(), FirmProfile.NONE, () -> events.add("quit"));
    main.show(stage);
  }

  private ScreenRegistry registry() {
    return new ScreenRegistry()
        .register(
            recording("settlements", "Settlements", 20, MaterialDesignB.BANK_TRANSFER)
                .withShortcut(ScreenDescriptor.digit(2)))
        .register(
            recording("blotter", "Blotter", 10, MaterialDesignS.SWAP_HORIZONTAL)
                .withShortcut(ScreenDescriptor.digit(1)));
  }

  @Test
  void listsTheRegisteredScreensAndOpensTheRememberedOne(FxRobot robot) {
    ListView<?> nav = robot.lookup("#navigation").queryAs(ListView.class);
    assertThat(nav.getItems())
        .extracting(s -> ((ScreenDescriptor) s).title())
        .containsExactly("Blotter", "Settlements");
    assertThat(robot.lookup("#screen-title").queryAs(Label.class).getText())
        .isEqualTo("Settlements");
    assertThat(events).containsExactly("create settlements", "activate settlements");
    assertThat(stage.getWidth()).isEqualTo(1000);
    assertThat(stage.getHeight()).isEqualTo(700);
    assertThat(robot.lookup("#status-firm").queryAs(Label.class).getText()).isEqualTo("no firm");
  }

  @Test
  void switchesScreensWithTheKeyboardActivatingOneAndDeactivatingTheOther(FxRobot robot) {
    events.clear();
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
    waitUntil(() -> robot.lookup("#blotter-view").tryQuery().isPresent());
    assertThat(events)
        .containsExactly("deactivate settlements", "create blotter", "activate blotter");

    robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
    waitUntil(() -> robot.lookup("#settlements-view").tryQuery().isPresent());
    assertThat(events)
        .endsWith("deactivate blotter", "activate settlements")
        .doesNotContain("create settlements");

    robot.press(KeyCode.F5).release(KeyCode.F5);
    robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
    waitUntil(() -> events.contains("search settlements"));
    assertThat(events).contains("refresh settlements");

    robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
    waitUntil(() -> events.contains("quit"));
  }

  @Test
  void remembersTheScreenThemeAndWindowSizeWhenTheLayoutIsSaved(FxRobot robot) {
    robot.clickOn("#nav-blotter");
    onFx(
        () -> {
          main.viewModel().darkThemeProperty().set(true);
          stage.setWidth(1100);
        });
    onFx(uiState::save);
    onFx(() -> Theme.LIGHT.apply());

    assertThat(uiState.get(MainViewModel.SELECTED_SCREEN_KEY)).contains("blotter");
    assertThat(uiState.getBoolean(MainViewModel.DARK_THEME_KEY, false)).isTrue();
    assertThat(uiState.getDouble("window.width", 0)).isEqualTo(1100);
    assertThat(uiState.get("split.main")).isPresent();
  }

  @Test
  void theNextWindowOnTheStageEndsThisOneAndStopsItFollowingTheStage() {
    onFx(() -> stage.setScene(new Scene(new Label("next user"))));
    assertThat(events).endsWith("deactivate settlements");

    onFx(() -> stage.setWidth(1200));
    onFx(uiState::save);
    assertThat(uiState.getDouble("window.width", 0))
        .as("the closed window no longer records the stage's size")
        .isEqualTo(1000);
  }

  @Test
  void aWindowTheNextUserReplacedCanBeReleased() {
    // Switch user all day long must not keep every earlier user's window (and its screens) alive:
    // each user has their own layout state; the stage, the task monitor and the windows stay
    WeakReference<MainWindow> ended =
        onFx(
            () -> {
              ScreenContext user =
                  RefDataFixture.screenContext(
                      workspace, new DirectTaskExecutor(), monitor, UiState.inMemory());
              MainWindow window = new MainWindow(user, registry(), FirmProfile.NONE, () -> {});
              window.show(stage);
              return new WeakReference<>(window);
            });
    onFx(() -> stage.setScene(new Scene(new Label("next user"))));
    contexts.clear(); // what this test's screens kept of their window
    for (int i = 0; i < 20 && ended.get() != null; i++) {
      System.gc();
      WaitForAsyncUtils.waitForFxEvents();
    }
    assertThat(ended.get()).as("the replaced main window is still referenced").isNull();
  }

  @Test
  void aScreenDrillsToAnotherWhichShowsTheItem(FxRobot robot) {
    events.clear();
    onFx(() -> contexts.get("settlements").open("blotter", "T00000007"));
    assertThat(events)
        .containsExactly(
            "deactivate settlements",
            "create blotter",
            "activate blotter",
            "reveal blotter T00000007");
    assertThat(robot.lookup("#screen-title").queryAs(Label.class).getText()).isEqualTo("Blotter");

    events.clear();
    onFx(() -> contexts.get("blotter").open("audit", "3"));
    assertThat(events).as("a screen this user does not have").isEmpty();
  }
}
