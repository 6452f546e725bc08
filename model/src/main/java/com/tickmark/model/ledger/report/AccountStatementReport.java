package com.tickmark.model.ledger.report;

import com.tickmark.model.ledger.AccountStatement;
import com.tickmark.model.ledger.JournalLine;
import com.tickmark.model.ledger.LedgerAccount;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.report.catalog.ParameterValues;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.report.catalog.ReportParameterException;
import com.tickmark.model.report.catalog.ReportParameterSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Account statements over a period, one sheet per account: per currency the opening balance, each
 * posted line with its entry, trade and book and the balance after it, and the debits and credits
 * totalled, the closing balance last.
 */
public final class AccountStatementReport implements ReportDefinition {
  public static final String NAME = "account-statement";
  static final String ACCOUNTS = "accounts";
  static final String CURRENCY = "Currency";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "Account statements";
  }

  @Override
  public String description() {
    return "One sheet per account chosen: the opening balance, every posted line with its entry,"
        + " trade and book and the running balance, and the closing balance.";
  }

  @Override
  public List<ReportParameterSpec> parameters() {
    return List.of(
        ReportParameterSpec.text(
                ACCOUNTS, "Accounts", "Account codes, separated by commas (1100,2100).")
            .required(),
        ReportParameterSpec.date(LedgerReports.FROM, "From", "The first day.")
            .withDefault(
                "the first day of the business date's month",
                context -> context.businessDate().withDayOfMonth(1).toString()),
        ReportParameterSpec.date(LedgerReports.TO, "To", "The last day.")
            .withDefault("the business date", context -> context.businessDate().toString()));
  }

  @Override
  public Report build(ParameterValues parameters, ReportContext context) {
    LocalDate from = parameters.date(LedgerReports.FROM).orElseThrow();
    LocalDate to = parameters.date(LedgerReports.TO).orElseThrow();
    LedgerReader ledger = context.reader(LedgerReader.class);
    List<String> codes =
        Arrays.stream(parameters.text(ACCOUNTS).orElse("").split(","))
            .map(String::trim)
            .filter(c -> !c.isEmpty())
            .distinct()
            .toList();
    for (String code : codes) {
      if (ledger.chart().find(code).isEmpty()) {
        throw new ReportParameterException(
            ACCOUNTS, "there is no account '" + code + "' (tickmark ledger accounts lists them)");
      }
    }
    Map<BookId, String> books =
        ledger.books().stream().collect(Collectors.toMap(Book::id, Book::code));
    Report.Builder report =
        Report.builder(title())
            .subtitle(from + " to " + to)
            .period(from, to)
            .runBy(context.actor().username(), context.runAt());
    for (String code : codes) {
      AccountStatement s = ledger.statement(code, from, to);
      report.section(section(s, books::get));
      for (AccountStatement.Section c : s.sections()) {
        report.note(
            s.account().label()
                + ", "
                + c.currency().code()
                + ": opening "
                + c.opening().toPlainString()
                + ", closing "
                + c.closing().toPlainString()
                + ".");
      }
    }
    report.note("Balances are debit positive; in print, credits show in brackets.");
    return report.build();
  }

  private static ReportSection section(AccountStatement s, Function<BookId, String> book) {
    LedgerAccount a = s.account();
    ReportSection.Builder b =
        ReportSection.builder(a.code() + " " + a.name())
            .columns(
                ReportColumn.text(CURRENCY),
                ReportColumn.date("Date"),
                ReportColumn.text("Entry"),
                ReportColumn.text("Kind"),
                ReportColumn.text("Description"),
                ReportColumn.text("Trade"),
                ReportColumn.text("Book"),
                ReportColumn.moneyInCurrencyOf("Debit", CURRENCY),
                ReportColumn.moneyInCurrencyOf("Credit", CURRENCY),
                ReportColumn.moneyInCurrencyOf("Balance", CURRENCY))
            .groupBy(CURRENCY)
            .totals("Debit", "Credit");
    List<ReportRow> rows = new ArrayList<>();
    for (AccountStatement.Section c : s.sections()) {
      String ccy = c.currency().code();
      rows.add(
          ReportRow.of(ccy, s.from(), "", "", "Opening balance", "", "", null, null, c.opening()));
      for (AccountStatement.Line l : c.lines()) {
        JournalLine line = l.posted().line();
        rows.add(
            ReportRow.of(
                ccy,
                l.posted().date(),
                Long.toString(l.posted().entryId()),
                l.posted().kind().label(),
                l.posted().description(),
                l.posted().trade() == null ? "" : l.posted().trade().display(),
                line.book() == null ? "" : book.apply(line.book()),
                line.amount().signum() > 0 ? line.debitAmount() : null,
                line.amount().signum() < 0 ? line.creditAmount() : null,
                l.balance()));
      }
    }
    b.rows(rows);
    return b.build();
  }
}
