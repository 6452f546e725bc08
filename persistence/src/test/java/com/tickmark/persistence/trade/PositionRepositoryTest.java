package com.tickmark.persistence.trade;

import static com.tickmark.persistence.trade.TestTrades.trade;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.position.PositionChanges;
import com.tickmark.model.position.PositionDay;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradePositions;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.persistence.workspace.OnMigratedWorkspace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PositionRepositoryTest extends OnMigratedWorkspace {
  private static final LocalDate TRADE_DATE = LocalDate.of(2025, 7, 2);
  private static final Instant NOW = Instant.parse("2025-07-02T17:00:00Z");

  private PositionRepository positions;
  private TradeRepository trades;

  @BeforeEach
  void repositories() {
    positions = new PositionRepository(ws.dsl());
    trades = new TradeRepository(ws.dsl());
  }

  private PositionDay total(LocalDate through, long account) {
    return positions.totalsThrough(through).stream()
        .filter(
            d ->
                account == 0
                    ? d.key().account() == null
                    : new AccountId(account).equals(d.key().account()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aCapturedTradePostsItsQuantityAndCashOnItsTradeDate() {
    Trade buy = trade(1); // BUY 1,500.25 in account 1, net cash out 18,529.134785
    ws.run(() -> trades.insert(buy, "clerk", NOW, "captured"));

    PositionDay d = total(TRADE_DATE, 1);
    assertThat(d.bought()).isEqualByComparingTo("1500.25");
    assertThat(d.sold()).isZero();
    assertThat(d.tradedCash()).isEqualByComparingTo("-18529.134785");
    assertThat(positions.totalsThrough(TRADE_DATE.minusDays(1))).isEmpty();
  }

  @Test
  void anAmendmentReplacesTheOldTermsAndACancellationTakesTheTradeAway() {
    Trade sell = trade(2); // SELL, account 1
    ws.run(() -> trades.insert(sell, "clerk", NOW, "captured"));
    Trade amended =
        new Trade(
            sell.id(),
            2,
            sell.execId(),
            sell.orderId(),
            sell.brokerRef(),
            sell.bookId(),
            sell.instrumentId(),
            sell.side(),
            new BigDecimal("1000"),
            sell.price(),
            new BigDecimal("12345.67891"),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            sell.currency(),
            sell.tradeDate(),
            sell.executionTime(),
            sell.settlementDate(),
            sell.counterpartyId(),
            sell.accountId(),
            sell.source(),
            TradeStatus.NEW);
    ws.run(() -> trades.supersede(amended, "clerk", NOW, "quantity"));

    assertThat(total(TRADE_DATE, 1).sold()).isEqualByComparingTo("1000");
    assertThat(total(TRADE_DATE, 1).tradedCash()).isEqualByComparingTo("12345.67891");

    ws.run(
        () ->
            trades.supersede(
                amended.asVersion(3, TradeStatus.CANCELLED), "clerk", NOW, "busted by the broker"));
    assertThat(total(TRADE_DATE, 1).sold()).isZero();
    assertThat(total(TRADE_DATE, 1).tradedCash()).isZero();
  }

  @Test
  void aBulkLoadPostsOnlyWhenTheLoadPostsItsPositions() {
    List<Trade> loaded = List.of(trade(3), trade(4), trade(5)); // 3: no account
    ws.run(() -> trades.insertBulk(loaded));
    assertThat(positions.totalsThrough(TRADE_DATE)).isEmpty();

    ws.run(() -> trades.postBulk(TradePositions.ofTrades(loaded)));
    assertThat(total(TRADE_DATE, 0).bought()).isEqualByComparingTo("1500.25");
    assertThat(total(TRADE_DATE, 1).bought()).isEqualByComparingTo("1500.25");
    assertThat(total(TRADE_DATE, 1).sold()).isEqualByComparingTo("1500.25");
  }

  @Test
  void movementsAddUpPerKeyAndDateAcrossPostings() {
    PositionChanges changes = new PositionChanges();
    for (int d = 0; d < 300; d++) {
      TradePositions.add(
          changes, on(trade(1), TRADE_DATE.plusDays(d))); // a buy of 1,500.25 each day
    }
    ws.run(() -> positions.post(changes));
    ws.run(() -> positions.post(changes));

    PositionDay through = total(TRADE_DATE.plusDays(99), 1);
    assertThat(through.bought()).isEqualByComparingTo("300050"); // 2 x 100 days x 1,500.25
  }

  private static Trade on(Trade t, LocalDate tradeDate) {
    return new Trade(
        t.id(),
        t.version(),
        t.execId(),
        t.orderId(),
        t.brokerRef(),
        t.bookId(),
        t.instrumentId(),
        t.side(),
        t.quantity(),
        t.price(),
        t.grossAmount(),
        t.commission(),
        t.fees(),
        t.currency(),
        tradeDate,
        t.executionTime(),
        tradeDate,
        t.counterpartyId(),
        t.accountId(),
        t.source(),
        t.status());
  }
}
