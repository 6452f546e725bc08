package com.tickmark.model.position;

import static com.tickmark.model.settlement.SettlementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.refdata.Account;
import com.tickmark.model.security.AccessDeniedException;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradePositions;
import com.tickmark.model.trade.TradeStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PositionServiceTest {
  static final Actor CLERK = new Actor(new UserId(1), "carla", java.util.Set.of(Role.CLERK));
  static final Actor NOBODY = new Actor(new UserId(2), "nobody", java.util.Set.of());

  final InMemoryPositions store = new InMemoryPositions();
  final PositionService service = new PositionService(store, referenceData());

  private void open(String acme, String usd) {
    store.insertOpening(
        List.of(
            new OpeningPosition(
                OPENING,
                BOOK,
                CUSTODY.id(),
                ACME.id(),
                new BigDecimal(acme),
                new BigDecimal(acme).multiply(new BigDecimal("10")))),
        List.of(new OpeningCash(OPENING, CASH_USD.id(), new BigDecimal(usd))));
  }

  private Position acme(LocalDate date) {
    return service.asOf(CLERK, date, Optional.empty()).securities().stream()
        .filter(p -> p.instrument().equals(ACME.id()))
        .findFirst()
        .orElseThrow();
  }

  private CashBalance cash(LocalDate date, Account account) {
    return service.asOf(CLERK, date, Optional.empty()).cash().stream()
        .filter(c -> account.id().equals(c.account()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void tradeDateQuantityMovesOnTheTradeDateAndSettledQuantityWhenItSettles() {
    open("1000", "50000.00");
    Trade buy = trade(1, BOOK, ACME, CUSTODY, Side.BUY, "200", "10.50", MON, TUE);
    Trade sell = trade(2, BOOK, ACME, CUSTODY, Side.SELL, "50", "11", TUE, WED);
    store.post(TradePositions.ofTrades(List.of(buy, sell)));
    store.post(
        TradePositions.settle(
            new PositionChanges(), buy, TUE, new BigDecimal("200"), new BigDecimal("2100")));

    assertThat(acme(OPENING))
        .extracting(
            Position::tradeDateQuantity,
            Position::settledQuantity,
            Position::pendingReceipts,
            Position::pendingDeliveries)
        .map(v -> ((BigDecimal) v).stripTrailingZeros().toPlainString())
        .containsExactly("1000", "1000", "0", "0");
    assertThat(acme(MON))
        .extracting(
            Position::tradeDateQuantity,
            Position::settledQuantity,
            Position::pendingReceipts,
            Position::pendingDeliveries)
        .map(v -> ((BigDecimal) v).stripTrailingZeros().toPlainString())
        .containsExactly("1200", "1000", "200", "0");
    assertThat(acme(TUE))
        .extracting(
            Position::tradeDateQuantity,
            Position::settledQuantity,
            Position::pendingReceipts,
            Position::pendingDeliveries)
        .map(v -> ((BigDecimal) v).stripTrailingZeros().toPlainString())
        .containsExactly("1150", "1200", "0", "50");

    // Cash: the buy pays 2,100.00 (projected on Monday, settled on Tuesday); the sell will
    // receive 550.00.
    assertThat(cash(MON, CASH_USD).projected()).isEqualByComparingTo("47900.00");
    assertThat(cash(MON, CASH_USD).settled()).isEqualByComparingTo("50000.00");
    assertThat(cash(TUE, CASH_USD).projected()).isEqualByComparingTo("48450.00");
    assertThat(cash(TUE, CASH_USD).settled()).isEqualByComparingTo("47900.00");
  }

  @Test
  void aPartialSettlementThenTheRestSettleTheWholeQuantity() {
    open("0", "0");
    Trade buy = trade(1, BOOK, ACME, CUSTODY, Side.BUY, "1000", "10", MON, TUE);
    store.post(TradePositions.ofTrades(List.of(buy)));
    store.post(
        TradePositions.settle(
            new PositionChanges(), buy, TUE, new BigDecimal("600"), new BigDecimal("6000")));
    store.post(
        TradePositions.settle(
            new PositionChanges(), buy, WED, new BigDecimal("400"), new BigDecimal("4000")));

    assertThat(acme(TUE).settledQuantity()).isEqualByComparingTo("600");
    assertThat(acme(TUE).pendingReceipts()).isEqualByComparingTo("400");
    assertThat(acme(WED).settledQuantity()).isEqualByComparingTo("1000");
    assertThat(acme(WED).pendingReceipts()).isZero();
    assertThat(cash(WED, CASH_USD).settled()).isEqualByComparingTo("-10000");
  }

  @Test
  void anFxTradeMovesTwoCurrenciesAndNoSecurity() {
    Trade buyEuros = trade(1, OTHER_BOOK, EURUSD, CASH_EUR, Side.BUY, "1000000", "1.085", MON, WED);
    store.post(TradePositions.ofTrades(List.of(buyEuros)));

    Positions p = service.asOf(CLERK, MON, Optional.empty());
    assertThat(p.securities()).isEmpty();
    assertThat(cash(MON, CASH_EUR).projected()).isEqualByComparingTo("1000000");
    assertThat(cash(MON, CASH_USD).projected()).isEqualByComparingTo("-1085000");
    assertThat(cash(MON, CASH_EUR).settled()).isZero();
  }

  @Test
  void aBookFilterKeepsThatBooksHoldingsAndLeavesOutTheFirmsCash() {
    open("1000", "50000.00");
    store.post(
        TradePositions.ofTrades(
            List.of(trade(1, OTHER_BOOK, ACME, CUSTODY, Side.BUY, "5", "10", MON, TUE))));

    Positions other = service.asOf(CLERK, MON, Optional.of(OTHER_BOOK));
    assertThat(other.securities()).extracting(Position::book).containsExactly(OTHER_BOOK);
    assertThat(other.cash()).isEmpty();
  }

  @Test
  void positionsBeforeTheOpeningBookAreRefused() {
    open("1000", "0");
    assertThatThrownBy(() -> service.asOf(CLERK, OPENING.minusDays(1), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("opening book of 2026-11-06");
  }

  @Test
  void readingPositionsNeedsViewData() {
    assertThatThrownBy(() -> service.asOf(NOBODY, MON, Optional.empty()))
        .isInstanceOf(AccessDeniedException.class);
  }

  /** One step of a random day: a new trade, an amendment of a quantity, or a cancellation. */
  record Step(int kind, int target, boolean buy, int quantity, int day) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 9),
            Arbitraries.integers().between(0, 40),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(1, 5_000),
            Arbitraries.integers().between(0, 6))
        .as(Step::new)
        .list()
        .ofMaxSize(60);
  }

  /**
   * Whatever trades are captured, amended and cancelled, in whatever order, the trade-date position
   * as of any date is the opening quantity plus the current version of every trade done by then
   * that is not cancelled.
   */
  @Property(tries = 200)
  void positionsAsOfADateAreOpeningPlusTradesToThatDate(@ForAll("steps") List<Step> steps) {
    InMemoryPositions positions = new InMemoryPositions();
    positions.insertOpening(
        List.of(
            new OpeningPosition(
                OPENING, BOOK, CUSTODY.id(), ACME.id(), new BigDecimal("700"), BigDecimal.ZERO)),
        List.of());
    PositionService positionService = new PositionService(positions, referenceData());
    Map<Long, Trade> current = new HashMap<>();
    List<Long> ids = new ArrayList<>();
    for (Step s : steps) {
      if (s.kind() < 6 || ids.isEmpty()) { // a new trade
        long id = ids.size() + 1;
        LocalDate day = MON.plusDays(s.day());
        Trade t =
            trade(
                id,
                BOOK,
                ACME,
                CUSTODY,
                s.buy() ? Side.BUY : Side.SELL,
                Integer.toString(s.quantity()),
                "10",
                day,
                day.plusDays(1));
        ids.add(id);
        current.put(id, t);
        positions.post(TradePositions.ofTrades(List.of(t)));
      } else {
        Trade before = current.get(ids.get(s.target() % ids.size()));
        if (before.status() == TradeStatus.CANCELLED) {
          continue;
        }
        Trade after =
            s.kind() < 8
                ? withQuantity(before, s.quantity())
                : before.asVersion(before.version() + 1, TradeStatus.CANCELLED);
        current.put(after.id().value(), after);
        positions.post(TradePositions.ofChange(before, after));
      }
    }
    for (int d = -1; d <= 7; d++) {
      LocalDate asOf = MON.plusDays(d);
      BigDecimal expected = new BigDecimal("700");
      for (Trade t : current.values()) {
        if (t.status() != TradeStatus.CANCELLED && !t.tradeDate().isAfter(asOf)) {
          expected = expected.add(t.quantity().multiply(BigDecimal.valueOf(t.side().sign())));
        }
      }
      BigDecimal actual =
          positionService.asOf(CLERK, asOf, Optional.empty()).securities().stream()
              .map(Position::tradeDateQuantity)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(actual).as("as of %s", asOf).isEqualByComparingTo(expected);
    }
  }

  private static Trade withQuantity(Trade t, int quantity) {
    BigDecimal q = BigDecimal.valueOf(quantity);
    return new Trade(
        t.id(),
        t.version() + 1,
        t.execId(),
        t.orderId(),
        t.brokerRef(),
        t.bookId(),
        t.instrumentId(),
        t.side(),
        q,
        t.price(),
        q.multiply(t.price()),
        t.commission(),
        t.fees(),
        t.currency(),
        t.tradeDate(),
        t.executionTime(),
        t.settlementDate(),
        t.counterpartyId(),
        t.accountId(),
        t.source(),
        t.status());
  }
}
