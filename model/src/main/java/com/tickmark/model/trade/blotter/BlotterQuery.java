package com.tickmark.model.trade.blotter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the user asked the blotter to show: quick-filter words (every word must appear in some text
 * column), column filters, the sort, and the column to group by (null for none).
 */
public record BlotterQuery(
    String quickFilter, List<ColumnFilter> filters, List<SortKey> sort, BlotterColumn groupBy) {
  /** A sort column and direction. */
  public record SortKey(BlotterColumn column, boolean descending) {
    public SortKey {
      Objects.requireNonNull(column, "sort column");
    }
  }

  /** Newest trades first: the blotter's order when the user chose none. */
  public static final List<SortKey> DEFAULT_SORT =
      List.of(new SortKey(BlotterColumn.TRADE_ID, true));

  public BlotterQuery {
    quickFilter = quickFilter == null ? "" : quickFilter;
    filters = List.copyOf(filters == null ? List.of() : filters);
    sort = List.copyOf(sort == null || sort.isEmpty() ? DEFAULT_SORT : sort);
    if (groupBy != null && !BlotterColumn.GROUPABLE.contains(groupBy)) {
      throw new IllegalArgumentException("The blotter cannot group by " + groupBy.title());
    }
  }

  /** Every trade, newest first. */
  public static BlotterQuery all() {
    return new BlotterQuery("", List.of(), DEFAULT_SORT, null);
  }

  public BlotterQuery withQuickFilter(String text) {
    return new BlotterQuery(text, filters, sort, groupBy);
  }

  public BlotterQuery withSort(List<SortKey> keys) {
    return new BlotterQuery(quickFilter, filters, keys, groupBy);
  }

  public BlotterQuery withGroupBy(BlotterColumn column) {
    return new BlotterQuery(quickFilter, filters, sort, column);
  }

  /** This query with {@code filter} replacing any filter on the same column. */
  public BlotterQuery withFilter(ColumnFilter filter) {
    List<ColumnFilter> next = new ArrayList<>(filters);
    next.removeIf(f -> f.column() == filter.column());
    next.add(filter);
    return new BlotterQuery(quickFilter, next, sort, groupBy);
  }

  public BlotterQuery withoutFilter(BlotterColumn column) {
    List<ColumnFilter> next = new ArrayList<>(filters);
    next.removeIf(f -> f.column() == column);
    return new BlotterQuery(quickFilter, next, sort, groupBy);
  }

  /** The quick-filter words, lower case. */
  public List<String> words() {
    String t = quickFilter.strip().toLowerCase(Locale.ROOT);
    return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
  }

  /**
   * Whether every trade this query shows is also shown by {@code wider} (same column filters, and
   * each of its words inside one of ours): then only the trades {@code wider} matched need
   * checking.
   */
  boolean narrows(BlotterQuery wider) {
    if (!filters.equals(wider.filters)) {
      return false;
    }
    List<String> ours = words();
    for (String w : wider.words()) {
      if (ours.stream().noneMatch(o -> o.contains(w))) {
        return false;
      }
    }
    return true;
  }
}
