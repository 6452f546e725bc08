package com.tickmark.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.audit.AuditVerification;
import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.calendar.MarketCalendars;
import com.tickmark.model.security.AccessDeniedException;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.model.tx.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessDateServiceTest {
  static final Actor ACCOUNTANT = new Actor(new UserId(1), "arjun", Set.of(Role.ACCOUNTANT));
  static final Actor CLERK = new Actor(new UserId(2), "carla", Set.of(Role.CLERK));
  final List<AuditEvent> audited = new ArrayList<>();
  LocalDate stored;

  final BusinessDateStore store =
      new BusinessDateStore() {
        @Override
        public Optional<LocalDate> businessDate() {
          return Optional.ofNullable(stored);
        }

        @Override
        public void setBusinessDate(LocalDate date) {
          stored = date;
        }
      };

  final AuditTrail audit =
      new AuditTrail() {
        @Override
        public AuditRecord append(AuditEvent event) {
          audited.add(event);
          return AuditRecord.chain(audited.size(), event, AuditRecord.GENESIS);
        }

        @Override
        public AuditVerification verify() {
          return AuditVerification.intact(audited.size());
        }

        @Override
        public List<AuditRecord> search(AuditFilter filter) {
          return List.of();
        }
      };

  final BusinessDateService service =
      new BusinessDateService(
          store,
          audit,
          Transactions.DIRECT,
          Clock.fixed(Instant.parse("2025-06-18T22:00:00Z"), ZoneOffset.UTC));
  final HolidayCalendar xnys = MarketCalendars.xnys(2025, 2025);
  final HolidayCalendar xlon = MarketCalendars.xlon(2025, 2025);

  @Test
  void endOfDayMovesToTheNextDayAnyOfTheFirmsMarketsIsOpenAndAuditsIt() {
    stored = LocalDate.of(2025, 6, 18);
    // Juneteenth: New York is closed, London is open, so the firm works
    assertThat(service.rollToNextBusinessDay(ACCOUNTANT, List.of(xnys, xlon), "end of day"))
        .isEqualTo(LocalDate.of(2025, 6, 19));
    assertThat(audited)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo("arjun");
              assertThat(e.before()).contains("2025-06-18");
              assertThat(e.after()).contains("2025-06-19");
            });
  }

  @Test
  void aUsOnlyFirmSkipsJuneteenthAndTheWeekend() {
    stored = LocalDate.of(2025, 6, 18);
    assertThat(service.rollToNextBusinessDay(ACCOUNTANT, List.of(xnys), "eod"))
        .isEqualTo(LocalDate.of(2025, 6, 20));
    assertThat(service.rollToNextBusinessDay(ACCOUNTANT, List.of(xnys), "eod"))
        .isEqualTo(LocalDate.of(2025, 6, 23));
  }

  @Test
  void onlyUsersAllowedToRollTheBusinessDateMayAndNothingChangesOtherwise() {
    stored = LocalDate.of(2025, 6, 18);
    assertThatThrownBy(() -> service.rollToNextBusinessDay(CLERK, List.of(xnys), "eod"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(stored).isEqualTo(LocalDate.of(2025, 6, 18));
    assertThat(audited).isEmpty();
  }

  @Test
  void theEndOfDayStepRollsOnTheFirmsCalendarsAndSaysFromWhichDateToWhich() {
    stored = LocalDate.of(2025, 6, 18);
    RollBusinessDate roll =
        new RollBusinessDate(
            service,
            "firm.calendars",
            () -> Optional.of("XNYS, XLON"),
            actor -> Map.of("XNYS", xnys, "XLON", xlon));
    assertThat(roll.run(ACCOUNTANT, "end of day"))
        .isEqualTo("Business date moved from 2025-06-18 to 2025-06-19.");
  }

  @Test
  void theEndOfDayStepRefusesAWorkspaceThatDoesNotNameOrHoldTheFirmsCalendars() {
    stored = LocalDate.of(2025, 6, 18);
    RollBusinessDate unnamed =
        new RollBusinessDate(service, "firm.calendars", Optional::empty, actor -> Map.of());
    assertThatThrownBy(() -> unnamed.run(ACCOUNTANT, "end of day"))
        .hasMessage(
            "The workspace does not say which markets the firm works on (setting firm.calendars);"
                + " create the firm first.");
    RollBusinessDate missing =
        new RollBusinessDate(
            service,
            "firm.calendars",
            () -> Optional.of("XNYS,XTKS"),
            actor -> Map.of("XNYS", xnys));
    assertThatThrownBy(() -> missing.run(ACCOUNTANT, "end of day"))
        .hasMessage("The firm's calendar XTKS is not in the workspace's reference data.");
    assertThat(stored).isEqualTo(LocalDate.of(2025, 6, 18));
  }
}
