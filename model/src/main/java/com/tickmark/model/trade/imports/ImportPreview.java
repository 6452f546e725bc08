package com.tickmark.model.trade.imports;

import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.trade.Trade;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What importing a file would do, found by the same checks as the import, with nothing written.
 *
 * @param result the rows read and every problem, in file order; {@link ImportResult#earlier()}
 *     names an earlier import of the same file, which refuses it
 * @param valid rows that would be booked
 * @param refused rows that have at least one problem
 * @param firstTrades the first valid rows as they would be stored (ids are provisional)
 * @param totals the valid rows' quantity and notional per currency, in order of currency code
 * @param problemValues for each of {@code result.problems()}, in the same order, the text of the
 *     cell it is about, as in the file ("" for a problem with no one cell, such as a missing
 *     column)
 */
public record ImportPreview(
    ImportResult result,
    int valid,
    int refused,
    List<Trade> firstTrades,
    Map<CurrencyCode, CurrencyTotals> totals,
    List<String> problemValues) {
  public ImportPreview {
    firstTrades = List.copyOf(firstTrades);
    Map<CurrencyCode, CurrencyTotals> byCode =
        new TreeMap<>(Comparator.comparing(CurrencyCode::code));
    byCode.putAll(totals);
    totals = Collections.unmodifiableMap(byCode);
    problemValues = List.copyOf(problemValues);
    if (problemValues.size() != result.problems().size()) {
      throw new IllegalArgumentException(
          "one value per problem: " + problemValues.size() + " for " + result.problems().size());
    }
  }

  /** Whether the file was imported before (then it may not be imported again). */
  public boolean importedBefore() {
    return result.earlier() != null;
  }

  /** Whether every row is valid and the file is new: "import all" would book every row. */
  public boolean canImportAll() {
    return !importedBefore() && result.problems().isEmpty() && valid > 0;
  }

  /**
   * Whether a quarantine import would book something or set something aside: the file is new and
   * was read.
   */
  public boolean canQuarantine() {
    return !importedBefore() && result.rows() > 0 && refused > 0 && !headerRefused();
  }

  /** A problem with the file as a whole (its header, no rows): no row can be imported. */
  public boolean headerRefused() {
    return result.rows() == 0;
  }
}
