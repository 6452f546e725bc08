package com.tickmark.model.trade.blotter;

import com.tickmark.model.trade.blotter.BlotterColumn.Kind;
import com.tickmark.model.trade.blotter.BlotterQuery.SortKey;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.ints.IntComparator;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Works out what the blotter shows, in memory over the {@link TradeTable}: filter, sort, group and
 * total a million trades in well under a second.
 *
 * <ul>
 *   <li>Filters test each row against precompiled tests: a category column is a lookup of the row's
 *       code in a table of which values match; text references are scanned as bytes. A keystroke
 *       that narrows the quick filter only re-tests the trades the last one matched.
 *   <li>Sorting keeps, per sort order, the permutation of all rows (worked out once, kept until the
 *       trades change); the matching rows are then picked out of it in one pass, or, when few
 *       match, ordered by their place in it.
 *   <li>Grouping is a stable counting sort of the ordered rows by the group value, adding up the
 *       subtotals on the way.
 * </ul>
 *
 * <p>Not thread-safe: the blotter works one query at a time on one worker thread, the same thread
 * that adds trades to the table.
 */
public final class BlotterEngine {
  private static final int CHECK_EVERY = 1 << 16;

  private final TradeTable table;
  private Ordering ordering;

  private record Ordering(List<SortKey> sort, long changes, int size, int[] perm, int[] rank) {}

  /** A test of one row. */
  @FunctionalInterface
  private interface RowTest {
    boolean test(int row);
  }

  public BlotterEngine(TradeTable table) {
    this.table = table;
  }

  public TradeTable table() {
    return table;
  }

  /** Works out {@code query} from scratch. */
  public BlotterResult evaluate(BlotterQuery query) {
    return evaluate(query, null, () -> false);
  }

  /**
   * Works out {@code query}, re-testing only the trades {@code previous} matched when the query
   * narrows it and no trade changed since.
   *
   * @throws CancellationException when {@code cancelled} says so (checked every 65,536 rows)
   */
  public BlotterResult evaluate(
      BlotterQuery query, BlotterResult previous, BooleanSupplier cancelled) {
    int n = table.size();
    long changes = table.changes();
    int[] candidates =
        previous != null
                && previous.tableChanges() == changes
                && previous.tableSize() == n
                && query.narrows(previous.query())
            ? previous.matchedInRowOrder()
            : null;
    int[] matched = filter(query, candidates, n, cancelled);
    Ordering o = ordering(query.sort(), n, changes, cancelled);
    int[] ordered = order(matched, o, n);
    Totals totals = new Totals();
    Totals.Adder adder = new Totals.Adder(table);
    List<BlotterResult.Group> groups = List.of();
    if (query.groupBy() != null) {
      Grouped g = group(ordered, query.groupBy(), adder, totals);
      ordered = g.rows;
      groups = g.groups;
    } else {
      for (int i = 0; i < ordered.length; i++) {
        adder.add(totals, ordered[i]);
      }
    }
    return new BlotterResult(query, ordered, matched, totals, groups, n, changes);
  }

  // ---------------------------------------------------------------------------------------------
  // Filtering

  private int[] filter(BlotterQuery query, int[] candidates, int n, BooleanSupplier cancelled) {
    List<RowTest> tests = new ArrayList<>();
    for (ColumnFilter f : query.filters()) {
      tests.add(compile(f));
    }
    for (String word : query.words()) {
      tests.add(wordTest(word));
    }
    RowTest[] all = tests.toArray(RowTest[]::new);
    int count = candidates == null ? n : candidates.length;
    if (all.length == 0) {
      if (candidates != null) {
        return candidates;
      }
      int[] rows = new int[n];
      Arrays.setAll(rows, i -> i);
      return rows;
    }
    int[] out = new int[count];
    int kept = 0;
    for (int i = 0; i < count; i++) {
      if ((i & (CHECK_EVERY - 1)) == 0 && cancelled.getAsBoolean()) {
        throw new CancellationException("The blotter query was replaced by a newer one");
      }
      int row = candidates == null ? i : candidates[i];
      boolean pass = true;
      for (RowTest t : all) {
        if (!t.test(row)) {
          pass = false;
          break;
        }
      }
      if (pass) {
        out[kept++] = row;
      }
    }
    return Arrays.copyOf(out, kept);
  }

