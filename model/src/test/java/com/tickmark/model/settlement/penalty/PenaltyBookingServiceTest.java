package com.tickmark.model.settlement.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.audit.AuditVerification;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.security.AccessDeniedException;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.tx.Transactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Marking CSDR penalties booked: a month once it is over, or one penalty; audited, once. */
class PenaltyBookingServiceTest {
  static final Actor ACCOUNTANT = new Actor(new UserId(1), "arjun", Set.of(Role.ACCOUNTANT));
  static final Actor CLERK = new Actor(new UserId(2), "carla", Set.of(Role.CLERK));
  static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
  static final LocalDate NOV_13 = LocalDate.of(2026, 11, 13);
  static final LocalDate NOV_16 = LocalDate.of(2026, 11, 16);
  static final Instant NOW = Instant.parse("2026-12-02T09:30:00Z");
  static final TradeId T1 = new TradeId(1);
  static final TradeId T2 = new TradeId(2);

  /** What the penalty service charges now; a test changes it to stand for a later status file. */
  List<Penalty> charged =
      new ArrayList<>(
          List.of(
              penalty(T1, NOV_13, PenaltyDirection.PAY, "12.50", CurrencyCode.EUR),
              penalty(T1, NOV_16, PenaltyDirection.PAY, "12.75", CurrencyCode.EUR),
              penalty(T2, NOV_13, PenaltyDirection.RECEIVE, "3.10", CurrencyCode.EUR),
              penalty(T2, NOV_16, PenaltyDirection.RECEIVE, "4.00", CurrencyCode.GBP)));

  LocalDate businessDate = LocalDate.of(2026, 12, 2);
  final List<PenaltyBooking> stored = new ArrayList<>();
  final List<AuditEvent> audited = new ArrayList<>();

