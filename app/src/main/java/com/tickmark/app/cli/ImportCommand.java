package com.tickmark.app.cli;

import com.tickmark.app.imports.TradeFileImports;
import com.tickmark.model.intake.ImportMode;
import com.tickmark.model.intake.ImportMonitor;
import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.intake.QuarantinedRow;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.security.Actor;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.imports.ImportProfile;
import com.tickmark.model.trade.imports.ImportRecord;
import com.tickmark.model.trade.imports.ImportResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tickmark import}: trade files from brokers and trading systems, and the profiles that map
 * them.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Imports the files the firm receives (trade files; the other areas add their kinds) and"
            + " manages the trade files' mapping profiles.",
    subcommands = {
      ImportCommand.Trades.class,
      ImportCommand.Profiles.class,
      InboxImportCommand.class
    })
public final class ImportCommand {
  /** Problems shown on the console; the report file next to the input has all of them. */
  static final int CONSOLE_PROBLEMS = 50;

  @ParentCommand TickmarkCommand root;

  /** {@code tickmark import trades FILE --profile P}. */
  @Command(
      name = "trades",
      mixinStandardHelpOptions = true,
      description = {
        "Imports a trade file: CSV, or an Excel workbook (.xlsx, .xls; its first sheet or --sheet)."
            + " Any problem refuses the whole file (nothing is written, exit 1) unless"
            + " --quarantine",
        "is given; every problem is listed as FILE:LINE: field: message (a workbook's LINE is its"
            + " row number; the first "
            + CONSOLE_PROBLEMS
            + " here, all of them",
        "in FILE.problems.csv). A file already imported is refused."
      })
  static final class Trades implements Callable<Integer> {
    @ParentCommand ImportCommand parent;

    @Parameters(paramLabel = "FILE", description = "The CSV file or Excel workbook.")
    Path file;

    @Option(
        names = "--sheet",
        paramLabel = "NAME",
        description = "The workbook's sheet to read (default: the first).")
    String sheet;

    @Option(
        names = "--profile",
        defaultValue = ImportProfile.BUILT_IN,
        description = "The mapping profile (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(
        names = "--quarantine",
        description = "Load the valid rows; set the invalid ones aside with their problems.")
    boolean quarantine;

    @Option(
        names = "--preview",
        description = "Validate and show what would be stored, without writing.")
    boolean preview;

    @Override
    public Integer call() {
      TickmarkCommand root = parent.root;
      if (quarantine && preview) {
        throw new UserException("Choose --quarantine or --preview, not both.");
      }
      if (!Files.isRegularFile(file)) {
        throw new UserException("There is no file " + file + ".");
      }
      if (sheet != null && !TradeFileImports.isWorkbook(file)) {
        throw new UserException(
            file.getFileName() + " is not an Excel workbook, so it has no sheet '" + sheet + "'.");
      }
      ImportMode mode =
          preview
              ? ImportMode.PREVIEW
              : quarantine ? ImportMode.QUARANTINE : ImportMode.ALL_OR_NOTHING;
      try (Session session = Session.open(root)) {
        Actor actor = session.signIn();
        ImportResult r =
            new TradeFileImports(session.services().tradeImports())
                .importFile(actor, file, sheet, profile, mode, ImportMonitor.NONE);
        PrintStream out = root.out;
        String name = file.toString();
        Path report = problemsFile(file);
        if (!r.problems().isEmpty()) {
          writeProblems(report, name, r.problems());
          List<ImportProblem> shown =
              r.problems().subList(0, Math.min(CONSOLE_PROBLEMS, r.problems().size()));
          PrintStream to = mode == ImportMode.QUARANTINE ? out : root.err;
          shown.forEach(p -> to.println(p.describe(name)));
          if (r.problems().size() > shown.size()) {
            to.printf(Locale.ROOT, "... and %,d more%n", r.problems().size() - shown.size());
          }
        } else {
          deleteStaleReport(report);
        }
        String all = r.problems().isEmpty() ? "" : " Every problem is in " + report + ".";
        switch (mode) {
          case PREVIEW -> {
            out.printf(
                Locale.ROOT,
                "Preview of %s with profile %s: %,d rows, %,d problems; nothing was written.%s%n",
                name,
                profile,
                r.rows(),
                r.problems().size(),
                all);
            if (r.earlier() != null) {
              out.println(
                  "This file was already imported on "
                      + r.earlier().importedAt()
                      + " by "
                      + r.earlier().importedBy()
                      + "; importing it again would be refused.");
            }
            printSample(session, actor, r.sample());
            return r.problems().isEmpty() && r.earlier() == null
                ? TickmarkCommand.OK
                : TickmarkCommand.USER_ERROR;
          }
          case QUARANTINE -> {
            out.printf(
                Locale.ROOT,
                "Imported %,d trades%s from %s (import %d); %,d rows quarantined with their"
                    + " problems.%s%n",
                r.loaded(),
                range(r),
                name,
                r.record().id(),
                r.quarantined(),
                all);
            return TickmarkCommand.OK;
          }
          default -> {
            if (!r.written()) {
              root.err.printf(
                  Locale.ROOT,
                  "tickmark: %s has %,d problems in %,d rows; nothing was written.%s%n",
                  name,
                  r.problems().size(),
                  r.rows(),
                  all);
              return TickmarkCommand.USER_ERROR;
            }
            out.printf(
                Locale.ROOT,
                "Imported %,d trades%s from %s (import %d).%n",
                r.loaded(),
                range(r),
                name,
                r.record().id());
            return TickmarkCommand.OK;
          }
        }
      }
    }