  private RowTest compile(ColumnFilter filter) {
    BlotterColumn c = filter.column();
    if (filter instanceof ColumnFilter.Values v) {
      Dictionary d = table.dictionary(c);
      boolean[] allowed = new boolean[d.size()];
      for (String label : v.values()) {
        int code = d.find(label);
        if (code >= 0) {
          allowed[code] = true;
        }
      }
      int[] codes = table.codes(c);
      return row -> allowed[codes[row]];
    }
    if (filter instanceof ColumnFilter.Range r) {
      int scale = scaleOf(c.kind());
      long low =
          r.min() == null
              ? Long.MIN_VALUE + 1
              : r.min().setScale(scale, RoundingMode.CEILING).unscaledValue().longValueExact();
      long high =
          r.max() == null
              ? Long.MAX_VALUE
              : r.max().setScale(scale, RoundingMode.FLOOR).unscaledValue().longValueExact();
      long[] values = table.numbers(c);
      return row -> {
        long v = values[row];
        return v != TradeTable.NONE && v >= low && v <= high;
      };
    }
    if (filter instanceof ColumnFilter.Dates d) {
      long[] values = table.numbers(c);
      long low;
      long high;
      if (c.kind() == Kind.DATE) {
        low = d.from() == null ? Long.MIN_VALUE + 1 : d.from().toEpochDay();
        high = d.to() == null ? Long.MAX_VALUE : d.to().toEpochDay();
      } else {
        low = d.from() == null ? Long.MIN_VALUE + 1 : micros(d.from());
        high = d.to() == null ? Long.MAX_VALUE : micros(d.to().plusDays(1)) - 1;
      }
      return row -> {
        long v = values[row];
        return v != TradeTable.NONE && v >= low && v <= high;
      };
    }
    ColumnFilter.Contains contains = (ColumnFilter.Contains) filter;
    TextPool pool = table.texts(c);
    byte[] needle = contains.text().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    return row -> pool.containsIgnoreCase(row, needle);
  }

  private static long micros(LocalDate date) {
    return date.atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
  }

  static int scaleOf(Kind kind) {
    return switch (kind) {
      case QUANTITY -> TradeTable.QUANTITY_SCALE;
      case PRICE -> TradeTable.PRICE_SCALE;
      case MONEY -> TradeTable.MONEY_SCALE;
      case BASE_MONEY -> BlotterReference.BASE_SCALE;
      default -> 0;
    };
  }

  /** A row passes when {@code word} appears in any searchable column. */
  private RowTest wordTest(String word) {
    List<int[]> categoryCodes = new ArrayList<>();
    List<boolean[]> categoryMatches = new ArrayList<>();
    List<long[]> dayColumns = new ArrayList<>();
    List<TextPool> pools = new ArrayList<>();
    for (BlotterColumn c : BlotterColumn.values()) {
      if (!c.searchable()) {
        continue;
      }
      switch (c.kind()) {
        case CATEGORY -> {
          boolean[] m = table.dictionary(c).matching(word);
          if (anyTrue(m)) {
            categoryCodes.add(table.codes(c));
            categoryMatches.add(m);
          }
        }
        case DATE -> dayColumns.add(table.numbers(c));
        case TEXT -> pools.add(table.texts(c));
        default -> {}
      }
    }
    int[][] codes = categoryCodes.toArray(int[][]::new);
    boolean[][] matches = categoryMatches.toArray(boolean[][]::new);
    DayMatch days = dayMatch(word, dayColumns);
    long[][] dayArrays = days == null ? new long[0][] : dayColumns.toArray(long[][]::new);
    byte[] needle = word.getBytes(StandardCharsets.UTF_8);
    TextPool[] texts = pools.toArray(TextPool[]::new);
    long[] ids = word.matches("t?[0-9]+") ? table.numbers(BlotterColumn.TRADE_ID) : null;
    return row -> {
      for (int k = 0; k < codes.length; k++) {
        if (matches[k][codes[k][row]]) {
          return true;
        }
      }
      for (long[] dayArray : dayArrays) {
        long offset = dayArray[row] - days.first;
        if (offset >= 0 && offset < days.matches.length && days.matches[(int) offset]) {
          return true;
        }
      }
      if (ids != null && idContains(ids[row], needle)) {
        return true;
      }
      for (TextPool p : texts) {
        if (p.containsIgnoreCase(row, needle)) {
          return true;
        }
      }
      return false;
    };
  }

