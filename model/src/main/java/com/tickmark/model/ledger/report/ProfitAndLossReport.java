package com.tickmark.model.ledger.report;

import com.tickmark.model.ledger.ProfitAndLoss;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.report.ReferenceDataReader;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.report.catalog.ParameterValues;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.report.catalog.ReportParameterSpec;
import com.tickmark.model.report.catalog.ReportParameterSpec.Choice;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The P&amp;L the ledger books as of a date by book, strategy or instrument: day, month to date and
 * year to date, and the year's realized, unrealized and costs, totalled.
 */
public final class ProfitAndLossReport implements ReportDefinition {
  public static final String NAME = "pnl";
  static final String BY = "by";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "P&L";
  }

  @Override
  public String description() {
    return "The P&L the ledger books, in the reporting currency, by book, strategy or instrument:"
        + " day, month to date and year to date, with the year's realized, unrealized and costs.";
  }

  @Override
  public List<ReportParameterSpec> parameters() {
    return List.of(
        ReportParameterSpec.date(LedgerReports.DATE, "As of", "The close of this date.")
            .withDefault("the business date", context -> context.businessDate().toString()),
        ReportParameterSpec.choice(
                BY,
                "By",
                "How the P&L is grouped.",
                List.of(
                    new Choice("book", "Book"),
                    new Choice("strategy", "Strategy"),
                    new Choice("instrument", "Book and instrument")))
            .withDefault("book"));
  }

  @Override
  public Report build(ParameterValues parameters, ReportContext context) {
    LocalDate asOf = parameters.date(LedgerReports.DATE).orElseThrow();
    ProfitAndLoss.By by =
        ProfitAndLoss.By.valueOf(
            parameters.choice(BY).orElseThrow().value().toUpperCase(Locale.ROOT));
    LedgerReader ledger = context.reader(LedgerReader.class);
    ProfitAndLoss pnl = ledger.profitAndLoss(asOf, by);
    Map<BookId, String> books =
        ledger.books().stream().collect(Collectors.toMap(Book::id, Book::code));
    Map<InstrumentId, String> instruments =
        context.reader(ReferenceDataReader.class).instruments().stream()
            .collect(Collectors.toMap(Instrument::id, Instrument::symbol));
    String ccy = pnl.reportingCurrency().code();
    String[] amounts = {
      "Day", "Month to date", "Year to date", "Realized (YTD)", "Unrealized (YTD)", "Costs (YTD)"
    };
    ReportSection.Builder section =
        ReportSection.builder("P&L by " + by.name().toLowerCase(Locale.ROOT))
            .columns(
                ReportColumn.text("Book"),
                ReportColumn.text("Strategy"),
                ReportColumn.text("Instrument"),
                ReportColumn.money(amounts[0], ccy),
                ReportColumn.money(amounts[1], ccy),
                ReportColumn.money(amounts[2], ccy),
                ReportColumn.money(amounts[3], ccy),
                ReportColumn.money(amounts[4], ccy),
                ReportColumn.money(amounts[5], ccy))
            .totals(amounts);
    for (ProfitAndLoss.Row r : pnl.rows()) {
      section.row(
          ReportRow.of(
              r.book() == null ? "" : books.getOrDefault(r.book(), ""),
              r.strategy() == null ? "" : r.strategy(),
              r.instrument() == null ? "" : instruments.getOrDefault(r.instrument(), ""),
              r.day(),
              r.monthToDate(),
              r.yearToDate(),
              r.realized(),
              r.unrealized(),
              r.costs()));
    }
    return Report.builder(title())
        .subtitle("By " + by.name().toLowerCase(Locale.ROOT) + ", as of " + asOf + ", in " + ccy)
        .asOf(asOf)
        .runBy(context.actor().username(), context.runAt())
        .section(section.build())
        .note(
            "A gain is positive. The year to date equals the income statement's net income from"
                + " the first of the year; lines without an instrument (FX revaluation, penalties,"
                + " write-offs, manual journals) show under no instrument.")
        .build();
  }
}