  final PenaltyBookingStore store =
      new PenaltyBookingStore() {
        @Override
        public void insert(List<PenaltyBooking> bookings) {
          for (PenaltyBooking b : bookings) {
            if (stored.stream().anyMatch(s -> s.key().equals(b.key()))) {
              throw new IllegalStateException("booked twice: " + b.key());
            }
          }
          stored.addAll(bookings);
        }

        @Override
        public List<PenaltyBooking> between(LocalDate from, LocalDate to) {
          return stored.stream()
              .filter(b -> !b.key().date().isBefore(from) && !b.key().date().isAfter(to))
              .toList();
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

  final PenaltyBookingService service =
      new PenaltyBookingService(
          (actor, from, to) -> {
            actor.require(Permission.VIEW_DATA);
            return new PenaltyRun(
                charged.stream()
                    .filter(p -> !p.date().isBefore(from) && !p.date().isAfter(to))
                    .toList(),
                List.of());
          },
          store,
          audit,
          Transactions.DIRECT,
          Clock.fixed(NOW, ZoneOffset.UTC),
          () -> businessDate);

  static Penalty penalty(
      TradeId trade, LocalDate date, PenaltyDirection direction, String amount, CurrencyCode ccy) {
    return new Penalty(
        trade,
        "E" + trade.value(),
        new CounterpartyId(9),
        date,
        new InstrumentId(10),
        null,
        new BigDecimal("1000"),
        new BigDecimal("125"),
        new BigDecimal("0.0001"),
        "liquid share",
        new BigDecimal(amount),
        ccy,
        direction,
        "LACK");
  }

  @Test
  void bookingAMonthBooksEachPenaltyOnceWithItsAmountAndWhoBookedIt() {
    PenaltyBookingService.Booked booked = service.bookMonth(ACCOUNTANT, NOVEMBER);

    assertThat(booked.booked()).hasSize(4);
    assertThat(booked.bookedBefore()).isZero();
    assertThat(booked.totals())
        .containsExactly(
            new PenaltySum(CurrencyCode.EUR, PenaltyDirection.PAY, 2, new BigDecimal("25.25")),
            new PenaltySum(CurrencyCode.EUR, PenaltyDirection.RECEIVE, 1, new BigDecimal("3.10")),
            new PenaltySum(CurrencyCode.GBP, PenaltyDirection.RECEIVE, 1, new BigDecimal("4.00")));
    assertThat(stored)
        .extracting(PenaltyBooking::key)
        .containsExactlyInAnyOrderElementsOf(charged.stream().map(Penalty::key).toList());
    assertThat(stored)
        .allSatisfy(
            b -> {
              assertThat(b.bookedBy()).isEqualTo("arjun");
              assertThat(b.bookedAt()).isEqualTo(NOW);
            });
    assertThat(service.between(ACCOUNTANT, NOVEMBER.atDay(1), NOVEMBER.atEndOfMonth()).penalties())
        .allSatisfy(p -> assertThat(p.booked()).isTrue());
  }

  @Test
  void eachBookingIsAudited() {
    service.bookMonth(ACCOUNTANT, NOVEMBER);

    assertThat(audited).hasSize(4);
    AuditEvent first =
        audited.stream()
            .filter(e -> e.entityId().equals("T00000001 2026-11-13 PAY"))
            .findFirst()
            .orElseThrow();
    assertThat(first.entityType()).isEqualTo(PenaltyBookingService.ENTITY);
    assertThat(first.action()).isEqualTo(AuditAction.CREATE);
    assertThat(first.actor()).isEqualTo("arjun");
    assertThat(first.after()).contains("\"amount\":12.50", "\"currency\":\"EUR\"");
  }

  @Test
  void aSecondBookingOfTheMonthBooksNothingNewAndShowsWhatChangedSince() {
    service.bookMonth(ACCOUNTANT, NOVEMBER);
    // a later status file: T1 failed one more share on the 16th
    charged.set(1, penalty(T1, NOV_16, PenaltyDirection.PAY, "12.80", CurrencyCode.EUR));

    PenaltyBookingService.Booked again = service.bookMonth(ACCOUNTANT, NOVEMBER);

    assertThat(again.booked()).isEmpty();
    assertThat(again.bookedBefore()).isEqualTo(4);
    assertThat(again.changed()).hasSize(1);
    assertThat(again.changed().get(0).difference()).isEqualByComparingTo("0.05");
    assertThat(stored).hasSize(4);
    assertThat(stored.get(1).amount()).isEqualByComparingTo("12.75"); // the booking is kept
    assertThat(audited).hasSize(4);
  }

  @Test
  void aPenaltyNoLongerChargedKeepsItsBookingAndIsShownAsWithdrawn() {
    service.bookMonth(ACCOUNTANT, NOVEMBER);
    charged.remove(3);

    PenaltyBookingService.Book book =
        service.between(ACCOUNTANT, NOVEMBER.atDay(1), NOVEMBER.atEndOfMonth());

    assertThat(book.penalties()).hasSize(3);
    assertThat(book.withdrawn())
        .singleElement()
        .satisfies(b -> assertThat(b.key().trade()).isEqualTo(T2));
  }

  @Test
  void aMonthNotOverIsRefused() {
    businessDate = LocalDate.of(2026, 11, 30);

    assertThatThrownBy(() -> service.bookMonth(ACCOUNTANT, NOVEMBER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-11 is not over");
    assertThat(stored).isEmpty();
  }

  @Test
  void aClerkMayNotBookPenalties() {
    assertThatThrownBy(() -> service.bookMonth(CLERK, NOVEMBER))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("BOOK_PENALTIES");
    assertThatThrownBy(() -> service.bookDay(CLERK, T1, NOV_13))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(stored).isEmpty();
    assertThat(audited).isEmpty();
  }

  @Test
  void onePenaltyIsBookedOnItsOwnAndTheRestOfTheMonthLater() {
    businessDate = LocalDate.of(2026, 11, 20);
    PenaltyBookingService.Booked one = service.bookDay(ACCOUNTANT, T1, NOV_13);
    assertThat(one.booked()).extracting(Penalty::key).containsExactly(charged.get(0).key());

    businessDate = LocalDate.of(2026, 12, 1);
    assertThat(service.bookMonth(ACCOUNTANT, NOVEMBER).booked()).hasSize(3);
    assertThat(stored).hasSize(4);
  }

  @Test
  void aDayWithoutAPenaltyOrNotOverIsRefused() {
    assertThatThrownBy(() -> service.bookDay(ACCOUNTANT, T2, LocalDate.of(2026, 11, 17)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("T00000002 draws no CSDR penalty on 2026-11-17, so there is none to book.");
    assertThatThrownBy(() -> service.bookDay(ACCOUNTANT, T1, businessDate))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not final");
  }
}
