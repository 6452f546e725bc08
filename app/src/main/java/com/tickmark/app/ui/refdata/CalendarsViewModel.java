package com.tickmark.app.ui.refdata;

import com.tickmark.app.ui.refdata.Rows.HolidayRow;
import com.tickmark.app.ui.table.ColumnSpec;
import com.tickmark.app.ui.table.Formats;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.model.calendar.Holiday;
import com.tickmark.model.calendar.HolidayCalendar;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Holiday calendars: pick a calendar and a year to see its holidays (date, weekday, name) and how
 * many business days the year has. Works on calendars already loaded; no query of its own.
 */
public final class CalendarsViewModel {
  private final ObservableList<HolidayCalendar> calendars = FXCollections.observableArrayList();
  private final ObjectProperty<HolidayCalendar> selected =
      new SimpleObjectProperty<>(this, "selected");
  private final ObservableList<Integer> years = FXCollections.observableArrayList();
  private final ObjectProperty<Integer> year = new SimpleObjectProperty<>(this, "year");
  private final ReadOnlyIntegerWrapper businessDays =
      new ReadOnlyIntegerWrapper(this, "businessDays");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final TableModel<HolidayRow> holidays =
      new TableModel<>(
          "refdata.holidays",
          "holidays",
          List.of(
              ColumnSpec.date("date", "Date", HolidayRow::date).withWidth(110),
              ColumnSpec.text("weekday", "Weekday", HolidayRow::weekday).withWidth(110),
              ColumnSpec.text("name", "Holiday", HolidayRow::name).withWidth(300)));
  private int defaultYear = 2000;

  public CalendarsViewModel() {
    selected.addListener(
        (obs, old, calendar) -> {
          updateYears();
          update();
        });
    year.addListener((obs, old, y) -> update());
  }

  /**
   * Replaces the calendars; keeps the selected one (by code) if it is still there.
   *
   * @param today the business date (or today), whose year is shown first
   */
  public void setCalendars(Collection<HolidayCalendar> all, LocalDate today) {
    defaultYear = today.getYear();
    String keep = selected.get() == null ? null : selected.get().code();
    calendars.setAll(all.stream().sorted(Comparator.comparing(HolidayCalendar::code)).toList());
    HolidayCalendar next =
        calendars.stream()
            .filter(c -> c.code().equals(keep))
            .findFirst()
            .orElse(calendars.isEmpty() ? null : calendars.get(0));
    if (next == selected.get()) {
      updateYears();
      update();
    } else {
      selected.set(next);
    }
  }

  private void updateYears() {
    HolidayCalendar calendar = selected.get();
    TreeSet<Integer> available = new TreeSet<>();
    available.add(defaultYear);
    if (calendar != null) {
      calendar.holidays().forEach(h -> available.add(h.date().getYear()));
    }
    Integer keep = year.get();
    years.setAll(available);
    year.set(keep != null && available.contains(keep) ? keep : defaultYear);
  }

  private void update() {
    HolidayCalendar calendar = selected.get();
    Integer y = year.get();
    if (calendar == null || y == null) {
      holidays.clear();
      businessDays.set(0);
      summary.set("");
      return;
    }
    List<Holiday> inYear = calendar.holidays(y);
    holidays.setAll(
        inYear.stream()
            .map(
                h ->
                    new HolidayRow(
                        h.date(),
                        h.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                        h.name()))
            .toList());
    int count = calendar.businessDays(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)).size();
    businessDays.set(count);
    long onWeekdays = inYear.stream().filter(h -> !HolidayCalendar.isWeekend(h.date())).count();
    summary.set(
        String.format(
            Locale.ROOT,
            "%s business days in %d · %d holidays, %d on weekdays",
            Formats.grouped(count),
            y,
            inYear.size(),
            onWeekdays));
  }

  public ObservableList<HolidayCalendar> calendars() {
    return calendars;
  }

  public ObjectProperty<HolidayCalendar> selectedProperty() {
    return selected;
  }

  /** The years to choose from: those with holidays, and the current one. */
  public ObservableList<Integer> years() {
    return years;
  }

  public ObjectProperty<Integer> yearProperty() {
    return year;
  }

  /** Business days (neither weekend nor holiday) of the selected calendar in the selected year. */
  public ReadOnlyIntegerProperty businessDaysProperty() {
    return businessDays.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public TableModel<HolidayRow> holidays() {
    return holidays;
  }
}
