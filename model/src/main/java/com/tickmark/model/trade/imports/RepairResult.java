package com.tickmark.model.trade.imports;

import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.trade.Trade;
import java.util.List;

/**
 * What re-submitting a repaired quarantined row did: the trade it became, or the problems that
 * still refuse it (then nothing was written and the row stays open).
 */
public record RepairResult(QuarantineEntry entry, Trade trade, List<ImportProblem> problems) {
  public RepairResult {
    problems = List.copyOf(problems);
  }

  public boolean booked() {
    return trade != null;
  }
}
