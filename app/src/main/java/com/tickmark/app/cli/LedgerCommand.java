package com.tickmark.app.cli;

import com.tickmark.app.ledger.LedgerServices;
import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.ledger.AccountClass;
import com.tickmark.model.ledger.AccountStatement;
import com.tickmark.model.ledger.ClosedPeriod;
import com.tickmark.model.ledger.EntryFilter;
import com.tickmark.model.ledger.EntryKind;
import com.tickmark.model.ledger.JournalEntry;
import com.tickmark.model.ledger.JournalLine;
import com.tickmark.model.ledger.LedgerAccount;
import com.tickmark.model.ledger.LedgerService;
import com.tickmark.model.ledger.PlainTextJournal;
import com.tickmark.model.ledger.ProfitAndLoss;
import com.tickmark.model.ledger.TrialBalance;
import com.tickmark.model.ledger.lot.LotPosition;
import com.tickmark.model.ledger.posting.PostingService;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.security.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark ledger}: the chart, the journal, the trial balance, statements and periods. */
@Command(
    name = "ledger",
    mixinStandardHelpOptions = true,
    description =
        "The ledger: the chart of accounts, the journal, the trial balance, account statements,"
            + " manual journals (posted when a second accountant approves them), the closing of"
            + " periods and the export of the journal for ledger-cli, hledger or beancount.",
    subcommands = {LedgerJournalCommand.class})
public final class LedgerCommand {
  /** The columns (a contract), then the reporting currency. */
  static final List<String> TRIAL_BALANCE_COLUMNS =
      List.of(
          "account",
          "name",
          "currency",
          "debit",
          "credit",
          "balance",
          "balance_reporting",
          "reporting_currency");

  static final List<String> STATEMENT_COLUMNS =
      List.of(
          "date",
          "entry",
          "kind",
          "description",
          "trade",
          "book",
          "currency",
          "debit",
          "credit",
          "balance");

  static final List<String> ACCOUNT_COLUMNS =
      List.of("account", "name", "class", "parent", "currency", "header");

  @ParentCommand TickmarkCommand root;

