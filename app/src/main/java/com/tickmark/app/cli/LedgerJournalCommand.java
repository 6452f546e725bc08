package com.tickmark.app.cli;

import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.ledger.EntryKind;
import com.tickmark.model.ledger.JournalEntry;
import com.tickmark.model.ledger.JournalLine;
import com.tickmark.model.ledger.ManualJournal;
import com.tickmark.model.money.PlainDecimal;
import com.tickmark.model.security.Actor;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark ledger journal}: the journal's entries, and manual journals. */
@Command(
    name = "journal",
    mixinStandardHelpOptions = true,
    description = "The journal: its entries newest first, one entry's lines, manual journals.")
public final class LedgerJournalCommand {
  static final List<String> ENTRY_COLUMNS =
      List.of(
          "entry",
          "date",
          "kind",
          "state",
          "trade",
          "description",
          "lines",
          "debits",
          "event",
          "reverses",
          "prepared_by",
          "posted_by");

  static final List<String> LINE_COLUMNS =
      List.of(
          "entry",
          "line",
          "account",
          "name",
          "currency",
          "debit",
          "credit",
          "reporting",
          "book",
          "strategy",
          "instrument",
          "memo");

  @ParentCommand LedgerCommand parent;

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = {
        "Lists the journal's entries, newest first: date, kind, the trade behind it, the"
            + " debits per currency, the event it books and who prepared and posted it.",
        "--pending lists the manual journals waiting for a second accountant instead."
      })
  int list(
      @Option(names = "--from", paramLabel = "YYYY-MM-DD") LocalDate from,
      @Option(names = "--to", paramLabel = "YYYY-MM-DD") LocalDate to,
      @Option(names = "--kind", paramLabel = "KIND", description = "TRADE, SETTLEMENT, MANUAL…")
          EntryKind kind,
      @Option(names = "--account", paramLabel = "ACCOUNT", description = "With a line on it.")
          String account,
      @Option(names = "--trade", paramLabel = "TRADE", description = "About this trade.")
          String trade,
      @Option(names = "--limit", defaultValue = "200", description = "At most this many.")
          int limit,
      @Option(names = "--pending", description = "Manual journals waiting for approval.")
          boolean pending,
      @Mixin FormatOption output) {
    TickmarkCommand root = parent.root;
    try (Session session = Session.openToRead(root)) {
      Actor actor = session.signIn();
      if (pending) {
        List<List<String>> rows = new ArrayList<>();
        for (ApprovalRequest r : LedgerCommand.pending(session, actor)) {
          rows.add(List.of(r.id().toString(), r.summary(), r.maker(), r.submittedAt().toString()));
        }
        ListOutput.print(
            root.out, output.format, List.of("request", "summary", "maker", "submitted_at"), rows);
        return TickmarkCommand.OK;
      }
      ReferenceNames names = new ReferenceNames(actor, session.services().referenceData());
      List<List<String>> rows = new ArrayList<>();
      for (JournalEntry e :
          LedgerCommand.ledger(session)
              .entries(actor, LedgerCommand.filter(from, to, kind, account, trade), limit)) {
        rows.add(
            List.of(
                Long.toString(e.id()),
                e.content().date().toString(),
                e.content().kind().name(),
                e.state().name(),
                e.content().trade() == null ? "" : e.content().trade().display(),
                e.content().description(),
                Integer.toString(e.content().lines().size()),
                LedgerCommand.amounts(names, e),
                e.content().eventKey() == null ? "" : e.content().eventKey(),
                e.content().reverses() == null ? "" : e.content().reverses().toString(),
                e.preparedBy(),
                e.postedBy() == null ? "" : e.postedBy()));
      }
      ListOutput.print(root.out, output.format, ENTRY_COLUMNS, rows);
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Prints one entry's lines: account, debit or credit, reporting amount, book.")
  int show(
      @Parameters(paramLabel = "ENTRY", description = "The entry's number.") long id,
      @Mixin FormatOption output) {
    TickmarkCommand root = parent.root;
    try (Session session = Session.openToRead(root)) {
      Actor actor = session.signIn();
      JournalEntry e =
          LedgerCommand.ledger(session)
              .entry(actor, id)
              .orElseThrow(() -> new UserException("There is no journal entry " + id + "."));
      ReferenceNames names = new ReferenceNames(actor, session.services().referenceData());
      var chart = LedgerCommand.ledger(session).chart(actor);
      var reporting = session.services().firm().reportingCurrency(actor);
      List<List<String>> rows = new ArrayList<>();
      int n = 0;
      for (JournalLine l : e.content().lines()) {
        rows.add(
            List.of(
                Long.toString(e.id()),
                Integer.toString(++n),
                l.account(),
                chart.find(l.account()).map(a -> a.name()).orElse(""),
                l.currency().code(),
                l.amount().signum() > 0 ? names.money(l.debitAmount(), l.currency()) : "",
                l.amount().signum() < 0 ? names.money(l.creditAmount(), l.currency()) : "",
                names.money(l.reportingAmount(), reporting),
                l.book() == null ? "" : names.book(l.book()),
                l.strategy() == null ? "" : l.strategy(),
                l.instrument() == null || names.instruments.get(l.instrument()) == null
                    ? ""
                    : names.instruments.get(l.instrument()).symbol(),
                l.memo()));
      }
      if (output.format == ListOutput.Format.table) {
        root.out.println(
            "Entry "
                + e.id()
                + " of "
                + e.content().date()
                + ": "
                + e.content().kind().label()
                + (e.content().description().isEmpty() ? "" : ", " + e.content().description())
                + " ("
                + e.state()
                + ")");
      }
      ListOutput.print(root.out, output.format, LINE_COLUMNS, rows);
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Submits a manual journal from a CSV file for a second accountant's approval"
            + " (POST_JOURNALS; APPROVE_JOURNALS approves it with 'tickmark approvals approve')."
            + " It posts when approved.",
        "Columns: date, description (the same on every line), account, currency, debit or"
            + " credit, book (optional), memo (optional). The debits must equal the credits in"
            + " each currency, and the date must fall in an open period."
      })
  int add(
      @Option(names = "--file", required = true, paramLabel = "FILE") Path file,
      @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the approver.")
          String reason) {
    TickmarkCommand root = parent.root;
    ManualJournal journal = read(file);
    try (Session session = Session.open(root)) {
      Actor actor = session.signIn();
      ApprovalRequest request =
          LedgerCommand.ledger(session)
              .submitManual(actor, journal, reason == null ? journal.description() : reason);
      root.out.println(
          "Submitted request "
              + request.id()
              + ": "
              + request.summary()
              + ". It posts when another user with APPROVE_JOURNALS approves it.");
    }
    return TickmarkCommand.OK;
  }

  /** The manual journal {@code file} holds, or a refusal naming the file, line and field. */
  static ManualJournal read(Path file) {
    String name = file.getFileName().toString();
    List<ManualJournal.Line> lines = new ArrayList<>();
    String date = null;
    String description = null;
    try (CsvReader<NamedCsvRecord> csv =
        CsvReader.builder()
            .ofNamedCsvRecord(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      for (NamedCsvRecord r : csv) {
        String at = name + ":" + r.getStartingLineNumber();
        for (String column : List.of("date", "description", "account", "currency")) {
          if (!r.getHeader().contains(column)) {
            throw new UserException(
                name
                    + ":1: "
                    + column
                    + ": the file has no "
                    + column
                    + " column (it needs "
                    + "date, description, account, currency, debit, credit; book and memo are"
                    + " optional)");
          }
        }
        String d = r.getField("date").trim();
        String text = r.getField("description").trim();
        if (date == null) {
          date = d;
          description = text;
        } else if (!date.equals(d)) {
          throw new UserException(
              at + ": date: " + d + " differs from " + date + ": one journal per file, one date");
        } else if (!description.equals(text)) {
          throw new UserException(
              at + ": description: every line of the journal carries the same description");
        }
        lines.add(
            new ManualJournal.Line(
                r.getField("account").trim(),
                r.getField("currency").trim(),
                amount(at, optional(r, "debit"), optional(r, "credit")),
                optional(r, "book"),
                optional(r, "memo"),
                at));
      }
    } catch (NoSuchFileException e) {
      throw new UserException("There is no file " + file + ".");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (lines.isEmpty()) {
      throw new UserException(name + ": the file has no journal lines.");
    }
    return new ManualJournal(date, description, lines);
  }

  private static String optional(NamedCsvRecord r, String column) {
    return r.getHeader().contains(column) ? r.getField(column).trim() : "";
  }

  /** The line's signed amount: its debit, or its credit negated. */
  private static String amount(String at, String debit, String credit) {
    if (!debit.isEmpty() && !credit.isEmpty()) {
      throw new UserException(at + ": debit: a line has a debit or a credit, not both");
    }
    if (debit.isEmpty() && credit.isEmpty()) {
      throw new UserException(at + ": debit: the line has neither a debit nor a credit");
    }
    String field = debit.isEmpty() ? "credit" : "debit";
    BigDecimal value;
    try {
      value = PlainDecimal.parse(debit.isEmpty() ? credit : debit);
    } catch (IllegalArgumentException e) {
      throw new UserException(at + ": " + field + ": " + e.getMessage());
    }
    if (value.signum() <= 0) {
      throw new UserException(at + ": " + field + ": give a positive amount");
    }
    return (debit.isEmpty() ? value.negate() : value).toPlainString();
  }
}
