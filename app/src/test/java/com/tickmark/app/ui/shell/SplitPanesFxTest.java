package com.tickmark.app.ui.shell;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tickmark.app.ui.UiState;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Divider positions come back where the user left them, whatever size the window takes. */
@ExtendWith(ApplicationExtension.class)
class SplitPanesFxTest {
  private Stage stage;

  /**
   * A window like the blotter's on a second start: a table and a detail pane, the split built
   * before the window has its size, which it takes only when shown.
   */
  private SplitPane show(UiState state, double... defaults) {
    return onFx(
        () -> {
          TableView<String> table = new TableView<>();
          StackPane detail = new StackPane();
          SplitPane split = new SplitPane(table, detail);
          SplitPanes.remember(split, "blotter", state, defaults);
          stage = new Stage();
          stage.setScene(new Scene(new BorderPane(split)));
          stage.setWidth(1280);
          stage.setHeight(800);
          stage.show();
          return split;
        });
  }

  private static double tableWidth(SplitPane split) {
    return onFx(() -> split.getItems().get(0).getLayoutBounds().getWidth() / split.getWidth());
  }

  @Test
  void savedPositionsComeBackInTheWindowsFinalSize() {
    UiState state = UiState.inMemory();
    state.put("split.blotter", "0.8000");
    SplitPane split = show(state);
    waitUntil(() -> onFx(() -> split.getWidth() > 1000));
    waitUntil(() -> Math.abs(tableWidth(split) - 0.8) < 0.02);
    assertThat(tableWidth(split)).isCloseTo(0.8, within(0.02));
    onFx(() -> stage.close());
  }

  @Test
  void theFirstTimeTheDefaultsApplyAndTheyAreSavedAsTheUserLeavesThem() {
    UiState state = UiState.inMemory();
    SplitPane split = show(state, 0.7);
    waitUntil(() -> Math.abs(tableWidth(split) - 0.7) < 0.02);
    onFx(() -> split.setDividerPositions(0.55));
    state.save();
    assertThat(state.get("split.blotter")).contains("0.5500");
    onFx(() -> stage.close());
  }

  @Test
  void aValueThatIsNotANumberKeepsTheDefaults() {
    UiState state = UiState.inMemory();
    state.put("split.blotter", "wide");
    SplitPane split = show(state, 0.6);
    waitUntil(() -> Math.abs(tableWidth(split) - 0.6) < 0.02);
    assertThat(tableWidth(split)).isCloseTo(0.6, within(0.02));
    onFx(() -> stage.close());
  }
}
