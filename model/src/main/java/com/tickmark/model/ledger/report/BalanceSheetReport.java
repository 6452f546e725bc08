package com.tickmark.model.ledger.report;

import com.tickmark.model.ledger.AccountClass;
import com.tickmark.model.ledger.FinancialStatement;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.catalog.ParameterValues;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.report.catalog.ReportParameterSpec;
import java.time.LocalDate;
import java.util.List;

/**
 * The balance sheet as of a date in the reporting currency: assets on one sheet, liabilities and
 * equity on the other, their totals equal.
 */
public final class BalanceSheetReport implements ReportDefinition {
  public static final String NAME = "balance-sheet";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "Balance sheet";
  }

  @Override
  public String description() {
    return "Assets, liabilities and equity as of a date in the reporting currency; the earnings"
        + " not yet closed to equity shown in it, so that assets equal liabilities and equity.";
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
    FinancialStatement bs = ledger.balanceSheet(asOf, LedgerReports.bookId(parameters));
    String ccy = bs.reportingCurrency().code();
    Report.Builder report =
        Report.builder(title())
            .subtitle(LedgerReports.scope(parameters) + ", as of " + asOf + ", in " + ccy)
            .asOf(asOf)
            .runBy(context.actor().username(), context.runAt())
            .section(
                FinancialStatementReports.section(
                    "Assets",
                    "Amount",
                    ledger.chart(),
                    bs,
                    List.of(AccountClass.ASSET),
                    List.of(1)))
            .section(
                FinancialStatementReports.section(
                    "Liabilities and equity",
                    "Amount",
                    ledger.chart(),
                    bs,
                    List.of(AccountClass.LIABILITY, AccountClass.EQUITY),
                    List.of(1, 1)));
    report.note(
        "Assets "
            + bs.total(AccountClass.ASSET).toPlainString()
            + " = liabilities "
            + bs.total(AccountClass.LIABILITY).toPlainString()
            + " + equity "
            + bs.total(AccountClass.EQUITY).toPlainString()
            + " "
            + ccy
            + (bs.imbalance().signum() == 0
                ? "."
                : "; THEY DIFFER BY " + bs.imbalance().toPlainString() + "."));
    return report.build();
  }
}
