package com.tickmark.model.trade.fix;

import com.tickmark.model.trade.TradeId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

  /** One item of the repair queue, whatever its state. */
  default Optional<RepairItem> repairItem(long id) {
    return repairQueue().stream().filter(i -> i.id() == id).findFirst();
  }

  /**
   * Closes an OPEN repair item: REPAIRED (booked after all) or DISMISSED, by whom, when and why.
   *
   * @return false when the item was not OPEN any more (someone else closed it first)
   */
  boolean resolveRepair(long id, String state, String by, Instant at, String note);

  /** How many reports were received, by outcome. */
  Map<ReportOutcome, Integer> countByOutcome();
}
