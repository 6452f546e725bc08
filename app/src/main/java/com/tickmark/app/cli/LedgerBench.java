package com.tickmark.app.cli;

import static com.tickmark.app.FileTrees.deleteTree;

import com.tickmark.app.AppServices;
import com.tickmark.app.demo.DemoFirmInstaller;
import com.tickmark.app.demo.DemoUsers;
import com.tickmark.app.ledger.LedgerServices;
import com.tickmark.model.demo.DemoConfig;
import com.tickmark.model.demo.FaultRates;
import com.tickmark.model.intake.ImportMode;
import com.tickmark.model.ledger.EntryDraft;
import com.tickmark.model.ledger.EntryKind;
import com.tickmark.model.ledger.JournalLine;
import com.tickmark.model.ledger.LedgerService;
import com.tickmark.model.ledger.PlainTextJournal;
import com.tickmark.model.ledger.TrialBalance;
import com.tickmark.model.ledger.posting.PostingService;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.security.Actor;
import com.tickmark.model.trade.imports.ImportProfile;
import com.tickmark.persistence.workspace.Workspace;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tickmark bench ledger}: a journal of N lines posted in a fresh temporary workspace, then
 * the time of its trial balance (read from the balances kept as entries post, not summed from the
 * journal); with ledger-cli on the PATH, the same journal's balances by ledger-cli, side by side.
 */
@Command(
    name = "ledger",
    mixinStandardHelpOptions = true,
    description = {
      "Imports --trades trades and times posting their events to the ledger; then posts a"
          + " journal of two-line entries (20 accounts, 3 currencies, 10 books, over a year of"
          + " days) in a fresh temporary workspace and times the trial balance at"
          + " --compare-transactions entries and again at --lines lines.",
      "When ledger-cli is on the PATH, the journal of --compare-transactions entries is exported"
          + " and 'ledger balance' timed over it, side by side."
    })
final class LedgerBench implements Callable<Integer> {
  private static final int CHUNK = 50_000;
  private static final String[][] PAIRS = {
    {"1200", "2100"}, {"1300", "1200"}, {"2100", "1100"}, {"1100", "1300"}, {"5100", "2100"},
    {"5200", "2100"}, {"1210", "4200"}, {"1200", "4100"}, {"1400", "1300"}, {"5300", "2300"}
  };
  private static final List<CurrencyCode> CURRENCIES =
      List.of(CurrencyCode.USD, CurrencyCode.EUR, CurrencyCode.GBP);

  @ParentCommand BenchCommand bench;

  @Option(
      names = "--lines",
      defaultValue = "10000000",
      description = "Journal lines in all (default: ${DEFAULT-VALUE}).")
  long lines;

  @Option(
      names = "--compare-transactions",
      defaultValue = "1000000",
      description =
          "Entries at which the trial balance is timed against ledger-cli (default:"
              + " ${DEFAULT-VALUE}).")
  long compare;

  @Option(names = "--keep", description = "Keep the workspace, and say where, to look into it.")
  boolean keep;

  @Option(
      names = "--trades",
      defaultValue = "100000",
      description =
          "Trades imported and posted first, timed (default: ${DEFAULT-VALUE}; 0 to skip).")
  int trades;

