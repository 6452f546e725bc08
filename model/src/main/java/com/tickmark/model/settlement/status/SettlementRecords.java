package com.tickmark.model.settlement.status;

import com.tickmark.model.position.PositionChanges;
import com.tickmark.model.position.PositionStore;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradePositions;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.TradeStatusHook;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settlement records learnt otherwise than from a custodian's status file, posted to positions as
 * the status import posts its parts: a trade a person marks settled ({@code trade settle}, the
 * blotter) settles whatever of it had not settled yet, and a settled history can be recorded at
 * once (the demo firm's FX trades, which settle through CLS and appear in no custodian's file).
 * What a status file reported before is never recorded twice, nor the other way round.
 */
public final class SettlementRecords implements TradeStatusHook {
  /** A trade that settled in full on {@code on}. */
  public record Settlement(Trade trade, LocalDate on) {
    public Settlement {
      Objects.requireNonNull(trade, "trade");
      Objects.requireNonNull(on, "on");
    }
  }

  private final SettlementStatusStore store;
  private final PositionStore positions;
  private final Clock clock;

  public SettlementRecords(SettlementStatusStore store, PositionStore positions, Clock clock) {
    this.store = store;
    this.positions = positions;
    this.clock = clock;
  }

  /**
   * A trade marked SETTLED settles what remains of it: an affirmed trade on its settlement date, a
   * failed one late, on the business date it is marked.
   */
  @Override
  public void statusChanged(String user, Trade before, Trade after, LocalDate businessDate) {
    if (after.status() != TradeStatus.SETTLED) {
      return;
    }
    LocalDate on = before.status() == TradeStatus.FAILED ? businessDate : after.settlementDate();
    settledInFull(List.of(new Settlement(after, on)), "marked settled by " + user);
  }

  /**
   * Records that each trade settled in full on its date, less what had settled of it before, in the
   * caller's transaction.
   *
   * @param source where it was learnt, kept with each part
   */
  public void settledInFull(List<Settlement> settlements, String source) {
    if (settlements.isEmpty()) {
      return;
    }
    Map<TradeId, SettlementStatusStore.Settled> settled =
        new HashMap<>(store.settled(settlements.stream().map(s -> s.trade().id()).toList()));
    List<SettledPart> parts = new ArrayList<>();
    PositionChanges changes = new PositionChanges();
    for (Settlement s : settlements) {
      Trade trade = s.trade();
      SettlementStatusStore.Settled before =
          settled.getOrDefault(trade.id(), SettlementStatusStore.Settled.NONE);
      SettledPart.next(trade, before, trade.quantity(), s.on(), source, null)
          .ifPresent(
              p -> {
                parts.add(p);
                TradePositions.settle(changes, trade, p.settledOn(), p.quantity(), p.amount());
                settled.put(trade.id(), before.plus(p));
              });
    }
    store.insertParts(parts, clock.instant().truncatedTo(ChronoUnit.MICROS));
    positions.post(changes);
  }
}
