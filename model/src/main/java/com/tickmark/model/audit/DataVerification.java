package com.tickmark.model.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code audit verify --data} found: the chain, and (when the chain holds) each area's check
 * of its stored records against it. Records can only be checked against a trail that verifies.
 */
public record DataVerification(AuditVerification chain, List<DataCheckResult> checks) {
  public DataVerification {
    checks = List.copyOf(checks);
  }

  public boolean isIntact() {
    return chain.isIntact() && checks.stream().allMatch(DataCheckResult::matches);
  }

  /** One line per finding: the chain, then per check its summary and each record that differs. */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    lines.add(chain.describe());
    if (!chain.isIntact()) {
      lines.add(
          "The stored records were not checked: they can only be checked against a trail"
              + " that verifies.");
    }
    for (DataCheckResult c : checks) {
      lines.add(c.describe());
      c.differences().forEach(d -> lines.add("  " + d));
      if (c.differing() > c.differences().size()) {
        lines.add("  ... and " + (c.differing() - c.differences().size()) + " more");
      }
    }
    return lines;
  }
}
