package com.tickmark.model.demo;

import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.blotter.SameDayAffirmation;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When the demo firm's trades were affirmed with their brokers: every trade that got as far as
 * AFFIRMED (and so SETTLED or FAILED) was affirmed some minutes to hours after execution, most of
 * them before the same-day cut-off and a few (about 4%) only the next morning, so the blotter's
 * same-day affirmation rate has something real to show. Deterministic for a seed.
 */
public final class DemoAffirmations {
  /** The share of affirmations that miss the same-day cut-off. */
  static final double LATE = 0.04;

  private DemoAffirmations() {}

  public static Map<TradeId, Instant> of(DemoFirm firm) {
    DemoRandom chance = DemoRandom.stream(firm.config().seed(), 23);
    Map<TradeId, Instant> at = new LinkedHashMap<>();
    for (Trade t : firm.trades()) {
      if (t.status() != TradeStatus.AFFIRMED
          && t.status() != TradeStatus.SETTLED
          && t.status() != TradeStatus.FAILED) {
        continue;
      }
      Instant cutoff = SameDayAffirmation.cutoff(t.tradeDate());
      Instant affirmed;
      if (chance.chance(LATE)) {
        affirmed = cutoff.plus(Duration.ofMinutes(chance.between(30, 14 * 60)));
      } else {
        affirmed = t.executionTime().plus(Duration.ofMinutes(chance.between(5, 240)));
        if (affirmed.isAfter(cutoff)) {
          affirmed = cutoff.minus(Duration.ofMinutes(chance.between(1, 20)));
        }
        if (affirmed.isBefore(t.executionTime())) {
          affirmed = t.executionTime().plusSeconds(30);
        }
      }
      at.put(t.id(), affirmed);
    }
    return at;
  }
}
