package com.tickmark.model.ledger.report;

import com.tickmark.model.ledger.AccountClass;
import com.tickmark.model.ledger.ChartOfAccounts;
import com.tickmark.model.ledger.FinancialStatement;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import java.util.Comparator;
import java.util.List;

/** The sections the income statement and the balance sheet print their classes in. */
final class FinancialStatementReports {
  static final String GROUP = "Group";

  private FinancialStatementReports() {}

  /**
   * A section of {@code classes}' lines grouped by account group with subtotals and a total; each
   * class's amounts multiplied by its {@code signs} entry (1 or −1), so that the total is what the
   * section stands for (income less expenses).
   */
  static ReportSection section(
      String name,
      String amount,
      ChartOfAccounts chart,
      FinancialStatement statement,
      List<AccountClass> classes,
      List<Integer> signs) {
    String currency = statement.reportingCurrency().code();
    ReportSection.Builder b =
        ReportSection.builder(name)
            .columns(
                ReportColumn.text(GROUP),
                ReportColumn.text("Account"),
                ReportColumn.text("Name"),
                ReportColumn.money(amount, currency))
            .groupBy(GROUP)
            .totals(amount);
    for (int i = 0; i < classes.size(); i++) {
      AccountClass c = classes.get(i);
      int sign = signs.get(i);
      statement.of(c).stream()
          .sorted(
              Comparator.comparing(
                  (FinancialStatement.Line l) ->
                      l.account() == null ? "~" : LedgerReports.group(chart, l.account())))
          .forEach(
              l ->
                  b.row(
                      ReportRow.of(
                          l.account() == null
                              ? chart.root(rootOf(chart, c)).code() + " " + c.label()
                              : LedgerReports.group(chart, l.account()),
                          l.account() == null ? "" : l.account().code(),
                          l.account() == null ? l.label() : l.account().name(),
                          sign < 0 ? l.amount().negate() : l.amount())));
    }
    return b.build();
  }

  /** The code of the chart's first top-level account of class {@code c}. */
  private static String rootOf(ChartOfAccounts chart, AccountClass c) {
    return chart.accounts().stream()
        .filter(a -> a.parent() == null && a.accountClass() == c)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The chart has no " + c + " account"))
        .code();
  }
}
