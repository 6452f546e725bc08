package com.tickmark.model.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TradeLifecycleTest {
  static Trade trade(TradeStatus status) {
    return new Trade(
        new TradeId(7),
        1,
        "E7",
        "O1",
        "",
        new BookId(1),
        new InstrumentId(1),
        Side.BUY,
        new BigDecimal("100"),
        new BigDecimal("12.345"),
        new BigDecimal("1234.50"),
        new BigDecimal("1.00"),
        BigDecimal.ZERO,
        CurrencyCode.USD,
        LocalDate.of(2025, 11, 20),
        Instant.parse("2025-11-20T15:00:00Z"),
        LocalDate.of(2025, 11, 21),
        new CounterpartyId(1),
        null,
        TradeSource.MANUAL,
        status);
  }

  @Test
  void followsTheBackOfficeLifecycle() {
    assertThat(TradeLifecycle.allows(TradeStatus.NEW, TradeStatus.CONFIRMED)).isTrue();
    assertThat(TradeLifecycle.allows(TradeStatus.CONFIRMED, TradeStatus.AFFIRMED)).isTrue();
    assertThat(TradeLifecycle.allows(TradeStatus.AFFIRMED, TradeStatus.SETTLED)).isTrue();
    assertThat(TradeLifecycle.allows(TradeStatus.AFFIRMED, TradeStatus.FAILED)).isTrue();
    assertThat(TradeLifecycle.allows(TradeStatus.FAILED, TradeStatus.SETTLED))
        .as("settled late")
        .isTrue();
    assertThat(TradeLifecycle.allows(TradeStatus.NEW, TradeStatus.AFFIRMED))
        .as("no affirmation before confirmation")
        .isFalse();
    assertThat(TradeLifecycle.allows(TradeStatus.FAILED, TradeStatus.CANCELLED)).isFalse();
    assertThat(TradeLifecycle.isFinal(TradeStatus.SETTLED)).isTrue();
    assertThat(TradeLifecycle.isFinal(TradeStatus.CANCELLED)).isTrue();
  }

  @Test
  void namesTheStatusesAStepStartsFromAndWhichTradesMayStillBeAmended() {
    assertThat(TradeLifecycle.from(TradeStatus.AFFIRMED)).containsExactly(TradeStatus.CONFIRMED);
    assertThat(TradeLifecycle.from(TradeStatus.SETTLED))
        .containsExactly(TradeStatus.AFFIRMED, TradeStatus.FAILED);
    assertThat(TradeLifecycle.from(TradeStatus.CANCELLED))
        .containsExactly(TradeStatus.NEW, TradeStatus.CONFIRMED, TradeStatus.AFFIRMED);
    assertThat(TradeLifecycle.from(TradeStatus.NEW)).isEmpty();
    assertThat(TradeStatus.values())
        .filteredOn(TradeLifecycle::isAmendable)
        .containsExactly(TradeStatus.NEW, TradeStatus.CONFIRMED, TradeStatus.AFFIRMED);
  }

  @Test
  void aTradeSettlesOrFailsOnlyOnceItsSettlementDateHasCome() {
    Trade t = trade(TradeStatus.AFFIRMED); // settles 2025-11-21
    assertThat(TradeLifecycle.settlementDue(t, LocalDate.of(2025, 11, 20))).isFalse();
    assertThat(TradeLifecycle.settlementDue(t, LocalDate.of(2025, 11, 21))).isTrue();
    assertThat(TradeLifecycle.settlementDue(t, LocalDate.of(2025, 11, 24))).as("late").isTrue();
    assertThat(TradeLifecycle.isSettlementOutcome(TradeStatus.FAILED)).isTrue();
    assertThat(TradeLifecycle.isSettlementOutcome(TradeStatus.CANCELLED)).isFalse();
  }

  @Test
  void aRefusedMoveSaysWhereTheTradeCanGoInstead() {
    assertThatThrownBy(() -> TradeLifecycle.require(trade(TradeStatus.NEW), TradeStatus.SETTLED))
        .hasMessage(
            "Trade T00000007 is NEW and cannot become SETTLED; from NEW it can become [CONFIRMED,"
                + " CANCELLED].");
    assertThatThrownBy(
            () -> TradeLifecycle.require(trade(TradeStatus.SETTLED), TradeStatus.CANCELLED))
        .hasMessageEndingWith("it is final.");
  }

  private static final Currency USD = new Currency(CurrencyCode.USD, "US dollar", 2);

  @Test
  void anAmendmentIsTheNextVersionWithGrossFollowingQuantityAndPrice() {
    Trade before = trade(TradeStatus.NEW);
    Trade after =
        new TradeAmendment(new BigDecimal("90"), null, null, null, null).applyTo(before, USD);
    assertThat(after.version()).isEqualTo(2);
    assertThat(after.grossAmount()).isEqualByComparingTo("1111.05");
    assertThat(after.grossAmount().scale()).isEqualTo(2);
    assertThat(after.price()).isEqualByComparingTo(before.price());
    assertThat(
            new TradeAmendment(null, null, new BigDecimal("2"), null, null)
                .applyTo(before, USD)
                .grossAmount())
        .as("a commission change leaves gross alone")
        .isEqualTo(before.grossAmount());
    assertThat(new TradeAmendment(null, null, null, null, null).isEmpty()).isTrue();
  }

  @Test
  void anAmendmentIsHeldToTheSameNumberRulesAsACapture() {
    Trade before = trade(TradeStatus.NEW);
    assertThat(new TradeAmendment(new BigDecimal("1e24"), null, null, null, null).problems(before))
        .extracting(TradeValidationException.Problem::toString)
        .containsExactly(
            "quantity: is too large: at most 18 digits before the decimal point, not 25");
    assertThat(
            new TradeAmendment(
                    null, new BigDecimal("0.000000001"), new BigDecimal("-1"), null, null)
                .problems(before))
        .extracting(TradeValidationException.Problem::toString)
        .containsExactly(
            "price: 0.000000001 has 9 decimals; at most 8 are kept",
            "commission: must not be negative, not -1");
  }
}
