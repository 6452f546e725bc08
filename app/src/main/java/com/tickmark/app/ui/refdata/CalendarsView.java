package com.tickmark.app.ui.refdata;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.common.Permitted;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TablePane;
import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.refdata.ReferenceDataKind;
import com.tickmark.model.refdata.ReferenceDataMaintenance.Outcome;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Holiday calendars: calendar and year pickers with the business-day count and the calendar's Add,
 * Edit and Retire, above the holidays table with Add holiday and Remove holiday.
 */
final class CalendarsView {
  private final BorderPane root = new BorderPane();
  private final TablePane<Rows.HolidayRow> table;

  CalendarsView(
      CalendarsViewModel vm, ReferenceDataEditing editing, UiState uiState, TableExports exports) {
    ComboBox<HolidayCalendar> calendar = new ComboBox<>(vm.calendars());
    calendar.setId("refdata-calendar");
    calendar.valueProperty().bindBidirectional(vm.selectedProperty());
    calendar.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(HolidayCalendar c) {
            return label(c);
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
            setText(empty ? "" : label(c));
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
    table = new TablePane<>(vm.holidays(), uiState, exports);
    HBox calendarCommands = calendarCommands(vm, editing, table);
    // groups that wrap to a second line in a narrow pane rather than cut their labels
    FlowPane pickers =
        new FlowPane(
            16,
            6,
            group(calendarLabel, calendar, calendarCommands),
            group(yearLabel, year),
            summary);
    pickers.setAlignment(Pos.CENTER_LEFT);
    pickers.setPadding(new Insets(8, 8, 4, 8));

    table.addToToolbar(holidayCommands(vm, editing, table));
    table.setExportTitle(
        () ->
            vm.selectedProperty().get() == null
                ? "Holidays"
                : "Holidays " + vm.selectedProperty().get().code() + " " + vm.yearProperty().get());
    root.setTop(pickers);
    root.setCenter(table.root());
  }

  private static HBox group(Node... nodes) {
    HBox box = new HBox(8, nodes);
    box.setAlignment(Pos.CENTER_LEFT);
    box.setMinWidth(Region.USE_PREF_SIZE);
    return box;
  }

  private static String label(HolidayCalendar c) {
    return c == null
        ? ""
        : c.code() + " \u2014 " + c.name() + (c.retired() ? " (" + Rows.status(true) + ")" : "");
  }

  /** Add a calendar, edit or retire (reinstate) the one picked. */
  private static HBox calendarCommands(
      CalendarsViewModel vm, ReferenceDataEditing editing, TablePane<Rows.HolidayRow> table) {
    ReferenceDataKind kind = ReferenceDataKind.CALENDAR;
    ObjectProperty<HolidayCalendar> picked = vm.selectedProperty();
    Consumer<Outcome> done = editing::done;
    Button add =
        EditCommands.button(
            "refdata-calendar-add", "Add…", MaterialDesignP.PLUS, "Add a new calendar");
    add.setOnAction(e -> ChangeDialog.show(window(table), editing.addForm(kind), done));
    Button edit =
        EditCommands.button(
            "refdata-calendar-edit", "Edit…", MaterialDesignP.PENCIL, "Rename this calendar");
    edit.setOnAction(
        e -> ChangeDialog.show(window(table), editing.editForm(kind, picked.get().code()), done));
    Button retire =
        EditCommands.button(
            "refdata-calendar-retire",
            "Retire…",
            MaterialDesignA.ARCHIVE_OUTLINE,
            "Retire this calendar (not offered for new settlement conventions), or take a retired"
                + " one back into use");
    retire
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> picked.get() != null && picked.get().retired() ? "Reinstate…" : "Retire…",
                picked));
    retire.setOnAction(
        e ->
            ChangeDialog.show(
                window(table),
                editing.retireForm(kind, picked.get().code(), picked.get().retired()),
                done));
    return EditCommands.commands(editing, add, edit, retire, picked.isNull());
  }

  /** Add a holiday to the picked calendar, remove the one selected in the table. */
  private static HBox holidayCommands(
      CalendarsViewModel vm, ReferenceDataEditing editing, TablePane<Rows.HolidayRow> table) {
    ObjectProperty<HolidayCalendar> picked = vm.selectedProperty();
    ReadOnlyObjectProperty<Rows.HolidayRow> row =
        table.table().getSelectionModel().selectedItemProperty();
    Consumer<Outcome> done = editing::done;
    Button add =
        EditCommands.button(
            "refdata-holiday-add",
            "Add holiday…",
            MaterialDesignC.CALENDAR_PLUS,
            "Add a holiday to this calendar");
    add.setOnAction(
        e -> ChangeDialog.show(window(table), editing.addHolidayForm(picked.get().code()), done));
    Button remove =
        EditCommands.button(
            "refdata-holiday-remove",
            "Remove holiday…",
            MaterialDesignC.CALENDAR_REMOVE,
            "Make the selected holiday a business day again");
    remove.setOnAction(
        e ->
            ChangeDialog.show(
                window(table),
                editing.removeHolidayForm(picked.get().code(), row.get().date(), row.get().name()),
                done));
    Permitted permitted = editing.permitted();
    HBox box = new HBox(2, permitted.offer(add), permitted.offer(remove));
    if (permitted.allowed()) {
      add.disableProperty().bind(picked.isNull());
      remove.disableProperty().bind(row.isNull());
    }
    return box;
  }

  private static Window window(TablePane<?> table) {
    return table.root().getScene().getWindow();
  }

  void focusSearch() {
    table.focusFilter();
  }

  Node root() {
    return root;
  }
}
