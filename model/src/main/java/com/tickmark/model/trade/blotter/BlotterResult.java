package com.tickmark.model.trade.blotter;

import java.util.List;

/**
 * What the blotter shows for a query: the matching rows in display order (group by group when
 * grouped), their totals, and the groups with their subtotals.
 */
public final class BlotterResult {
  /**
   * One group: its value, where its rows start in {@link #row(int)} order, how many, and their
   * totals.
   */
  public record Group(String label, int start, int count, Totals totals) {}

  private final BlotterQuery query;
  private final int[] rows;
  private final int[] matchedInRowOrder;
  private final Totals totals;
  private final List<Group> groups;
  private final int tableSize;
  private final long tableChanges;

  BlotterResult(
      BlotterQuery query,
      int[] rows,
      int[] matchedInRowOrder,
      Totals totals,
      List<Group> groups,
      int tableSize,
      long tableChanges) {
    this.query = query;
    this.rows = rows;
    this.matchedInRowOrder = matchedInRowOrder;
    this.totals = totals;
    this.groups = groups;
    this.tableSize = tableSize;
    this.tableChanges = tableChanges;
  }

  public BlotterQuery query() {
    return query;
  }

  /** How many trades match. */
  public int size() {
    return rows.length;
  }

  /** The table row of the {@code i}th trade shown. */
  public int row(int i) {
    return rows[i];
  }

  /** The totals of every matching trade. */
  public Totals totals() {
    return totals;
  }

  public boolean isGrouped() {
    return query.groupBy() != null;
  }

  /** The groups in display order; empty when not grouped. */
  public List<Group> groups() {
    return groups;
  }

  /** How many trades the table held when this was worked out. */
  public int tableSize() {
    return tableSize;
  }

  int[] matchedInRowOrder() {
    return matchedInRowOrder;
  }

  long tableChanges() {
    return tableChanges;
  }
}
