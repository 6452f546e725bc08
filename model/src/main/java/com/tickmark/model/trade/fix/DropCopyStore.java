package com.tickmark.model.trade.fix;

import com.tickmark.model.trade.TradeId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where received execution reports and the repair queue are kept (implemented by persistence). */
public interface DropCopyStore {
  /** Which of these ExecIDs were received before. */
  Set<String> knownExecIds(Collection<String> execIds);

  /** The trade an execution (by its ExecID) created or changed, if any. */
  Optional<TradeId> tradeFor(String execId);

  /** Keeps the reports (every one, whatever became of it) and queues the ones that need repair. */
  void record(List<ReceivedReport> reports);

  /** The repair queue, oldest first. */
  List<RepairItem> repairQueue();

  /** How many reports were received, by outcome. */
  java.util.Map<ReportOutcome, Integer> countByOutcome();
}
