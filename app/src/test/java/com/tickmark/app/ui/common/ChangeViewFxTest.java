package com.tickmark.app.ui.common;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.common.Changes.FieldChange;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The before and after in a narrow detail pane: long paths on one line, numbers never cut. */
@ExtendWith(ApplicationExtension.class)
class ChangeViewFxTest {
  static final String PATH = "/home/clerk/Documents/Tickmark/exports/blotter-2025-11-20-momo.xlsx";

  private ChangeView view;

  @Start
  void start(Stage stage) {
    view = new ChangeView("changes");
    stage.setScene(new Scene(new StackPane(view.root()), 400, 300));
    stage.show();
  }

  @Test
  void aLongPathStaysOnOneLineAndShowsWholeInItsTooltip(FxRobot robot) {
    onFx(
        () ->
            view.setChanges(
                List.of(
                    new FieldChange("Destination", null, PATH),
                    new FieldChange("Notional", "210,200.00", "383,722,846.00"))));
    WaitForAsyncUtils.waitForFxEvents(); // the cells' skins are made at the next pulse
    Label path = cellShowing(robot, PATH);
    Label single = cellShowing(robot, "383,722,846.00");
    assertThat(path.getTooltip().getText()).isEqualTo(PATH);
    assertThat(path.getHeight())
        .as("one line, as high as a number's cell")
        .isEqualTo(single.getHeight());
    assertThat(shown(single)).isEqualTo("383,722,846.00");
    assertThat(shown(cellShowing(robot, "210,200.00"))).isEqualTo("210,200.00");
  }

  @Test
  void aRecordsCreationShowsNoEmptyBeforeSideAndItsValuesOnOneLine(FxRobot robot) {
    onFx(
        () ->
            view.setChanges(
                List.of(
                    new FieldChange("Firm", null, "Larkspur Point Capital LP"),
                    new FieldChange("Business date", null, "2026-12-04"))));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup(".change-header").queryAllAs(Label.class))
        .extracting(Label::getText)
        .as("a column of dashes would take the room the values need")
        .containsExactly("Field", "After");
    assertThat(cellShowing(robot, "Larkspur Point Capital LP").getHeight())
        .as("one line")
        .isEqualTo(cellShowing(robot, "2026-12-04").getHeight());
  }

  private static Label cellShowing(FxRobot robot, String text) {
    return robot.lookup(".change-cell").queryAllAs(Label.class).stream()
        .filter(l -> l.getText().equals(text))
        .findFirst()
        .orElseThrow();
  }

  /** The text a label draws, an ellipsis and all. */
  private static String shown(Label label) {
    return ((Text) label.lookup(".text")).getText();
  }
}
