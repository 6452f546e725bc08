package com.tickmark.model.trade;

import com.tickmark.model.position.PositionChanges;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where trades and their earlier versions are kept (implemented by the persistence module). Each
 * write posts what it does to positions ({@link PositionChanges}) in the same transaction, except
 * the bulk loads: {@link #insertBulk} leaves that to the load's last transaction ({@link
 * #postBulk}), so that a million trades post a few thousand daily movements, not one per chunk.
 */
public interface TradeStore {
  Optional<Trade> find(TradeId id);

  TradeId nextId();

  /** Records a newly captured trade (version 1). */
  void insert(Trade trade, String recordedBy, Instant recordedAt, String reason);

  /**
   * Records newly captured trades (version 1), as {@link #insert} one by one would; stores may
   * batch it.
   */
  default void insertAll(
      List<Trade> trades, String recordedBy, Instant recordedAt, Function<Trade, String> reason) {
    trades.forEach(t -> insert(t, recordedBy, recordedAt, reason.apply(t)));
  }

  /**
   * Records trades captured in bulk, such as one chunk of a file import: version 1, ids ascending
   * and above every stored id. Who loaded them, when and from which file is audited once for the
   * whole load (the audit record names the id range), so it is not repeated on each trade.
   */
  void insertBulk(List<Trade> trades);

  /**
   * Posts the positions of the trades a bulk load stored ({@link PositionChanges#ofTrades}), in the
   * load's last transaction, the one that records the load.
   */
  void postBulk(PositionChanges changes);

  /**
   * Removes the trades {@code first} to {@code last} (inclusive) that a bulk load stored before it
   * failed: how an import that fails midway stays all or nothing. Their positions were never
   * posted.
   */
  void deleteBulk(TradeId first, TradeId last);

  /**
   * Records {@code next} as the trade's current version; the current one is kept, unchanged, in the
   * trade's history. {@code next} must be the same trade with the following version number.
   */
  void supersede(Trade next, String recordedBy, Instant recordedAt, String reason);

  /** Every version of the trade, oldest first, the current one last. */
  List<TradeVersion> history(TradeId id);
}
