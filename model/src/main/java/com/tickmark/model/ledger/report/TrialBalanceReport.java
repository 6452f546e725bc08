package com.tickmark.model.ledger.report;

import com.tickmark.model.ledger.ChartOfAccounts;
import com.tickmark.model.ledger.TrialBalance;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.report.catalog.ParameterValues;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.report.catalog.ReportParameterSpec;
import java.time.LocalDate;
import java.util.List;

/**
 * The trial balance as of a date: a sheet per currency, accounts grouped by class and header with
 * subtotals, the debit column totalling the credit column; then every balance in the reporting
 * currency, totalling zero.
 */
public final class TrialBalanceReport implements ReportDefinition {
  public static final String NAME = "trial-balance";
  static final String GROUP = "Group";
  static final String CURRENCY = "Currency";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "Trial balance";
  }

  @Override
  public String description() {
    return "Every account's balance as of a date, per currency in the debit or credit column, with"
        + " subtotals per account group and totals that agree; then in the reporting currency.";
  }

  @Override
  public List<ReportParameterSpec> parameters() {
    return List.of(
        ReportParameterSpec.date(LedgerReports.DATE, "As of", "The close of this date.")
            .withDefault("the business date", context -> context.businessDate().toString()),
        BookParameter.spec());
  }

  @Override
  public Report build(ParameterValues parameters, ReportContext context) {
    LocalDate asOf = parameters.date(LedgerReports.DATE).orElseThrow();
    LedgerReader ledger = context.reader(LedgerReader.class);
    ChartOfAccounts chart = ledger.chart();
    TrialBalance tb = ledger.trialBalance(asOf, LedgerReports.bookId(parameters));
    CurrencyCode reporting = tb.reportingCurrency();
    Report.Builder report =
        Report.builder(title())
            .subtitle(LedgerReports.scope(parameters) + ", as of " + asOf)
            .asOf(asOf)
            .runBy(context.actor().username(), context.runAt());
    for (TrialBalance.Total total : tb.totals()) {
      String c = total.currency().code();
      ReportSection.Builder section =
          ReportSection.builder(c)
              .columns(
                  ReportColumn.text(GROUP),
                  ReportColumn.text("Account"),
                  ReportColumn.text("Name"),
                  ReportColumn.money("Debit", c),
                  ReportColumn.money("Credit", c),
                  ReportColumn.money("Balance", c))
              .groupBy(GROUP)
              .totals("Debit", "Credit", "Balance");
      for (TrialBalance.Row r : sorted(chart, tb)) {
        if (r.currency().equals(total.currency())) {
          section.row(
              ReportRow.of(
                  LedgerReports.group(chart, r.account()),
                  r.account().code(),
                  r.account().name(),
                  r.debit(),
                  r.credit(),
                  r.balance()));
        }
      }
      report.section(section.build());
    }
    ReportSection.Builder converted =
        ReportSection.builder("In " + reporting.code())
            .columns(
                ReportColumn.text(GROUP),
                ReportColumn.text("Account"),
                ReportColumn.text("Name"),
                ReportColumn.text(CURRENCY),
                ReportColumn.money("Balance (" + reporting.code() + ")", reporting.code()))
            .groupBy(GROUP)
            .totals("Balance (" + reporting.code() + ")");
    sorted(chart, tb)
        .forEach(
            r ->
                converted.row(
                    ReportRow.of(
                        LedgerReports.group(chart, r.account()),
                        r.account().code(),
                        r.account().name(),
                        r.currency().code(),
                        r.reportingBalance())));
    report.section(converted.build());
    report.note(
        tb.balanced()
            ? "The books balance: in each currency the debits equal the credits, and the balances"
                + " in "
                + reporting.code()
                + " total zero."
            : "THE BOOKS DO NOT BALANCE: "
                + tb.totals()
                + ", reporting total "
                + tb.reportingTotal());
    report.note(
        "Debit balances are positive and credit balances negative in the Balance columns; in"
            + " print, credits show in brackets.");
    return report.build();
  }

  private static List<TrialBalance.Row> sorted(ChartOfAccounts chart, TrialBalance tb) {
    return tb.rows().stream()
        .sorted(
            LedgerReports.<TrialBalance.Row>byGroup(chart, TrialBalance.Row::account)
                .thenComparing(TrialBalance.Row::currency))
        .toList();
  }
}
