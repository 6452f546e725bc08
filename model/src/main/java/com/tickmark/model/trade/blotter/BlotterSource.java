package com.tickmark.model.trade.blotter;

import com.tickmark.model.trade.TradeId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Where the blotter reads trades from (implemented by the persistence module). */
public interface BlotterSource {
  /** Up to {@code limit} trades with ids below {@code beforeId}, newest first. */
  List<BlotterTrade> newestBefore(long beforeId, int limit);

  /** Up to {@code limit} trades with ids above {@code afterId}, oldest first. */
  List<BlotterTrade> after(long afterId, int limit);

  /** The current versions of these trades (those that still exist). */
  List<BlotterTrade> byIds(Collection<TradeId> ids);

  /** How many trades there are. */
  int count();

  /** The FIX messages that created or changed a trade, oldest first. */
  List<FixMessage> fixMessages(TradeId id);

  /** A FIX execution report as received, and what it did to the trade. */
  record FixMessage(
      Instant receivedAt,
      int msgSeqNum,
      String execId,
      String execType,
      String outcome,
      int tradeVersion,
      String detail,
      String raw) {}
}