  /**
   * Which days, from the earliest held to the latest, read (as 2026-11-20) with the word in them.
   */
  private record DayMatch(long first, boolean[] matches) {}

  private DayMatch dayMatch(String word, List<long[]> columns) {
    if (word.chars().anyMatch(ch -> !(Character.isDigit(ch) || ch == '-'))) {
      return null;
    }
    int n = table.size();
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long[] days : columns) {
      for (int i = 0; i < n; i++) {
        min = Math.min(min, days[i]);
        max = Math.max(max, days[i]);
      }
    }
    if (n == 0 || max - min > 200_000) {
      return null;
    }
    boolean[] m = new boolean[(int) (max - min + 1)];
    boolean any = false;
    for (int i = 0; i < m.length; i++) {
      m[i] = LocalDate.ofEpochDay(min + i).toString().contains(word);
      any |= m[i];
    }
    return any ? new DayMatch(min, m) : null;
  }

  private static boolean anyTrue(boolean[] m) {
    for (boolean b : m) {
      if (b) {
        return true;
      }
    }
    return false;
  }

  /** Whether the trade id as shown ("t00001234", lower case) contains {@code needle} (ASCII). */
  static boolean idContains(long id, byte[] needle) {
    byte[] shown = new byte[20];
    int length = 0;
    long v = Math.abs(id);
    do {
      shown[length++] = (byte) ('0' + v % 10);
      v /= 10;
    } while (v > 0);
    while (length < 8) {
      shown[length++] = '0';
    }
    shown[length++] = 't';
    // shown holds the text last character first
    outer:
    for (int start = length - 1; start - needle.length + 1 >= 0; start--) {
      for (int j = 0; j < needle.length; j++) {
        if (shown[start - j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Sorting

  private Ordering ordering(List<SortKey> sort, int n, long changes, BooleanSupplier cancelled) {
    Ordering o = ordering;
    if (o != null && o.sort.equals(sort) && o.changes == changes && o.size == n) {
      return o;
    }
    if (cancelled.getAsBoolean()) {
      throw new CancellationException("The blotter query was replaced by a newer one");
    }
    IntComparator[] keys = new IntComparator[sort.size()];
    for (int k = 0; k < keys.length; k++) {
      IntComparator base = comparator(sort.get(k).column());
      keys[k] = sort.get(k).descending() ? (a, b) -> base.compare(b, a) : base;
    }
    long[] ids = table.numbers(BlotterColumn.TRADE_ID);
    IntComparator all =
        (a, b) -> {
          for (IntComparator key : keys) {
            int c = key.compare(a, b);
            if (c != 0) {
              return c;
            }
          }
          return Long.compare(ids[a], ids[b]);
        };
    int[] perm = new int[n];
    Arrays.setAll(perm, i -> i);
    IntArrays.stableSort(perm, all);
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      rank[perm[i]] = i;
    }
    o = new Ordering(sort, changes, n, perm, rank);
    ordering = o;
    return o;
  }

  private IntComparator comparator(BlotterColumn c) {
    return switch (c.kind()) {
      case CATEGORY -> {
        int[] codes = table.codes(c);
        int[] rank = table.dictionary(c).rank();
        yield (a, b) -> Integer.compare(rank[codes[a]], rank[codes[b]]);
      }
      case TEXT -> table.texts(c)::compare;
      default -> {
        long[] values = table.numbers(c);
        yield (a, b) -> Long.compare(values[a], values[b]);
      }
    };
  }

  private static int[] order(int[] matched, Ordering o, int n) {
    int m = matched.length;
    if ((long) m * 8 > n) {
      long[] in = new long[(n + 63) >>> 6];
      for (int row : matched) {
        in[row >>> 6] |= 1L << row;
      }
      int[] out = new int[m];
      int k = 0;
      for (int row : o.perm) {
        if ((in[row >>> 6] & (1L << row)) != 0) {
          out[k++] = row;
        }
      }
      return out;
    }
    int[] places = new int[m];
    for (int i = 0; i < m; i++) {
      places[i] = o.rank[matched[i]];
    }
    Arrays.sort(places);
    for (int i = 0; i < m; i++) {
      places[i] = o.perm[places[i]];
    }
    return places;
  }

  // ---------------------------------------------------------------------------------------------
  // Grouping

  private record Grouped(int[] rows, List<BlotterResult.Group> groups) {}

  private Grouped group(int[] ordered, BlotterColumn column, Totals.Adder adder, Totals overall) {
    int[] keyOf;
    int keys;
    int[] keyOrder; // keys in display order
    String[] labels;
    if (column.kind() == Kind.CATEGORY) {
      Dictionary d = table.dictionary(column);
      int[] codes = table.codes(column);
      keys = d.size();
      keyOf = new int[ordered.length];
      for (int i = 0; i < ordered.length; i++) {
        keyOf[i] = codes[ordered[i]];
      }
      int[] rank = d.rank();
      keyOrder = new int[keys];
      for (int code = 0; code < keys; code++) {
        keyOrder[rank[code]] = code;
      }
      labels = new String[keys];
      for (int code = 0; code < keys; code++) {
        labels[code] = d.label(code);
      }
    } else { // a date column: newest first
      long[] days = table.numbers(column);
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (int row : ordered) {
        min = Math.min(min, days[row]);
        max = Math.max(max, days[row]);
      }
      keys = ordered.length == 0 ? 0 : (int) (max - min + 1);
      keyOf = new int[ordered.length];
      for (int i = 0; i < ordered.length; i++) {
        keyOf[i] = (int) (days[ordered[i]] - min);
      }
      keyOrder = new int[keys];
      labels = new String[keys];
      for (int k = 0; k < keys; k++) {
        keyOrder[k] = keys - 1 - k;
        labels[k] = LocalDate.ofEpochDay(min + k).toString();
      }
    }
    int[] counts = new int[keys];
    for (int k : keyOf) {
      counts[k]++;
    }
    int[] start = new int[keys];
    int next = 0;
    for (int k : keyOrder) {
      start[k] = next;
      next += counts[k];
    }
    int[] fill = start.clone();
    int[] rows = new int[ordered.length];
    Totals[] subtotals = new Totals[keys];
    for (int i = 0; i < ordered.length; i++) {
      int k = keyOf[i];
      rows[fill[k]++] = ordered[i];
      if (subtotals[k] == null) {
        subtotals[k] = new Totals();
      }
      adder.add(subtotals[k], ordered[i]);
      adder.add(overall, ordered[i]);
    }
    List<BlotterResult.Group> groups = new ArrayList<>();
    for (int k : keyOrder) {
      if (counts[k] > 0) {
        groups.add(new BlotterResult.Group(labels[k], start[k], counts[k], subtotals[k]));
      }
    }
    return new Grouped(rows, List.copyOf(groups));
  }
}
