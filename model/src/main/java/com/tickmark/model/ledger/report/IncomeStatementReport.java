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

/** The income statement of a period in the reporting currency: income less expenses. */
public final class IncomeStatementReport implements ReportDefinition {
  public static final String NAME = "income-statement";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "Income statement";
  }

  @Override
  public String description() {
    return "Income and expenses of a period in the reporting currency, grouped by account, with"
        + " the net income as the total.";
  }

  @Override
  public List<ReportParameterSpec> parameters() {
    return List.of(
        ReportParameterSpec.date(LedgerReports.FROM, "From", "The first day.")
            .withDefault(
                "the first day of the business date's year",
                context -> context.businessDate().withDayOfYear(1).toString()),
        ReportParameterSpec.date(LedgerReports.TO, "To", "The last day.")
            .withDefault("the business date", context -> context.businessDate().toString()),
        BookParameter.spec());
  }

  @Override
  public Report build(ParameterValues parameters, ReportContext context) {
    LocalDate from = parameters.date(LedgerReports.FROM).orElseThrow();
    LocalDate to = parameters.date(LedgerReports.TO).orElseThrow();
    LedgerReader ledger = context.reader(LedgerReader.class);
    FinancialStatement is = ledger.incomeStatement(from, to, LedgerReports.bookId(parameters));
    String ccy = is.reportingCurrency().code();
    return Report.builder(title())
        .subtitle(LedgerReports.scope(parameters) + ", " + from + " to " + to + ", in " + ccy)
        .period(from, to)
        .runBy(context.actor().username(), context.runAt())
        .section(
            FinancialStatementReports.section(
                "Income statement",
                "Amount",
                ledger.chart(),
                is,
                List.of(AccountClass.INCOME, AccountClass.EXPENSE),
                List.of(1, -1)))
        .note(
            "Income is positive and expenses negative, so that the total is the net income: "
                + is.netIncome().toPlainString()
                + " "
                + ccy
                + ".")
        .build();
  }
}
