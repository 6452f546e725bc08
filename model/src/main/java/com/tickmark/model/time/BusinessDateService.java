package com.tickmark.model.time;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.json.Json;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.tx.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The firm's business date. It never follows the wall clock: end of day moves it to the next
 * weekday on which at least one of the firm's markets is open (a firm trading in New York, London
 * and Frankfurt works on Juneteenth, when only New York is closed).
 */
public final class BusinessDateService implements BusinessDateProvider {
  public static final String ENTITY = "BusinessDate";

  private final BusinessDateStore store;
  private final AuditTrail audit;
  private final Transactions tx;
  private final Clock clock;

  public BusinessDateService(
      BusinessDateStore store, AuditTrail audit, Transactions tx, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public LocalDate businessDate() {
    return store
        .businessDate()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "This workspace has no business date yet; create a firm first."));
  }

  /** Moves the business date to the next day open on at least one of {@code calendars}. */
  public LocalDate rollToNextBusinessDay(
      Actor actor, List<HolidayCalendar> calendars, String reason) {
    actor.require(Permission.ROLL_BUSINESS_DATE);
    if (calendars.isEmpty()) {
      throw new IllegalArgumentException(
          "End of day needs the firm's market calendars to find the next business day.");
    }
    LocalDate rolled =
        tx.inTransaction(
            () -> {
              LocalDate from = businessDate();
              LocalDate to = from.plusDays(1);
              while (!openOnAny(calendars, to)) {
                to = to.plusDays(1);
              }
              store.setBusinessDate(to);
              audit.append(
                  new AuditEvent(
                      actor.username(),
                      clock.instant(),
                      ENTITY,
                      "",
                      AuditAction.STATUS_CHANGE,
                      Json.write(Map.of("businessDate", from)),
                      Json.write(Map.of("businessDate", to)),
                      reason));
              return to;
            });
    audit.anchor("end-of-day:" + rolled);
    return rolled;
  }

  private static boolean openOnAny(List<HolidayCalendar> calendars, LocalDate date) {
    return calendars.stream().anyMatch(c -> c.isBusinessDay(date));
  }
}
