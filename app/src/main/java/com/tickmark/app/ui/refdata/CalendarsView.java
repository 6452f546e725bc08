package com.tickmark.app.ui.refdata;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TablePane;
import com.tickmark.model.calendar.HolidayCalendar;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * Holiday calendars: calendar and year pickers with the business-day count, above the holidays
 * table.
 */
final class CalendarsView {
  private final BorderPane root = new BorderPane();
  private final TablePane<Rows.HolidayRow> table;

  CalendarsView(CalendarsViewModel vm, UiState uiState, TableExports exports) {
    ComboBox<HolidayCalendar> calendar = new ComboBox<>(vm.calendars());
    calendar.setId("refdata-calendar");
    calendar.valueProperty().bindBidirectional(vm.selectedProperty());
    calendar.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(HolidayCalendar c) {
            return c == null ? "" : c.code() + " \u2014 " + c.name();
          }

          @Override
          public HolidayCalendar fromString(String text) {
            return null;
          }
        });
    calendar.setButtonCell(
        new ListCell<>() {
          @Override
          protected void updateItem(HolidayCalendar c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? "" : c.code() + " \u2014 " + c.name());
          }
        });
    calendar.setPrefWidth(320);
    ComboBox<Integer> year = new ComboBox<>(vm.years());
    year.setId("refdata-calendar-year");
    year.valueProperty().bindBidirectional(vm.yearProperty());
    year.setPrefWidth(100);
    year.setMinWidth(Region.USE_PREF_SIZE);
    Label summary = new Label();
    summary.setId("refdata-calendar-summary");
    summary.textProperty().bind(vm.summaryProperty());
    summary.getStyleClass().add(Styles.TEXT_BOLD);
    summary.setWrapText(true);
    Label calendarLabel = new Label("Calendar");
    calendarLabel.setLabelFor(calendar);
    calendarLabel.setMinWidth(Region.USE_PREF_SIZE);
    Label yearLabel = new Label("Year");
    yearLabel.setLabelFor(year);
    yearLabel.setMinWidth(Region.USE_PREF_SIZE);
    HBox pickers = new HBox(8, calendarLabel, calendar, yearLabel, year, summary);
    HBox.setMargin(yearLabel, new Insets(0, 0, 0, 8));
    HBox.setMargin(summary, new Insets(0, 0, 0, 16));
    pickers.setAlignment(Pos.CENTER_LEFT);
    pickers.setPadding(new Insets(8, 8, 4, 8));

    table = new TablePane<>(vm.holidays(), uiState, exports);
    table.setExportTitle(
        () ->
            vm.selectedProperty().get() == null
                ? "Holidays"
                : "Holidays " + vm.selectedProperty().get().code() + " " + vm.yearProperty().get());
    root.setTop(pickers);
    root.setCenter(table.root());
  }

  void focusSearch() {
    table.focusFilter();
  }

  Node root() {
    return root;
  }
}
