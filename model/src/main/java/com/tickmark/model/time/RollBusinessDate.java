package com.tickmark.model.time;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.security.Actor;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The last step of the end of day: moves the business date to the next day one of the firm's
 * markets is open (needs ROLL_BUSINESS_DATE).
 */
public final class RollBusinessDate implements EndOfDayStep {
  private final BusinessDateService businessDate;
  private final String setting;
  private final Supplier<Optional<String>> firmCalendars;
  private final Function<Actor, Map<String, HolidayCalendar>> calendars;

  /**
   * @param setting the name of the workspace setting that lists the firm's calendars, for messages
   * @param firmCalendars the codes of the firm's calendars, comma-separated ("XNYS,TARGET")
   * @param calendars the workspace's holiday calendars by code, as {@code actor} may read them
   */
  public RollBusinessDate(
      BusinessDateService businessDate,
      String setting,
      Supplier<Optional<String>> firmCalendars,
      Function<Actor, Map<String, HolidayCalendar>> calendars) {
    this.businessDate = businessDate;
    this.setting = setting;
    this.firmCalendars = firmCalendars;
    this.calendars = calendars;
  }

  @Override
  public String name() {
    return "Move the business date to the next day one of the firm's markets is open";
  }

  @Override
  public String run(Actor actor, String reason) {
    String codes =
        firmCalendars
            .get()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The workspace does not say which markets the firm works on (setting "
                            + setting
                            + "); create the firm first."));
    Map<String, HolidayCalendar> all = calendars.apply(actor);
    List<HolidayCalendar> firms =
        Arrays.stream(codes.split(",")).map(code -> calendar(all, code)).toList();
    LocalDate from = businessDate.businessDate();
    LocalDate to = businessDate.rollToNextBusinessDay(actor, firms, reason);
    return "Business date moved from " + from + " to " + to + ".";
  }

  private static HolidayCalendar calendar(Map<String, HolidayCalendar> all, String code) {
    HolidayCalendar c = all.get(code.trim());
    if (c == null) {
      throw new IllegalStateException(
          "The firm's calendar " + code + " is not in the workspace's reference data.");
    }
    return c;
  }
}