    private static String range(ImportResult r) {
      if (r.record() == null || r.record().firstTradeId() == null) {
        return "";
      }
      return " ("
          + new TradeId(r.record().firstTradeId())
          + " to "
          + new TradeId(r.record().lastTradeId())
          + ")";
    }

    private void printSample(Session session, Actor actor, List<Trade> sample) {
      if (sample.isEmpty()) {
        return;
      }
      Map<InstrumentId, String> symbols = new HashMap<>();
      for (Instrument i : session.services().referenceData().instruments(actor)) {
        symbols.put(i.id(), i.symbol());
      }
      PrintStream out = parent.root.out;
      out.println("First rows as they would be stored:");
      for (Trade t : sample) {
        out.printf(
            Locale.ROOT,
            "  %s %s %s %s %s @ %s %s gross %s trade %s settle %s exec %s%n",
            t.id(),
            t.status(),
            t.side(),
            t.quantity().stripTrailingZeros().toPlainString(),
            symbols.get(t.instrumentId()),
            t.price().stripTrailingZeros().toPlainString(),
            t.currency(),
            t.grossAmount().toPlainString(),
            t.tradeDate(),
            t.settlementDate(),
            t.execId());
      }
    }
  }

  static Path problemsFile(Path file) {
    return file.resolveSibling(file.getFileName() + ".problems.csv");
  }

  private static void deleteStaleReport(Path report) {
    try {
      Files.deleteIfExists(report);
    } catch (IOException e) {
      // an old report we cannot remove does no harm: this run's outcome is printed
    }
  }

  static void writeProblems(Path report, String fileName, List<ImportProblem> problems) {
    try (BufferedWriter w = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
      w.write("file,line,field,message\n");
      for (ImportProblem p : problems) {
        w.write(
            csv(fileName) + "," + p.line() + "," + csv(p.field()) + "," + csv(p.message()) + "\n");
      }
    } catch (IOException e) {
      throw new UserException(
          "Could not write the problem report " + report + ": " + e.getMessage());
    }
  }

  private static String csv(String s) {
    return s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0
        ? s
        : "\"" + s.replace("\"", "\"\"") + "\"";
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the files imported: when, by whom, what became of their rows.")
  int list() {
    try (Session session = Session.openToRead(root)) {
      for (ImportRecord r : session.services().tradeImports().imports(session.signIn())) {
        root.out.printf(
            Locale.ROOT,
            "%4d  %s  %-12s %-10s %,9d loaded %,7d quarantined  %s%n",
            r.id(),
            r.importedAt(),
            r.importedBy(),
            r.profile(),
            r.rowsLoaded(),
            r.rowsQuarantined(),
            r.fileName());
      }
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "quarantined",
      mixinStandardHelpOptions = true,
      description = "Shows the rows an import set aside, with their problems, for repair.")
  int quarantined(@Parameters(paramLabel = "IMPORT_ID") long importId) {
    try (Session session = Session.openToRead(root)) {
      List<QuarantinedRow> rows =
          session.services().tradeImports().quarantined(session.signIn(), importId);
      if (rows.isEmpty()) {
        root.out.println("Import " + importId + " set no rows aside.");
      }
      for (QuarantinedRow q : rows) {
        root.out.println("line " + q.line() + ": " + q.problems());
        root.out.println("  " + q.rawLine());
      }
    }
    return TickmarkCommand.OK;
  }

  /** {@code tickmark import profile list|show|save}. */
  @Command(
      name = "profile",
      mixinStandardHelpOptions = true,
      description = "Lists, shows and saves import mapping profiles.")
  static final class Profiles {
    @ParentCommand ImportCommand parent;

    @Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Lists the profiles (the built-in one and the saved ones).")
    int list() {
      try (Session session = Session.openToRead(parent.root)) {
        Map<String, ImportProfile> all =
            session.services().tradeImports().profiles(session.signIn());
        all.forEach(
            (name, p) ->
                parent.root.out.printf(
                    Locale.ROOT,
                    "%-20s delimiter '%s', %s, decimal '%s', dates %s%s%s%n",
                    name,
                    p.delimiter() == '\t' ? "tab" : String.valueOf(p.delimiter()),
                    p.header() ? "header row" : "no header",
                    p.decimalSeparator(),
                    p.datePattern(),
                    p.broker().isEmpty() ? "" : ", broker " + p.broker(),
                    name.equals(ImportProfile.BUILT_IN) ? "  (built in)" : ""));
      }
      return TickmarkCommand.OK;
    }

    @Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Prints a profile as properties (save an edited copy with 'save').")
    int show(@Parameters(paramLabel = "NAME") String name) {
      try (Session session = Session.openToRead(parent.root)) {
        parent.root.out.print(
            session.services().tradeImports().profile(session.signIn(), name).toProperties());
      }
      return TickmarkCommand.OK;
    }

    @Command(
        name = "save",
        mixinStandardHelpOptions = true,
        description = "Checks and saves a profile from a properties file.")
    int save(
        @Parameters(paramLabel = "NAME") String name,
        @Option(names = "--from", required = true, paramLabel = "FILE.properties") Path from) {
      String text;
      try {
        text = Files.readString(from, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UserException("Could not read " + from + ": " + e.getMessage());
      }
      try (Session session = Session.open(parent.root)) {
        ImportProfile p =
            session.services().tradeImports().saveProfile(session.signIn(), name, text);
        parent.root.out.println("Saved import profile " + p.name() + ".");
      }
      return TickmarkCommand.OK;
    }
  }
}
