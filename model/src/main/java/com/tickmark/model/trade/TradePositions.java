package com.tickmark.model.trade;

import com.tickmark.model.position.PositionChanges;
import com.tickmark.model.position.PositionKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

/**
 * What trades and their settlements do to positions: a trade counts on its trade date unless it is
 * cancelled, a settled part on the date it settled; a buy adds quantity and pays cash, a sell the
 * other way round.
 */
public final class TradePositions {
  private TradePositions() {}

  /** The book, instrument, account and currency a trade moves. */
  public static PositionKey key(Trade trade) {
    return new PositionKey(
        trade.bookId(), trade.instrumentId(), trade.accountId(), trade.currency());
  }

  /** The changes of newly stored trades. */
  public static PositionChanges ofTrades(Collection<Trade> trades) {
    PositionChanges changes = new PositionChanges();
    trades.forEach(trade -> add(changes, trade));
    return changes;
  }

  /** The changes of a trade's version {@code next} replacing {@code previous}. */
  public static PositionChanges ofChange(Trade previous, Trade next) {
    PositionChanges changes = new PositionChanges();
    remove(changes, previous);
    add(changes, next);
    return changes;
  }

  /** Adds a stored trade to {@code changes}. */
  public static PositionChanges add(PositionChanges changes, Trade trade) {
    return trade(changes, trade, false);
  }

  /** Takes a trade's earlier terms away from {@code changes}. */
  public static PositionChanges remove(PositionChanges changes, Trade trade) {
    return trade(changes, trade, true);
  }

  private static PositionChanges trade(PositionChanges changes, Trade trade, boolean remove) {
    if (trade.status() == TradeStatus.CANCELLED) {
      return changes;
    }
    BigDecimal quantity = remove ? trade.quantity().negate() : trade.quantity();
    BigDecimal cash = remove ? trade.netCashOut() : trade.netCashOut().negate();
    boolean buy = trade.side() == Side.BUY;
    return changes.traded(
        key(trade),
        trade.tradeDate(),
        buy ? quantity : BigDecimal.ZERO,
        buy ? BigDecimal.ZERO : quantity,
        cash);
  }

  /**
   * Adds a settled part of {@code trade} to {@code changes}: {@code quantity} delivered or received
   * on {@code date} against {@code amount} of cash (both positive; the side says which way each
   * moved).
   */
  public static PositionChanges settle(
      PositionChanges changes,
      Trade trade,
      LocalDate date,
      BigDecimal quantity,
      BigDecimal amount) {
    return trade.side() == Side.BUY
        ? changes.settled(key(trade), date, quantity, BigDecimal.ZERO, amount.negate())
        : changes.settled(key(trade), date, BigDecimal.ZERO, quantity, amount);
  }
}
