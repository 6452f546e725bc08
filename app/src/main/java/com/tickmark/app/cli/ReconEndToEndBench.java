package com.tickmark.app.cli;

import static com.tickmark.app.FileTrees.deleteTree;

import com.tickmark.app.AppServices;
import com.tickmark.app.demo.DemoFirmInstaller;
import com.tickmark.app.demo.DemoUsers;
import com.tickmark.app.recon.ReconServices;
import com.tickmark.app.trade.TradeServices;
import com.tickmark.model.demo.DemoConfig;
import com.tickmark.model.demo.FaultRates;
import com.tickmark.model.demo.inbox.ConfirmationFiles;
import com.tickmark.model.intake.ImportMode;
import com.tickmark.model.recon.input.InputImportResult;
import com.tickmark.model.recon.run.BreakKind;
import com.tickmark.model.recon.run.BuiltInRecons;
import com.tickmark.model.recon.run.ReconRun;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.security.Actor;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.imports.ImportProfile;
import com.tickmark.persistence.Repositories;
import com.tickmark.persistence.workspace.Workspace;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code tickmark bench recon --end-to-end}: in a fresh workspace holding a small demo firm, N
 * trades booked for one trade date (a trade file through the trade import), the brokers'
 * confirmation files for them written to disk with a few per cent of faults, then timed: the
 * confirmation import through the intake pipeline (every line checked, then stored) and the
 * trades-confirmations recon run for the date (both sides read, matched, the breaks and the run
 * stored).
 */
final class ReconEndToEndBench {
  /** What was planted, what the run found, and the two timed phases. */
  record Figures(
      int trades,
      int lines,
      Map<String, Long> planted,
      ReconRun run,
      Map<BreakKind, Long> breaks,
      double importSeconds,
      double runSeconds) {}

  static final String MISSING = "missing confirmation";
  static final String BROKER_REF_ONLY = "broker reference only (matched on the order)";
  static final String PRICE_TICK = "price a tick off";
  static final String AMOUNT_CENT = "net amount a cent off";
  static final String QUANTITY = "quantity beyond tolerance";
  static final String LATE = "settlement a weekday late";
  static final String REPEATED = "confirmation repeated";
  static final String UNKNOWN = "confirmation of no trade of ours";

  private ReconEndToEndBench() {}

