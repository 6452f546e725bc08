package com.tickmark.persistence.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.settlement.penalty.PenaltyBooking;
import com.tickmark.model.settlement.penalty.PenaltyDirection;
import com.tickmark.model.settlement.penalty.PenaltyKey;
import com.tickmark.model.trade.TradeId;
import com.tickmark.persistence.workspace.OnMigratedWorkspace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** Bookings of CSDR penalties on the real H2 database after every migration. */
class PenaltyBookingRepositoryTest extends OnMigratedWorkspace {
  static final Instant AT = Instant.parse("2026-12-02T09:30:00.123456Z");
  static final LocalDate NOV_13 = LocalDate.of(2026, 11, 13);

  static PenaltyBooking booking(long trade, LocalDate date, PenaltyDirection d, String amount) {
    return new PenaltyBooking(
        new PenaltyKey(new TradeId(trade), date, d),
        new BigDecimal(amount),
        CurrencyCode.EUR,
        "accountant",
        AT);
  }

  @Test
  void bookingsReadBackExactlyByTheDayOfTheirPenalty() {
    PenaltyBookingRepository repo = SettlementRepositories.of(ws).penaltyBookings();
    PenaltyBooking pay = booking(7, NOV_13, PenaltyDirection.PAY, "12.345678");
    PenaltyBooking receive = booking(7, NOV_13, PenaltyDirection.RECEIVE, "0.01");
    PenaltyBooking december = booking(8, LocalDate.of(2026, 12, 1), PenaltyDirection.PAY, "1");
    ws.run(() -> repo.insert(List.of(pay, receive)));
    ws.run(() -> repo.insert(List.of(december)));

    assertThat(repo.between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)))
        .usingRecursiveFieldByFieldElementComparator(
            RecursiveComparisonConfiguration.builder()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .build())
        .containsExactly(pay, receive);
    assertThat(repo.between(NOV_13, LocalDate.of(2026, 12, 31))).hasSize(3);
  }

  @Test
  void aPenaltyIsBookedOnlyOnceAndAFailedBookingLeavesNothing() {
    PenaltyBookingRepository repo = SettlementRepositories.of(ws).penaltyBookings();
    ws.run(() -> repo.insert(List.of(booking(7, NOV_13, PenaltyDirection.PAY, "12.50"))));

    assertThatThrownBy(
            () ->
                ws.run(
                    () ->
                        repo.insert(
                            List.of(
                                booking(9, NOV_13, PenaltyDirection.PAY, "1.00"),
                                booking(7, NOV_13, PenaltyDirection.PAY, "12.60")))))
        .isInstanceOf(DataAccessException.class);
    assertThat(repo.between(NOV_13, NOV_13))
        .singleElement()
        .satisfies(b -> assertThat(b.amount()).isEqualByComparingTo("12.50"));
  }
}
