package com.tickmark.model.demo;

import com.tickmark.model.calendar.Holiday;
import com.tickmark.model.calendar.HolidayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Small holiday calendars for the demo generator's tests: a few real closures per market for
 * December 2023 to 2025, enough to have days when only some markets are open (US Thanksgiving,
 * Easter Monday in Europe, 1 May in Frankfurt) and days when all are shut (Good Friday, Christmas).
 */
final class DemoTestCalendars {
  private DemoTestCalendars() {}

  static Map<String, HolidayCalendar> all() {
    Map<String, HolidayCalendar> m = new TreeMap<>();
    m.put(
        "XNYS",
        calendar(
            "XNYS",
            "New York Stock Exchange",
            "2023-12-25",
            "2024-01-01",
            "2024-01-15",
            "2024-02-19",
            "2024-03-29",
            "2024-05-27",
            "2024-06-19",
            "2024-07-04",
            "2024-09-02",
            "2024-11-28",
            "2024-12-25",
            "2025-01-01",
            "2025-01-09",
            "2025-01-20",
            "2025-02-17",
            "2025-04-18",
            "2025-05-26",
            "2025-06-19",
            "2025-07-04",
            "2025-09-01",
            "2025-11-27",
            "2025-12-25"));
    m.put(
        "XLON",
        calendar(
            "XLON",
            "London Stock Exchange",
            "2023-12-25",
            "2023-12-26",
            "2024-01-01",
            "2024-03-29",
            "2024-04-01",
            "2024-05-06",
            "2024-05-27",
            "2024-08-26",
            "2024-12-25",
            "2024-12-26",
            "2025-01-01",
            "2025-04-18",
            "2025-04-21",
            "2025-05-05",
            "2025-05-26",
            "2025-08-25",
            "2025-12-25",
            "2025-12-26"));
    m.put(
        "XETR",
        calendar(
            "XETR",
            "Xetra",
            "2023-12-25",
            "2023-12-26",
            "2024-01-01",
            "2024-03-29",
            "2024-04-01",
            "2024-05-01",
            "2024-12-24",
            "2024-12-25",
            "2024-12-26",
            "2024-12-31",
            "2025-01-01",
            "2025-04-18",
            "2025-04-21",
            "2025-05-01",
            "2025-12-24",
            "2025-12-25",
            "2025-12-26",
            "2025-12-31"));
    m.put(
        "TARGET",
        calendar(
            "TARGET",
            "TARGET2",
            "2023-12-25",
            "2023-12-26",
            "2024-01-01",
            "2024-03-29",
            "2024-04-01",
            "2024-05-01",
            "2024-12-25",
            "2024-12-26",
            "2025-01-01",
            "2025-04-18",
            "2025-04-21",
            "2025-05-01",
            "2025-12-25",
            "2025-12-26"));
    m.put(
        "USNY",
        calendar(
            "USNY",
            "New York Fed",
            "2023-12-25",
            "2024-01-01",
            "2024-01-15",
            "2024-02-19",
            "2024-05-27",
            "2024-06-19",
            "2024-07-04",
            "2024-09-02",
            "2024-10-14",
            "2024-11-11",
            "2024-11-28",
            "2024-12-25",
            "2025-01-01",
            "2025-01-20",
            "2025-02-17",
            "2025-05-26",
            "2025-06-19",
            "2025-07-04",
            "2025-09-01",
            "2025-10-13",
            "2025-11-11",
            "2025-11-27",
            "2025-12-25"));
    return m;
  }

  private static HolidayCalendar calendar(String code, String name, String... dates) {
    List<Holiday> holidays = new ArrayList<>();
    for (String d : dates) {
      holidays.add(new Holiday(LocalDate.parse(d), "Closed"));
    }
    return new HolidayCalendar(code, name, holidays);
  }
}