  /** Runs the bench for {@code records} trades, printing each step to {@code out}. */
  static Figures run(PrintStream out, int records, LocalDate businessDate) throws IOException {
    Path dir = Files.createTempDirectory("tickmark-bench-");
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      AppServices services = AppServices.of(ws, Clock.systemUTC());
      new DemoFirmInstaller()
          .install(
              services,
              new DemoConfig(
                  DemoConfig.DEFAULT_SEED, businessDate, 60, 3, 200, FaultRates.DEFAULTS),
              DemoFirmInstaller.Progress.NONE);
      Actor clerk = services.users().signIn("clerk", DemoUsers.PASSWORD.toCharArray());
      // a weekday before the demo firm's own trading days: the bench's trades are all the date has
      LocalDate tradeDate = SampleTradeFile.tradeDates(businessDate, 8).get(7);
      long start = System.nanoTime();
      Path tradeFile = dir.resolve("trades.csv");
      SampleTradeFile.write(services.repositories(), List.of(tradeDate), tradeFile, records, "E2E");
      services
          .tradeImports()
          .importFile(clerk, tradeFile, ImportProfile.BUILT_IN, ImportMode.ALL_OR_NOTHING);
      List<Trade> trades =
          services.area(TradeServices.class).repositories().trades().tradesOn(tradeDate);
      if (trades.size() != records) {
        throw new IllegalStateException(
            "The bench's trades did not book: " + trades.size() + " of " + records + " stored");
      }
      out.printf(
          Locale.ROOT,
          "Booked %,d trades for %s (trade import, not timed) in %.1f s; %d CPU cores, max heap"
              + " %d MB%n",
          records,
          tradeDate,
          seconds(start),
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20);
      start = System.nanoTime();
      Path folder = Files.createDirectories(dir.resolve("confirmations"));
      Written written =
          writeConfirmations(services.repositories(), trades, folder, new Random(20261207L));
      trades = null; // the run reads them again, as it would
      out.printf(
          Locale.ROOT,
          "Wrote %,d confirmation lines in %d files (%,d MB) in %.1f s; planted: %s%n",
          written.lines(),
          written.files().size(),
          size(written.files()) >> 20,
          seconds(start),
          describe(written.planted()));

      ReconServices recon = services.area(ReconServices.class);
      System.gc(); // the setup's garbage is not the timed phases' to collect
      long cpu = BenchCommand.processCpuNanos();
      start = System.nanoTime();
      List<InputImportResult> imported =
          recon.inputs().confirmationFiles().importFiles(clerk, written.files(), false);
      double importSeconds = seconds(start);
      double importCpu = (BenchCommand.processCpuNanos() - cpu) / 1e9;
      imported.stream()
          .filter(r -> !r.problems().isEmpty())
          .findFirst()
          .ifPresent(
              r -> {
                throw new IllegalStateException(
                    "The bench's confirmations did not import: "
                        + r.problems().get(0).describe(r.fileName()));
              });
      out.printf(
          Locale.ROOT,
          "Import: %,d confirmation lines checked, then stored (intake pipeline, all or nothing)"
              + " in %.2f s (%,d lines/s; %.2f s of CPU)%n",
          written.lines(),
          importSeconds,
          Math.round(written.lines() / importSeconds),
          importCpu);

      cpu = BenchCommand.processCpuNanos();
      start = System.nanoTime();
      ReconRun run =
          recon
              .runs()
              .run(clerk, Optional.of(BuiltInRecons.TRADES_CONFIRMATIONS), tradeDate)
              .get(0);
      double runSeconds = seconds(start);
      double runCpu = (BenchCommand.processCpuNanos() - cpu) / 1e9;
      Map<BreakKind, Long> breaks =
          recon.runs().breaks(clerk, Optional.of(BuiltInRecons.TRADES_CONFIRMATIONS)).stream()
              .filter(b -> b.runDate().equals(tradeDate) && b.lastRun() == run.id())
              .collect(
                  Collectors.groupingBy(
                      b -> b.kind(), () -> new TreeMap<>(), Collectors.counting()));
      out.printf(
          Locale.ROOT,
          "Recon run (trades-confirmations for %s: both sides read, matched, breaks and run stored)"
              + " in %.2f s (%.2f s of CPU): %,d ours, %,d theirs, %,d matched (%,d with a"
              + " difference inside tolerance), %,d proposed; stored %s%n",
          tradeDate,
          runSeconds,
          runCpu,
          run.ours(),
          run.theirs(),
          run.matched(),
          run.withDifference(),
          run.proposed(),
          describe(breaks));
      out.printf(
          Locale.ROOT,
          "End to end (import + recon run): %.2f s (%.2f s of CPU) for %,d trades against %,d"
              + " confirmations%n",
          importSeconds + runSeconds,
          importCpu + runCpu,
          run.ours(),
          run.theirs());
      return new Figures(
          records, written.lines(), written.planted(), run, breaks, importSeconds, runSeconds);
    } finally {
      deleteTree(dir);
    }
  }

  private record Written(List<Path> files, int lines, Map<String, Long> planted) {}

  /**
   * One confirmation file per broker ({@code CODE_yyyyMMdd.csv}), a line per trade as the broker
   * would send it, with the faults of {@link ReconBench}'s mix.
   */
  private static Written writeConfirmations(
      Repositories r, List<Trade> trades, Path folder, Random random) throws IOException {
    Map<InstrumentId, Instrument> instruments =
        r.referenceData().instruments().stream()
            .collect(Collectors.toMap(Instrument::id, Function.identity()));
    Map<CounterpartyId, String> brokers =
        r.referenceData().counterparties().stream()
            .collect(Collectors.toMap(Counterparty::id, Counterparty::code));
    Map<AccountId, String> accounts =
        r.referenceData().accounts().stream().collect(Collectors.toMap(Account::id, Account::code));
    Map<String, Long> planted = new TreeMap<>();
    Map<String, BufferedWriter> writers = new HashMap<>();
    List<Path> files = new ArrayList<>();
    int lines = 0;
    try {
      for (Trade t : trades) {
        String broker = brokers.get(t.counterpartyId());
        BufferedWriter w = writers.get(broker);
        if (w == null) {
          Path file =
              folder.resolve(broker + "_" + t.tradeDate().toString().replace("-", "") + ".csv");
          files.add(file);
          w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          w.write(String.join(",", ConfirmationFiles.HEADER));
          w.write('\n');
          writers.put(broker, w);
        }
        Instrument i = instruments.get(t.instrumentId());
        String instrument = i.isin() == null ? i.symbol() : i.isin().value();
        String account = t.accountId() == null ? "-" : accounts.get(t.accountId());
        String execId = t.execId();
        BigDecimal quantity = t.quantity();
        BigDecimal price = t.price();
        BigDecimal net = t.netCashOut().abs();
        LocalDate settles = t.settlementDate();
        int dice = random.nextInt(1000);
        String plant = null;
        if (dice < 10) {
          planted.merge(MISSING, 1L, Long::sum);
          continue;
        } else if (dice < 30) {
          plant = BROKER_REF_ONLY;
          execId = "";
        } else if (dice < 40) {
          plant = PRICE_TICK;
          price = price.add(new BigDecimal("0.0001"));
        } else if (dice < 45) {
          plant = AMOUNT_CENT;
          net = net.add(new BigDecimal("0.01"));
        } else if (dice < 50) {
          plant = QUANTITY;
          quantity = quantity.add(BigDecimal.valueOf(100));
        } else if (dice < 55) {
          plant = LATE;
          settles = nextWeekday(settles);
        } else if (dice < 57) {
          plant = REPEATED;
        }
        if (plant != null) {
          planted.merge(plant, 1L, Long::sum);
        }
        String line = line(broker, t, execId, settles, instrument, quantity, price, net, account);
        for (int copy = REPEATED.equals(plant) ? 2 : 1; copy > 0; copy--) {
          w.write(line);
          lines++;
        }
        if (dice >= 995) {
          planted.merge(UNKNOWN, 1L, Long::sum);
          w.write(
              line(
                  broker, t, "X" + t.execId(), settles, instrument, quantity, price, net, account));
          lines++;
        }
      }
    } finally {
      for (BufferedWriter w : writers.values()) {
        w.close();
      }
    }
    return new Written(files, lines, planted);
  }

  private static String line(
      String broker,
      Trade t,
      String execId,
      LocalDate settles,
      String instrument,
      BigDecimal quantity,
      BigDecimal price,
      BigDecimal net,
      String account) {
    return String.join(
            ",",
            broker + "-" + t.id().value(),
            execId,
            t.orderId(),
            t.tradeDate().toString(),
            settles.toString(),
            instrument,
            t.side().name(),
            quantity.toPlainString(),
            price.toPlainString(),
            t.grossAmount().toPlainString(),
            t.commission().toPlainString(),
            t.fees().toPlainString(),
            net.toPlainString(),
            t.currency().code(),
            account,
            "1")
        + "\n";
  }

  private static LocalDate nextWeekday(LocalDate d) {
    LocalDate next = d.plusDays(1);
    while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
      next = next.plusDays(1);
    }
    return next;
  }

  private static long size(List<Path> files) throws IOException {
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    return bytes;
  }

  private static String describe(Map<?, Long> counts) {
    return counts.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
