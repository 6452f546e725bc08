package com.tickmark.model.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A table of a report: typed columns, rows, optional subtotals per group and a grand total over
 * chosen numeric columns.
 *
 * <p>Rows held in memory are checked when the section is built. Rows from a lazy {@link RowSource}
 * are checked as they are read by {@link #rows()} or {@link #lines()}, so a renderer stops at the
 * first bad row with a {@link ReportDataException} naming it.
 *
 * <p>Subtotals need the rows to arrive sorted (or at least grouped) by the group column: the
 * section never sorts, because it never holds all rows. A group value that comes back after its
 * group was closed is reported as an error rather than silently producing two subtotals.
 *
 * @param groupBy the column whose value groups rows for subtotals, or null for no subtotals
 * @param totals the numeric columns summed in subtotals and the grand total, in any order
 */
public record ReportSection(
    String name,
    List<ReportColumn> columns,
    RowSource rowSource,
    String groupBy,
    List<String> totals) {
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final DateTimeFormatter TIMESTAMP_LABEL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  public ReportSection {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A report section needs a name");
    }
    columns = List.copyOf(Objects.requireNonNull(columns, "columns of section " + name));
    Objects.requireNonNull(rowSource, "rows of section " + name);
    totals = List.copyOf(totals == null ? List.of() : totals);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("Section '" + name + "' needs at least one column");
    }
    Set<String> seen = new HashSet<>();
    for (ReportColumn column : columns) {
      if (!seen.add(column.name().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "Section '" + name + "' has two columns named '" + column.name() + "'");
      }
    }
    for (ReportColumn column : columns) {
      if (column.hasRowCurrency()) {
        ReportColumn source =
            find(
                name,
                columns,
                column.currencyColumn(),
                "Money column '" + column.name() + "' takes its currency from");
        if (source.kind() != ColumnKind.TEXT) {
          throw new IllegalArgumentException(
              "Section '"
                  + name
                  + "': money column '"
                  + column.name()
                  + "' takes its currency from '"
                  + source.name()
                  + "', which must be a text column of currency codes, not "
                  + source.kind());
        }
      }
    }
    if (groupBy != null) {
      find(name, columns, groupBy, "Subtotals group by");
      if (totals.isEmpty()) {
        throw new IllegalArgumentException(
            "Section '"
                + name
                + "' groups by '"
                + groupBy
                + "' but totals no column; name the columns to subtotal");
      }
    }
    Set<String> totalled = new HashSet<>();
    for (String total : totals) {
      ReportColumn column = find(name, columns, total, "Totals over");
      if (!totalled.add(column.name())) {
        throw new IllegalArgumentException(
            "Section '" + name + "' totals column '" + total + "' twice");
      }
      if (!column.kind().isNumeric()) {
        throw new IllegalArgumentException(
            "Section '"
                + name
                + "' cannot total column '"
                + column.name()
                + "': it holds "
                + column.kind()
                + ", not numbers");
      }
      if (column.name().equals(groupBy)) {
        throw new IllegalArgumentException(
            "Section '" + name + "' cannot both group by and total column '" + column.name() + "'");
      }
      if (column.hasRowCurrency() && !column.currencyColumn().equals(groupBy)) {
        throw new IllegalArgumentException(
            "Section '"
                + name
                + "': column '"
                + column.name()
                + "' takes its currency from '"
                + column.currencyColumn()
                + "' row by row, so it cannot be totalled across currencies; group by '"
                + column.currencyColumn()
                + "' to subtotal it per currency");
      }
    }
    if (rowSource instanceof RowSource.InMemory inMemory) {
      Checker checker = new Checker(name, columns);
      long number = 0;
      for (ReportRow row : inMemory.rows()) {
        checker.check(row, ++number);
      }
    }
  }

  private static ReportColumn find(
      String section, List<ReportColumn> columns, String columnName, String what) {
    for (ReportColumn column : columns) {
      if (column.name().equals(columnName)) {
        return column;
      }
    }
    throw new IllegalArgumentException(
        "Section '"
            + section
            + "': "
            + what
            + " column '"
            + columnName
            + "', which it does not have (columns: "
            + columns.stream().map(ReportColumn::name).collect(Collectors.joining(", "))
            + ")");
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The zero-based index of a column by name. */
  public int columnIndex(String columnName) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(columnName)) {
        return i;
      }
    }
    throw new IllegalArgumentException("Section '" + name + "' has no column '" + columnName + "'");
  }

  public Optional<String> groupColumn() {
    return Optional.ofNullable(groupBy);
  }

  public boolean isGrouped() {
    return groupBy != null;
  }

  public boolean hasTotals() {
    return !totals.isEmpty();
  }

  /**
   * Whether the section ends with a grand total row: it totals at least one column that is not in
   * mixed currencies.
   */
  public boolean hasGrandTotal() {
    for (int i = 0; i < columns.size(); i++) {
      if (isInGrandTotal(i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a column (by index) is summed in subtotals. */
  public boolean isTotalled(int column) {
    return totals.contains(columns.get(column).name());
  }

  /** Whether a column (by index) has a grand total: totalled and not in mixed currencies. */
  public boolean isInGrandTotal(int column) {
    return isTotalled(column) && !columns.get(column).hasRowCurrency();
  }

  /**
   * The column where the labels of totals rows ("Total EQ-LDN", "Grand total") go: the first column
   * that is not totalled, or -1 when every column is.
   */
  public int labelColumn() {
    for (int i = 0; i < columns.size(); i++) {
      if (!isTotalled(i)) {
        return i;
      }
    }
    return -1;
  }

  /** The label of the subtotal of a group. */
  public static String subtotalLabel(Object groupValue) {
    return "Total " + display(groupValue);
  }

  /** The label of the grand total row. */
  public String grandTotalLabel() {
    return isGrouped() ? "Grand total" : "Total";
  }

  private static String display(Object value) {
    if (value == null) {
      return "(blank)";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Instant instant) {
      return TIMESTAMP_LABEL.format(instant);
    }
    return value.toString();
  }

  /** Whether the rows are held in memory (and so were all checked when the section was built). */
  public boolean isInMemory() {
    return rowSource instanceof RowSource.InMemory;
  }

  /** Opens the data rows, checking each against the columns as it is read. Close the stream. */
  public Stream<ReportRow> rows() {
    Stream<ReportRow> source = rowSource.open();
    if (isInMemory()) {
      return source;
    }
    // Not peek or map: a terminal operation such as count() may skip them on a sized stream.
    Checker checker = new Checker(name, columns);
    Iterator<ReportRow> unchecked = source.iterator();
    Iterator<ReportRow> checked =
        new Iterator<>() {
          private long number;

          @Override
          public boolean hasNext() {
            return unchecked.hasNext();
          }

          @Override
          public ReportRow next() {
            ReportRow row = unchecked.next();
            checker.check(row, ++number);
            return row;
          }
        };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(checked, Spliterator.ORDERED), false)
        .onClose(source::close);
  }

  /** Opens the lines to print: data rows, subtotals and the grand total. Close the stream. */
  public Stream<ReportLine> lines() {
    Stream<ReportRow> source = rows();
    Iterator<ReportLine> lines = new LineIterator(source.iterator());
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(source::close);
  }

  /** Checks rows against the columns, naming the section, row and column of a misfit. */
  private static final class Checker {
    private final String section;
    private final List<ReportColumn> columns;
    private final int[] currencySource;

    Checker(String section, List<ReportColumn> columns) {
      this.section = section;
      this.columns = columns;
      this.currencySource = new int[columns.size()];
      for (int i = 0; i < columns.size(); i++) {
        currencySource[i] = -1;
        String source = columns.get(i).currencyColumn();
        if (source != null) {
          for (int j = 0; j < columns.size(); j++) {
            if (columns.get(j).name().equals(source)) {
              currencySource[i] = j;
            }
          }
        }
      }
    }

    void check(ReportRow row, long number) {
      if (row == null) {
        throw new ReportDataException(section, number, null, "the row is missing (null)");
      }
      if (row.size() != columns.size()) {
        throw new ReportDataException(
            section,
            number,
            null,
            "the row has "
                + row.size()
                + " cells but the section has "
                + columns.size()
                + " columns ("
                + columns.stream().map(ReportColumn::name).collect(Collectors.joining(", "))
                + ")");
      }
      for (int i = 0; i < columns.size(); i++) {
        ReportColumn column = columns.get(i);
        Object value = row.get(i);
        if (!column.kind().accepts(value)) {
          throw new ReportDataException(
              section,
              number,
              column.name(),
              "a "
                  + column.describe()
                  + " column holds "
                  + column.kind().expected()
                  + ", not "
                  + value.getClass().getSimpleName()
                  + " "
                  + abbreviate(value));
        }
        if (value != null && currencySource[i] >= 0) {
          Object code = row.get(currencySource[i]);
          if (code == null) {
            throw new ReportDataException(
                section,
                number,
                column.name(),
                "the amount "
                    + abbreviate(value)
                    + " has no currency: column '"
                    + column.currencyColumn()
                    + "' is empty");
          }
          if (!CURRENCY.matcher((String) code).matches()) {
            throw new ReportDataException(
                section,
                number,
                column.name(),
                "the amount takes its currency from column '"
                    + column.currencyColumn()
                    + "', which holds '"
                    + abbreviate(code)
                    + "' instead of an ISO currency code such as USD");
          }
        }
      }
    }

    private static String abbreviate(Object value) {
      String text =
          value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
      return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
  }

  /** Adds running sums of the totalled columns. */
  private final class Sums {
    private final long[] longs = new long[columns.size()];
    private final BigDecimal[] decimals = new BigDecimal[columns.size()];

    Sums(boolean grand) {
      for (int i = 0; i < columns.size(); i++) {
        if (grand ? isInGrandTotal(i) : isTotalled(i)) {
          decimals[i] = BigDecimal.ZERO;
        }
      }
    }

    void add(ReportRow row, long number) {
      for (int i = 0; i < decimals.length; i++) {
        if (decimals[i] == null) {
          continue;
        }
        Object value = row.get(i);
        if (value instanceof Long whole) {
          try {
            longs[i] = Math.addExact(longs[i], whole);
          } catch (ArithmeticException overflow) {
            throw new ReportDataException(
                name,
                number,
                columns.get(i).name(),
                "the total no longer fits a whole number (Long)");
          }
        } else if (value instanceof BigDecimal decimal) {
          decimals[i] = decimals[i].add(decimal);
        }
      }
    }

    ReportRow toRow() {
      Object[] cells = new Object[decimals.length];
      for (int i = 0; i < decimals.length; i++) {
        if (decimals[i] != null) {
          cells[i] =
              columns.get(i).kind() == ColumnKind.INTEGER ? Long.valueOf(longs[i]) : decimals[i];
        }
      }
      return ReportRow.of(cells);
    }
  }

  /** Interleaves subtotals after each group and the grand total after the last row. */
  private final class LineIterator implements Iterator<ReportLine> {
    private final Iterator<ReportRow> rows;
    private final int groupIndex = groupBy == null ? -1 : columnIndex(groupBy);
    private final Set<Object> closedGroups = new HashSet<>();
    private final List<ReportLine> pending = new ArrayList<>(2);
    private final Sums grand = new Sums(true);
    private Sums group;
    private Object groupKey;
    private Object groupValue;
    private long groupFirst;
    private long number;
    private boolean finished;

    LineIterator(Iterator<ReportRow> rows) {
      this.rows = rows;
    }

    @Override
    public boolean hasNext() {
      while (pending.isEmpty() && !finished) {
        advance();
      }
      return !pending.isEmpty();
    }

    @Override
    public ReportLine next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return pending.remove(0);
    }

    private void advance() {
      if (!rows.hasNext()) {
        if (group != null) {
          closeGroup(number);
        }
        if (hasGrandTotal()) {
          pending.add(new ReportLine.GrandTotal(grandTotalLabel(), grand.toRow(), number));
        }
        finished = true;
        return;
      }
      ReportRow row = rows.next();
      number++;
      if (groupIndex >= 0) {
        Object value = row.get(groupIndex);
        Object key = value instanceof BigDecimal decimal ? decimal.stripTrailingZeros() : value;
        if (group != null && !Objects.equals(key, groupKey)) {
          closeGroup(number - 1);
        }
        if (group == null) {
          if (closedGroups.contains(key)) {
            throw new ReportDataException(
                name,
                number,
                groupBy,
                "rows must arrive sorted by '"
                    + groupBy
                    + "' for subtotals, but '"
                    + display(value)
                    + "' appears again after its group was closed");
          }
          group = new Sums(false);
          groupKey = key;
          groupValue = value;
          groupFirst = number;
        }
        group.add(row, number);
      }
      if (hasTotals()) {
        grand.add(row, number);
      }
      pending.add(new ReportLine.Detail(number, row));
    }

    private void closeGroup(long lastRow) {
      pending.add(
          new ReportLine.Subtotal(
              groupValue, subtotalLabel(groupValue), group.toRow(), groupFirst, lastRow));
      closedGroups.add(groupKey);
      group = null;
    }
  }

  /** Builds a section; rows are either added one by one or given as a lazy source. */
  public static final class Builder {
    private final String name;
    private final List<ReportColumn> columns = new ArrayList<>();
    private final List<ReportRow> rows = new ArrayList<>();
    private RowSource source;
    private String groupBy;
    private final List<String> totals = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    public Builder column(ReportColumn column) {
      columns.add(Objects.requireNonNull(column, "column"));
      return this;
    }

    public Builder columns(ReportColumn... more) {
      for (ReportColumn column : more) {
        column(column);
      }
      return this;
    }

    public Builder columns(List<ReportColumn> more) {
      more.forEach(this::column);
      return this;
    }

    /** Adds a row held in memory. */
    public Builder row(Object... cells) {
      return row(ReportRow.of(cells));
    }

    public Builder row(ReportRow row) {
      if (source != null) {
        throw new IllegalStateException(
            "Section '" + name + "' already reads its rows from a source");
      }
      rows.add(Objects.requireNonNull(row, "row"));
      return this;
    }

    /** Reads the rows from a source when the report is rendered, one at a time. */
    public Builder rows(RowSource rowSource) {
      if (!rows.isEmpty() || source != null) {
        throw new IllegalStateException("Section '" + name + "' already has its rows");
      }
      source = Objects.requireNonNull(rowSource, "row source");
      return this;
    }

    /** Rows from an iterable whose iterator starts over on each call (a list is kept in memory). */
    public Builder rows(Iterable<ReportRow> iterable) {
      return rows(RowSource.ofIterable(iterable));
    }

    /**
     * Adds a subtotal row after each group of consecutive rows with the same value in this column.
     */
    public Builder groupBy(String column) {
      groupBy = Objects.requireNonNull(column, "group column");
      return this;
    }

    /** Sums these numeric columns in the subtotals and the grand total. */
    public Builder totals(String... columnNames) {
      totals.addAll(List.of(columnNames));
      return this;
    }

    public ReportSection build() {
      RowSource rowSource = source != null ? source : RowSource.of(rows);
      return new ReportSection(name, columns, rowSource, groupBy, totals);
    }
  }
}
