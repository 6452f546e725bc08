package com.tickmark.app.ui.common;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Date pickers show and read ISO dates, typed or picked, and put back text that is not a date. */
@ExtendWith(ApplicationExtension.class)
class DatePickersFxTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

  private final List<Throwable> errors = new CopyOnWriteArrayList<>();
  private DatePicker picker;
  private TextField next;

  @Start
  void start(Stage stage) {
    Thread.currentThread().setUncaughtExceptionHandler((t, e) -> errors.add(e));
    picker = DatePickers.iso();
    picker.setId("picker");
    next = new TextField();
    next.setId("next");
    stage.setScene(new Scene(new VBox(8, picker, next), 320, 160));
    stage.show();
  }

  @AfterEach
  void noErrors() {
    assertThat(errors).isEmpty();
  }

  @Test
  void aPickedDateShowsInIsoForm() {
    onFx(() -> picker.setValue(DAY));
    assertThat(picker.getEditor().getText()).isEqualTo("2026-12-04");
    assertThat(picker.getPromptText()).isEqualTo("YYYY-MM-DD");
  }

  @Test
  void aTypedIsoDateIsRead(FxRobot robot) {
    robot.clickOn(picker.getEditor()).write("2026-12-04").type(KeyCode.TAB);
    waitUntil(() -> DAY.equals(picker.getValue()));
    assertThat(picker.getEditor().getText()).isEqualTo("2026-12-04");
  }

  @Test
  void textThatIsNotADateIsPutBackWithoutAnError(FxRobot robot) {
    onFx(() -> picker.setValue(DAY));
    robot.clickOn(picker.getEditor());
    onFx(() -> picker.getEditor().selectAll());
    robot.write("12/5/2026").type(KeyCode.ENTER);
    robot.clickOn(next);
    waitUntil(() -> picker.getEditor().getText().equals("2026-12-04"));
    assertThat(picker.getValue()).isEqualTo(DAY);
  }

  @Test
  void sayHowToWriteADate() {
    assertThat(DatePickers.parse(" 2026-12-04 ")).isEqualTo(DAY);
    assertThat(DatePickers.parse("  ")).isNull();
    assertThatThrownBy(() -> DatePickers.parse("12/4/2026"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessage(
            "'12/4/2026' is not a date: write it as year-month-day, for example 2026-12-04");
  }
}
