package com.tickmark.app.cli;

import com.tickmark.app.demo.DemoFirmInstaller;
import com.tickmark.app.demo.DemoUsers;
import com.tickmark.model.demo.DemoConfig;
import com.tickmark.model.demo.FaultRates;
import com.tickmark.persistence.workspace.Workspace;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark demo}: creates the demo firm in a workspace. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Creates the demo firm in an empty workspace.",
      "Reference data, price and FX history, trades from its algorithms, and the broker, custodian"
          + " and",
      "bank files it receives (inbox/), with faults injected at known rates and listed in",
      "demo/injected-faults.csv. The same options always make the same firm."
    })
final class DemoCommand implements Callable<Integer> {
  @ParentCommand TickmarkCommand root;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "" + DemoConfig.DEFAULT_SEED,
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--days",
      paramLabel = "N",
      defaultValue = "" + DemoConfig.DEFAULT_TRADING_DAYS,
      description =
          "Business days of trading, ending on the business date (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(
      names = "--trades-per-day",
      paramLabel = "M",
      defaultValue = "" + DemoConfig.DEFAULT_TRADES_PER_DAY,
      description = "Executions per trading day (default: ${DEFAULT-VALUE}).")
  int tradesPerDay;

  @Option(
      names = "--history-days",
      paramLabel = "H",
      defaultValue = "" + DemoConfig.DEFAULT_HISTORY_DAYS,
      description = "Business days of price and FX history (default: ${DEFAULT-VALUE}).")
  int historyDays;

  @Option(
      names = "--business-date",
      paramLabel = "YYYY-MM-DD",
      description =
          "The firm's business date (default: the last New York and London business day before"
              + " today).")
  LocalDate businessDate;

  @Option(
      names = "--no-faults",
      description =
          "Make the external files agree with the books: no injected faults. The bank statements"
              + " stay as messy as real ones (netted entries, the bank's own references, its"
              + " spellings, a day or a few cents off): expected matches, not faults, each listed"
              + " in demo/expected-matches.csv with the pass meant to match or propose it.")
  boolean noFaults;

  @Option(
      names = "--encrypt",
      description =
          "Create the workspace encrypted; the passphrase comes from $TICKMARK_PASSPHRASE or a"
              + " prompt.")
  boolean encrypt;

  @Override
  public Integer call() {
    Path dir = root.workspace();
    DemoConfig config = config(LocalDate.now());
    ConsoleProgress progress = ConsoleProgress.forTerminal(root.err);
    if (encrypt && Workspace.exists(dir)) {
      throw new UserException(
          "The workspace " + dir + " already exists; --encrypt only applies to a new one.");
    }
    try (Session session = Session.openOrCreate(root, encrypt)) {
      if (DemoFirmInstaller.holdsFirm(session.services())) {
        throw new UserException(
            "The workspace "
                + dir
                + " already holds a firm; the demo never overwrites one. "
                + "Choose an empty folder with --workspace DIR.");
      }
      DemoFirmInstaller.Summary s =
          new DemoFirmInstaller().install(session.services(), config, progress::update);
      progress.done();
      print(root.out, s);
    } finally {
      progress.done();
    }
    return TickmarkCommand.OK;
  }

  DemoConfig config(LocalDate today) {
    LocalDate asOf =
        businessDate != null ? businessDate : DemoFirmInstaller.defaultBusinessDate(today);
    try {
      return new DemoConfig(
          seed,
          asOf,
          historyDays,
          days,
          tradesPerDay,
          noFaults ? FaultRates.NONE : FaultRates.DEFAULTS);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
  }

  static void print(PrintStream out, DemoFirmInstaller.Summary s) {
    out.printf(
        Locale.ROOT,
        "Demo firm \"%s\" created in %s in %.1f s%n",
        s.firmName(),
        s.workspace(),
        s.total().toMillis() / 1000.0);
    row(out, "business date", s.businessDate().toString());
    row(out, "strategies", s.strategies() + " running " + s.books() + " books");
    row(out, "instruments", String.format(Locale.ROOT, "%,d", s.instruments()));
    row(
        out,
        "counterparties",
        s.counterparties() + " brokers, custodians and banks; " + s.accounts() + " accounts");
    row(
        out,
        "prices",
        String.format(Locale.ROOT, "%,d closing prices, %,d FX rates", s.prices(), s.fxRates()));
    row(
        out,
        "trades",
        String.format(Locale.ROOT, "%,d over %d business days", s.trades(), s.tradingDays()));
    row(
        out,
        "inbox",
        String.format(
            Locale.ROOT, "%,d files in %s", s.inboxFiles(), s.workspace().resolve("inbox")));
    row(
        out,
        "injected faults",
        String.format(
            Locale.ROOT,
            "%,d, listed in %s",
            s.injectedFaults(),
            s.workspace().resolve(DemoFirmInstaller.FAULT_MANIFEST)));
    row(
        out,
        "users",
        DemoUsers.ALL.stream().map(DemoUsers.DemoUser::username).collect(Collectors.joining(", "))
            + " (password: see the README)");
    row(
        out,
        "timings",
        String.format(
            Locale.ROOT,
            "generate %.2f s, files %.2f s, store %.2f s",
            s.generate().toMillis() / 1000.0,
            s.writeFiles().toMillis() / 1000.0,
            s.store().toMillis() / 1000.0));
  }

  private static void row(PrintStream out, String label, String value) {
    out.printf(Locale.ROOT, "  %-16s %s%n", label, value);
  }
}