  @Option(
      names = "--business-date",
      paramLabel = "YYYY-MM-DD",
      defaultValue = "2025-11-20",
      description = "The last day of the journal (default: ${DEFAULT-VALUE}).")
  LocalDate businessDate;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (lines < 2 || compare < 1 || compare * 2 > lines) {
      throw new UserException("--lines must be at least twice --compare-transactions");
    }
    PrintStream out = bench.root.out;
    Path dir = Files.createTempDirectory("tickmark-bench-");
    try {
      DemoConfig config =
          new DemoConfig(DemoConfig.DEFAULT_SEED, businessDate, 60, 1, 20, FaultRates.DEFAULTS);
      try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
        AppServices services = AppServices.of(ws, Clock.systemUTC());
        new DemoFirmInstaller().install(services, config, DemoFirmInstaller.Progress.NONE);
        Actor accountant = services.users().signIn("accountant", DemoUsers.PASSWORD.toCharArray());
        LedgerService ledger = services.area(LedgerServices.class).ledger();
        if (trades > 0) {
          postTrades(out, dir, services, accountant);
        }
        long start = System.nanoTime();
        post(ledger, accountant, 0, compare);
        out.printf(
            Locale.ROOT,
            "Posted %,d entries (%,d lines) in %.1f s%n",
            compare,
            compare * 2,
            seconds(start));
        double ours = timeTrialBalance(out, ledger, accountant, compare * 2);
        compareWithLedgerCli(out, dir, ledger, accountant, ours);
        long entries = lines / 2;
        start = System.nanoTime();
        post(ledger, accountant, compare, entries);
        out.printf(
            Locale.ROOT,
            "Posted %,d more entries (%,d lines in all) in %.1f s%n",
            entries - compare,
            entries * 2,
            seconds(start));
        timeTrialBalance(out, ledger, accountant, entries * 2);
      }
    } finally {
      if (keep) {
        out.println("Kept the workspace in " + dir.resolve("ws"));
      } else {
        deleteTree(dir);
      }
    }
    return TickmarkCommand.OK;
  }

  /**
   * Imports {@code trades} trades on the business date and times posting them (with the demo firm's
   * own trades, opening book and marks) to the ledger.
   */
  private void postTrades(PrintStream out, Path dir, AppServices services, Actor accountant)
      throws IOException {
    Actor clerk = services.users().signIn("clerk", DemoUsers.PASSWORD.toCharArray());
    Path file = dir.resolve("trades.csv");
    SampleTradeFile.write(services.repositories(), businessDate, file, trades, "BENCH");
    services
        .tradeImports()
        .importFile(clerk, file, ImportProfile.BUILT_IN, ImportMode.ALL_OR_NOTHING);
    long start = System.nanoTime();
    PostingService.Result r =
        services.area(LedgerServices.class).posting().post(accountant, businessDate);
    out.printf(
        Locale.ROOT,
        "Posted the events of %,d trades (and the demo firm's) through %s: %,d entries in %.2f s"
            + " (reading them %.2f s, the posting rules %.2f s, storing the entries %.2f s)%n",
        trades,
        businessDate,
        r.entries().size(),
        seconds(start),
        r.seconds().read(),
        r.seconds().rules(),
        r.seconds().store());
  }

  /** Posts entries {@code from} (inclusive) to {@code to} (exclusive), in chunks, date order. */
  private void post(LedgerService ledger, Actor actor, long from, long to) {
    long total = lines / 2;
    LocalDate first = businessDate.minusDays(364);
    for (long chunk = from; chunk < to; chunk += CHUNK) {
      List<EntryDraft> drafts = new ArrayList<>(CHUNK);
      for (long i = chunk; i < Math.min(to, chunk + CHUNK); i++) {
        String[] pair = PAIRS[(int) (i % PAIRS.length)];
        CurrencyCode c = CURRENCIES.get((int) (i % 7 % CURRENCIES.size()));
        BigDecimal amount = BigDecimal.valueOf(100 + i % 99_900, 2);
        BigDecimal reporting =
            c.equals(CurrencyCode.USD) ? amount : amount.multiply(new BigDecimal("1.10"));
        BookId book = new BookId(1 + i % 10);
        LocalDate day = first.plusDays(i * 365 / total);
        drafts.add(
            EntryDraft.of(
                day,
                EntryKind.TRADE,
                "BENCH:" + i,
                null,
                "Bench entry " + i,
                List.of(
                    new JournalLine(pair[0], c, amount, reporting, book, "BENCH", null, ""),
                    new JournalLine(
                        pair[1],
                        c,
                        amount.negate(),
                        reporting.negate(),
                        book,
                        "BENCH",
                        null,
                        ""))));
      }
      ledger.postLifecycle(actor, drafts);
    }
  }

  private double timeTrialBalance(
      PrintStream out, LedgerService ledger, Actor actor, long journalLines) {
    double best = Double.MAX_VALUE;
    for (int run = 1; run <= 3; run++) {
      long start = System.nanoTime();
      TrialBalance tb = ledger.trialBalance(actor, businessDate, null);
      double s = seconds(start);
      best = Math.min(best, s);
      out.printf(
          Locale.ROOT,
          "Trial balance over %,d journal lines (run %d): %d rows, %s, in %.0f ms%n",
          journalLines,
          run,
          tb.rows().size(),
          tb.balanced() ? "balanced" : "NOT BALANCED",
          s * 1000);
    }
    return best;
  }

  private void compareWithLedgerCli(
      PrintStream out, Path dir, LedgerService ledger, Actor actor, double ours)
      throws IOException, InterruptedException {
    Path journal = dir.resolve("journal.ledger");
    try (Writer w = Files.newBufferedWriter(journal, StandardCharsets.UTF_8)) {
      ledger.export(actor, PlainTextJournal.Format.LEDGER, w);
    }
    long start = System.nanoTime();
    Process p;
    try {
      p =
          new ProcessBuilder("ledger", "-f", journal.toString(), "balance")
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("ledger.out").toFile())
              .start();
    } catch (IOException e) {
      out.println("ledger-cli is not on the PATH: no side-by-side figure.");
      return;
    }
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      out.println("ledger-cli failed: " + Files.readString(dir.resolve("ledger.out")));
      return;
    }
    double theirs = seconds(start);
    out.printf(
        Locale.ROOT,
        "ledger-cli 'balance' over the same %,d entries: %.1f s; Tickmark's trial balance is %.0f×"
            + " faster%n",
        compare,
        theirs,
        theirs / ours);
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