  @Command(
      name = "post",
      mixinStandardHelpOptions = true,
      description = {
        "Posts the trade lifecycle to the ledger through a date (ROLL_BUSINESS_DATE; the end of"
            + " day does it too): trades at cost against the broker with commission and fees,"
            + " lots relieved with the realized P&L (FIFO), settlements against cash, the daily"
            + " mark-to-market and its reversal, FX revaluation, booked CSDR penalties and the cash"
            + " recon's write-offs. Amended and cancelled trades are reversed and posted again.",
        "Each event posts once: running it again books nothing twice."
      })
  int post(
      @Option(
              names = "--date",
              paramLabel = "YYYY-MM-DD",
              description = "Through this date (default: the business date).")
          LocalDate date) {
    try (Session session = Session.open(root)) {
      Actor actor = session.signIn();
      LocalDate through = date != null ? date : session.services().businessDate().businessDate();
      PostingService.Result r =
          session.services().area(LedgerServices.class).posting().post(actor, through);
      Map<EntryKind, Long> byKind =
          r.entries().stream()
              .collect(
                  Collectors.groupingBy(
                      e -> e.content().kind(),
                      () -> new java.util.EnumMap<>(EntryKind.class),
                      Collectors.counting()));
      root.out.println(
          "Posted "
              + r.entries().size()
              + (r.entries().size() == 1 ? " entry" : " entries")
              + " through "
              + through
              + (byKind.isEmpty()
                  ? ": nothing new to post."
                  : ": "
                      + byKind.entrySet().stream()
                          .map(
                              e ->
                                  e.getValue()
                                      + " "
                                      + e.getKey().label().toLowerCase(java.util.Locale.ROOT))
                          .collect(Collectors.joining(", "))
                      + "."));
      r.warnings().forEach(w -> root.out.println("Not posted: " + w));
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "accounts",
      mixinStandardHelpOptions = true,
      description =
          "Lists the chart of accounts: code, name, class, the header above it, the one currency"
              + " it may hold (empty: any) and whether it is a header that only groups others.")
  int accounts(@Mixin FormatOption output) {
    try (Session session = Session.openToRead(root)) {
      Actor actor = session.signIn();
      List<List<String>> rows = new ArrayList<>();
      for (LedgerAccount a : ledger(session).chart(actor).accounts()) {
        rows.add(
            List.of(
                a.code(),
                a.name(),
                a.accountClass().name(),
                a.parent() == null ? "" : a.parent(),
                a.currency() == null ? "" : a.currency().code(),
                a.header() ? "yes" : "no"));
      }
      ListOutput.print(root.out, output.format, ACCOUNT_COLUMNS, rows);
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "account",
      mixinStandardHelpOptions = true,
      description =
          "Adds an account to the chart, or changes one (POST_JOURNALS; in the audit trail): its"
              + " name, class, the header above it, the one currency it may hold, or whether it"
              + " is a header; an account with postings keeps its class and kind.")
  int account(
      @Parameters(paramLabel = "CODE", description = "The account's code, such as 1150.")
          String code,
      @Option(names = "--name", required = true, paramLabel = "TEXT") String name,
      @Option(
              names = "--class",
              required = true,
              paramLabel = "CLASS",
              description = "ASSET, LIABILITY, EQUITY, INCOME or EXPENSE.")
          AccountClass accountClass,
      @Option(names = "--parent", paramLabel = "CODE", description = "The header above it.")
          String parent,
      @Option(
              names = "--currency",
              paramLabel = "CCY",
              description = "The one currency it may hold (default: any).")
          String currency,
      @Option(names = "--header", description = "It only groups the accounts below it.")
          boolean header,
      @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the audit trail.")
          String reason) {
    LedgerAccount account;
    try {
      account =
          new LedgerAccount(
              code.trim(),
              name.trim(),
              accountClass,
              parent == null || parent.isBlank() ? null : parent.trim(),
              currency == null || currency.isBlank() ? null : CurrencyCode.of(currency),
              header);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage() + ".");
    }
    try (Session session = Session.open(root)) {
      Actor actor = session.signIn();
      ledger(session).saveAccount(actor, account, reason == null ? "" : reason);
      root.out.println("Saved account " + account.label() + ".");
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "trial-balance",
      mixinStandardHelpOptions = true,
      description = {
        "Prints the trial balance as of the close of a date: each account's balance per currency,"
            + " in the debit or the credit column, and in the reporting currency.",
        "The table ends with each currency's column totals, which are equal when the books"
            + " balance; --format csv gives the rows only."
      })
  int trialBalance(
      @Option(
              names = "--date",
              paramLabel = "YYYY-MM-DD",
              description = "As of the close of this date (default: the business date).")
          LocalDate date,
      @Option(names = "--book", paramLabel = "BOOK", description = "One book (default: all).")
          String book,
      @Mixin FormatOption output) {
    try (Session session = Session.openToRead(root)) {
      Actor actor = session.signIn();
      LocalDate asOf = date != null ? date : session.services().businessDate().businessDate();
      ReferenceNames names = new ReferenceNames(actor, session.services().referenceData());
      BookId bookId = book == null ? null : bookId(names, book);
      TrialBalance tb = ledger(session).trialBalance(actor, asOf, bookId);
      CurrencyCode reporting = tb.reportingCurrency();
      List<List<String>> rows = new ArrayList<>();
      for (TrialBalance.Row r : tb.rows()) {
        rows.add(
            List.of(
                r.account().code(),
                r.account().name(),
                r.currency().code(),
                names.money(r.debit(), r.currency()),
                names.money(r.credit(), r.currency()),
                names.money(r.balance(), r.currency()),
                names.money(r.reportingBalance(), reporting),
                reporting.code()));
      }
      ListOutput.print(root.out, output.format, TRIAL_BALANCE_COLUMNS, rows);
      if (output.format == ListOutput.Format.table) {
        root.out.println();
        for (TrialBalance.Total t : tb.totals()) {
          root.out.printf(
              "Total %s: debits %s, credits %s%n",
              t.currency().code(),
              names.money(t.debit(), t.currency()),
              names.money(t.credit(), t.currency()));
        }
        root.out.printf(
            "Reporting currency %s: balances total %s. %s%n",
            reporting.code(),
            names.money(tb.reportingTotal(), reporting),
            tb.balanced() ? "The books balance." : "THE BOOKS DO NOT BALANCE.");
      }
    }
    return TickmarkCommand.OK;
  }

  static final List<String> LOT_COLUMNS =
      List.of(
          "book",
          "instrument",
          "currency",
          "method",
          "quantity",
          "cost",
          "average_cost",
          "close",
          "close_date",
          "market_value",
          "unrealized",
          "realized",
          "open_lots");

  @Command(
      name = "lots",
      mixinStandardHelpOptions = true,
      description =
          "Lists the open lots per book and instrument as of a date, as the posting rules keep"
              + " them (FIFO unless a book says otherwise): quantity, cost, average cost, the"
              + " latest close on or before the date, market value, unrealized and realized P&L,"
              + " in the instrument's currency. A book whose position is closed shows its"
              + " realized P&L with no quantity.")
  int lots(
      @Option(
              names = "--date",
              paramLabel = "YYYY-MM-DD",
              description = "As of the close of this date (default: the business date).")
          LocalDate date,
      @Option(names = "--book", paramLabel = "BOOK", description = "One book (default: all).")
          String book,
      @Mixin FormatOption output) {
    try (Session session = Session.openToRead(root)) {
      Actor actor = session.signIn();
      LocalDate asOf = date != null ? date : session.services().businessDate().businessDate();
      ReferenceNames names = new ReferenceNames(actor, session.services().referenceData());
      BookId bookId = book == null ? null : bookId(names, book);
      List<List<String>> rows = new ArrayList<>();
      for (LotPosition p :
          session.services().area(LedgerServices.class).posting().lots(actor, asOf)) {
        if (bookId != null && !bookId.equals(p.key().book())) {
          continue;
        }
        Instrument i = names.instruments.get(p.key().instrument());
        Price close =
            session.services().marketData().prices(actor, p.key().instrument()).stream()
                .filter(x -> !x.date().isAfter(asOf))
                .max(java.util.Comparator.comparing(Price::date))
                .orElse(null);
        CurrencyCode c = p.currency();
        rows.add(
            List.of(
                names.book(p.key().book()),
                i == null ? "" : i.symbol(),
                c.code(),
                p.method().name(),
                ReferenceNames.quantity(p.quantity()),
                names.money(p.cost(), c),
                ReferenceNames.quantity(p.averageCost()),
                close == null ? "" : ReferenceNames.quantity(close.close()),
                close == null ? "" : close.date().toString(),
                close == null ? "" : names.money(p.marketValue(close.close()), c),
                close == null ? "" : names.money(p.unrealized(close.close()), c),
                names.money(p.realized(), c),
                Integer.toString(p.lots().size())));
      }
      ListOutput.print(root.out, output.format, LOT_COLUMNS, rows);
    }
    return TickmarkCommand.OK;
  }

  static final List<String> PNL_COLUMNS =
      List.of(
          "book",
          "strategy",
          "instrument",
          "day",
          "month_to_date",
          "year_to_date",
          "realized_ytd",
          "unrealized_ytd",
          "costs_ytd",
          "reporting_currency");

  @Command(
      name = "pnl",
      mixinStandardHelpOptions = true,
      description =
          "Prints the P&L the ledger books, in the reporting currency, by book, strategy or"
              + " instrument: the day's, month to date and year to date, and the year's realized,"
              + " unrealized (marked to market) and costs (commissions and fees). A gain is"
              + " positive.")
  int pnl(
      @Option(
              names = "--date",
              paramLabel = "YYYY-MM-DD",
              description = "As of the close of this date (default: the business date).")
          LocalDate date,
      @Option(
              names = "--by",
              defaultValue = "book",
              paramLabel = "BY",
              description = "book, strategy or instrument (default: ${DEFAULT-VALUE}).")
          ProfitAndLoss.By by,
      @Mixin FormatOption output) {
    try (Session session = Session.openToRead(root)) {
      Actor actor = session.signIn();
      LocalDate asOf = date != null ? date : session.services().businessDate().businessDate();
      ReferenceNames names = new ReferenceNames(actor, session.services().referenceData());
      ProfitAndLoss pnl = ledger(session).profitAndLoss(actor, asOf, by);
      CurrencyCode c = pnl.reportingCurrency();
      List<List<String>> rows = new ArrayList<>();
      for (ProfitAndLoss.Row r : pnl.rows()) {
        rows.add(
            List.of(
                r.book() == null ? "" : names.book(r.book()),
                r.strategy() == null ? "" : r.strategy(),
                r.instrument() == null || names.instruments.get(r.instrument()) == null
                    ? ""
                    : names.instruments.get(r.instrument()).symbol(),
                names.money(r.day(), c),
                names.money(r.monthToDate(), c),
                names.money(r.yearToDate(), c),
                names.money(r.realized(), c),
                names.money(r.unrealized(), c),
                names.money(r.costs(), c),
                c.code()));
      }
      ListOutput.print(root.out, output.format, PNL_COLUMNS, rows);
      if (output.format == ListOutput.Format.table) {
        root.out.printf(
            "%nYear to date %s: %s %s (the income statement's net income).%n",
            asOf, names.money(pnl.yearToDate(), c), c.code());
      }
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "statement",
      mixinStandardHelpOptions = true,
      description =
          "Prints an account's statement per currency: the opening balance, each posted line with"
              + " its entry, trade and book and the running balance after it, and the closing"
              + " balance (debit positive).")
  int statement(
      @Parameters(paramLabel = "ACCOUNT", description = "The account code, such as 1100.")
          String account,
      @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD") LocalDate from,
      @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD") LocalDate to,
      @Mixin FormatOption output) {
    try (Session session = Session.openToRead(root)) {
      Actor actor = session.signIn();
      ReferenceNames names = new ReferenceNames(actor, session.services().referenceData());
      AccountStatement s = ledger(session).statement(actor, account, from, to);
      List<List<String>> rows = new ArrayList<>();
      for (AccountStatement.Section section : s.sections()) {
        CurrencyCode c = section.currency();
        rows.add(
            List.of(
                from.toString(),
                "",
                "",
                "Opening balance",
                "",
                "",
                c.code(),
                "",
                "",
                names.money(section.opening(), c)));
        for (AccountStatement.Line l : section.lines()) {
          JournalLine line = l.posted().line();
          rows.add(
              List.of(
                  l.posted().date().toString(),
                  Long.toString(l.posted().entryId()),
                  l.posted().kind().name(),
                  l.posted().description(),
                  l.posted().trade() == null ? "" : l.posted().trade().display(),
                  line.book() == null ? "" : names.book(line.book()),
                  c.code(),
                  line.amount().signum() > 0 ? names.money(line.debitAmount(), c) : "",
                  line.amount().signum() < 0 ? names.money(line.creditAmount(), c) : "",
                  names.money(l.balance(), c)));
        }
        rows.add(
            List.of(
                to.toString(),
                "",
                "",
                "Closing balance",
                "",
                "",
                c.code(),
                names.money(section.debits(), c),
                names.money(section.credits(), c),
                names.money(section.closing(), c)));
      }
      if (output.format == ListOutput.Format.table) {
        root.out.println(s.account().label() + ", " + from + " to " + to);
      }
      ListOutput.print(root.out, output.format, STATEMENT_COLUMNS, rows);
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "close",
      mixinStandardHelpOptions = true,
      description =
          "Closes and locks a month (CLOSE_PERIODS): nothing more posts into it. Refused while a"
              + " manual journal dated in it waits for approval, or when its trial balance does"
              + " not balance. In the audit trail.")
  int close(@Option(names = "--period", required = true, paramLabel = "YYYY-MM") YearMonth period) {
    try (Session session = Session.open(root)) {
      Actor actor = session.signIn();
      ClosedPeriod closed = ledger(session).closePeriod(actor, period);
      root.out.println("Closed " + closed.period() + ": nothing more posts into it.");
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "periods",
      mixinStandardHelpOptions = true,
      description = "Lists the closed periods, who closed them and when.")
  int periods(@Mixin FormatOption output) {
    try (Session session = Session.openToRead(root)) {
      Actor actor = session.signIn();
      List<List<String>> rows = new ArrayList<>();
      for (ClosedPeriod p : ledger(session).closedPeriods(actor)) {
        rows.add(List.of(p.period().toString(), p.closedBy(), p.closedAt().toString()));
      }
      ListOutput.print(root.out, output.format, List.of("period", "closed_by", "closed_at"), rows);
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = {
        "Writes the posted journal for ledger-cli and hledger (--format ledger) or beancount"
            + " (--format beancount), so that a tool Tickmark did not write computes the same"
            + " balances: 'ledger -f FILE balance' against 'tickmark ledger trial-balance'.",
        "Accounts are named by class and code (Assets:1100 Cash); amounts in the lines'"
            + " currencies (revaluation lines, which move only the reporting amount, are left"
            + " out)."
      })
  int export(
      @Option(
              names = "--format",
              required = true,
              paramLabel = "FORMAT",
              description = "ledger or beancount.")
          PlainTextJournal.Format format,
      @Option(names = "--out", required = true, paramLabel = "FILE") Path out) {
    try (Session session = Session.openToRead(root)) {
      Actor actor = session.signIn();
      long written;
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        written = ledger(session).export(actor, format, w);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      root.out.println("Wrote " + written + " entries to " + out + ".");
    }
    return TickmarkCommand.OK;
  }

  static LedgerService ledger(Session session) {
    return session.services().area(LedgerServices.class).ledger();
  }

  static BookId bookId(ReferenceNames names, String code) {
    return names.books.values().stream()
        .filter(b -> b.code().equalsIgnoreCase(code.trim()))
        .map(Book::id)
        .findFirst()
        .orElseThrow(() -> new UserException("There is no book " + code + "."));
  }

  /** The entry's debits per currency, as {@code 2021.50 USD, 10.00 EUR}. */
  static String amounts(ReferenceNames names, JournalEntry e) {
    Map<CurrencyCode, BigDecimal> debits = new TreeMap<>();
    for (JournalLine l : e.content().lines()) {
      debits.merge(l.currency(), l.debitAmount(), BigDecimal::add);
    }
    return debits.entrySet().stream()
        .filter(x -> x.getValue().signum() != 0)
        .map(x -> names.money(x.getValue(), x.getKey()) + " " + x.getKey().code())
        .collect(Collectors.joining(", "));
  }

  /** The manual journals waiting for approval, for {@code ledger journal list --pending}. */
  static List<ApprovalRequest> pending(Session session, Actor actor) {
    return ledger(session).pendingManual(actor);
  }

  static EntryFilter filter(
      LocalDate from, LocalDate to, EntryKind kind, String account, String trade) {
    return new EntryFilter(
        from, to, kind, null, account, trade == null ? null : TradeCommand.parse(trade));
  }
}
