package com.tickmark.app.cli;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.recon.match.BreakKind;
import com.tickmark.model.recon.match.Cardinality;
import com.tickmark.model.recon.match.MatchField;
import com.tickmark.model.recon.match.MatchResult;
import com.tickmark.model.recon.match.MatchingEngine;
import com.tickmark.model.recon.match.MatchingPass;
import com.tickmark.model.recon.match.Normalisation;
import com.tickmark.model.recon.match.PassMode;
import com.tickmark.model.recon.match.PriorDecisions;
import com.tickmark.model.recon.match.ReconDefinition;
import com.tickmark.model.recon.match.ReconRecord;
import com.tickmark.model.recon.match.SourceRef;
import com.tickmark.model.recon.match.Tolerance;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tickmark bench recon}: N trades against N broker confirmations generated in memory (with a
 * few per cent of confirmations that carry only the broker's reference, are a business day late, a
 * price or amount inside tolerance, a quantity beyond it, repeated, or missing), matched by a 1:1
 * pass on the execution reference and then a tolerance pass on the leftovers; prints the times.
 */
@Command(
    name = "recon",
    mixinStandardHelpOptions = true,
    description =
        "Times the reconciliation matching engine on N generated trades against N confirmations"
            + " (a 1:1 key pass, then a tolerance pass on the leftovers).")
final class ReconBench implements Callable<Integer> {
  private static final List<MatchField> FIELDS =
      List.of(
          MatchField.text("reference"),
          MatchField.text("instrument"),
          MatchField.text("counterparty"),
          MatchField.quantity("quantity"),
          MatchField.price("price"),
          MatchField.amount("amount"),
          MatchField.date("tradeDate"));

  static final ReconDefinition RECON =
      new ReconDefinition(
          "trades-vs-confirms (bench)",
          "Trades",
          "Confirmations",
          FIELDS,
          List.of(
              new MatchingPass(
                  "execution id",
                  List.of("reference"),
                  List.of("instrument", "quantity", "price", "amount", "tradeDate"),
                  Normalisation.STANDARD,
                  List.of(
                      Tolerance.Numeric.absolute("price", "0.0005"),
                      Tolerance.Numeric.absolute("amount", "0.05")),
                  Cardinality.ONE_TO_ONE,
                  PassMode.AUTO),
              new MatchingPass(
                  "economics",
                  List.of("instrument", "counterparty", "quantity"),
                  List.of("amount", "tradeDate"),
                  Normalisation.STANDARD,
                  List.of(
                      Tolerance.Numeric.relative("amount", "0.0001"),
                      new Tolerance.DateWindow("tradeDate", 1)),
                  Cardinality.ONE_TO_ONE,
                  PassMode.AUTO)));

  /** The end-to-end bench's demo firm's business date. */
  private static final LocalDate BUSINESS_DATE = LocalDate.of(2025, 11, 20);

  @ParentCommand BenchCommand bench;

  @Option(
      names = "--records",
      defaultValue = "1000000",
      description = "Records on each side (default: ${DEFAULT-VALUE}).")
  int records;

  @Option(
      names = "--runs",
      defaultValue = "3",
      description = "Timed runs after one warm-up run (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--end-to-end",
      description =
          "Times the whole of it instead, in a fresh workspace: N trades booked for a day, the"
              + " brokers' confirmation files for them written with a few per cent of faults, then"
              + " their import (checked, stored) and the trades-confirmations recon run (both sides"
              + " read, matched, breaks stored).")
  boolean endToEnd;

  @Override
  public Integer call() throws IOException {
    if (records < 1) {
      throw new UserException("--records must be at least 1");
    }
    if (endToEnd) {
      ReconEndToEndBench.run(bench.root.out, records, BUSINESS_DATE);
      return TickmarkCommand.OK;
    }
    if (runs < 1) {
      throw new UserException("--runs must be at least 1");
    }
    PrintStream out = bench.root.out;
    long genStart = System.nanoTime();
    Workload w = generate(records, new Random(20261206L));
    out.printf(
        Locale.ROOT,
        "Generated %,d trades and %,d confirmations in %.2f s; %d CPU cores, max heap %d MB%n",
        w.ours().size(),
        w.theirs().size(),
        seconds(genStart),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    out.printf(Locale.ROOT, "Planted: %s%n", describe(w.planted()));
    MatchingEngine engine =
        new MatchingEngine(new HolidayCalendar("BENCH", "Weekdays", List.of())::isBusinessDay);
    List<Double> times = new ArrayList<>();
    MatchResult result = null;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int run = 0; run <= runs; run++) {
      result = null;
      // The generator's garbage (and the previous run's result) is not the engine's to collect.
      System.gc();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      result = engine.run(RECON, w.ours(), w.theirs(), PriorDecisions.NONE);
      double s = seconds(start);
      double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      out.printf(
          Locale.ROOT,
          "  %-8s matched %,d x %,d in %.3f s (%,d records/s; %.3f s of this thread's CPU)%n",
          run == 0 ? "warm-up" : "run " + run,
          w.ours().size(),
          w.theirs().size(),
          s,
          Math.round((w.ours().size() + w.theirs().size()) / s),
          cpu);
      if (run > 0) {
        times.add(s);
      }
    }
    Collections.sort(times);
    Map<String, Long> byPass =
        result.matches().stream()
            .collect(
                Collectors.groupingBy(
                    m -> m.explanation().pass(), TreeMap::new, Collectors.counting()));
    long withDifference =
        result.matches().stream().filter(m -> m.explanation().hasDifferences()).count();
    Map<BreakKind, Long> breaks =
        result.breaks().stream()
            .collect(Collectors.groupingBy(b -> b.kind(), TreeMap::new, Collectors.counting()));
    out.printf(
        Locale.ROOT,
        "Matches by pass %s, %,d of them with a difference inside tolerance; breaks %s%n",
        describe(byPass),
        withDifference,
        describe(breaks));
    out.printf(
        Locale.ROOT,
        "median %.3f s, best %.3f s over %d runs%n",
        times.get(times.size() / 2),
        times.get(0),
        times.size());
    return TickmarkCommand.OK;
  }

  private static String describe(Map<?, Long> counts) {
    return counts.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
        .collect(Collectors.joining(", "));
  }

  /** The two sides, theirs shuffled, and how many records of each planted case they hold. */
  record Workload(List<ReconRecord> ours, List<ReconRecord> theirs, Map<String, Long> planted) {}

  static Workload generate(int n, Random random) {
    String[] instruments = new String[500];
    for (int i = 0; i < instruments.length; i++) {
      instruments[i] = String.format(Locale.ROOT, "XS%010d", 1_000_000_000L + i * 7919L);
    }
    String[] counterparties = {"GSI", "JPM", "MSI", "BARC", "UBS", "CITI", "BNPP", "DB"};
    LocalDate[] days = new LocalDate[20];
    LocalDate d = LocalDate.of(2025, 10, 27);
    for (int i = 0; i < days.length; i++) {
      days[i] = d;
      d = d.getDayOfWeek().getValue() == 5 ? d.plusDays(3) : d.plusDays(1);
    }
    Map<String, Long> planted = new TreeMap<>();
    List<ReconRecord> ours = new ArrayList<>(n);
    List<ReconRecord> theirs = new ArrayList<>(n + n / 50);
    long theirId = 1;
    for (int i = 0; i < n; i++) {
      String instrument = instruments[random.nextInt(instruments.length)];
      String counterparty = counterparties[random.nextInt(counterparties.length)];
      long quantity = 1 + random.nextInt(1000) * 100L;
      long priceTicks = 10_000 + random.nextInt(2_000_000); // 1.0000 to 201.0000
      int day = random.nextInt(days.length - 1);
      BigDecimal price = BigDecimal.valueOf(priceTicks, 4);
      BigDecimal amount = amount(quantity, price);
      ours.add(
          ReconRecord.of(
              FIELDS,
              i + 1,
              new SourceRef("trades.csv", i + 2),
              "EX" + (i + 1),
              instrument,
              counterparty,
              BigDecimal.valueOf(quantity),
              price,
              amount,
              days[day]));
      int dice = random.nextInt(1000);
      String reference = "EX" + (i + 1);
      BigDecimal theirPrice = BigDecimal.valueOf(priceTicks, 4);
      BigDecimal theirAmount = amount(quantity, theirPrice);
      BigDecimal theirQuantity = BigDecimal.valueOf(quantity);
      LocalDate theirDay = days[day];
      String plant = null;
      if (dice < 10) {
        planted.merge("missing confirmation", 1L, Long::sum);
        continue;
      } else if (dice < 30) {
        plant = "broker reference only";
        reference = "BRK-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
      } else if (dice < 40) {
        plant = "broker reference only, a business day late";
        reference = "BRK-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        theirDay = days[day + 1];
      } else if (dice < 50) {
        plant = "price 0.0001 off";
        theirPrice = BigDecimal.valueOf(priceTicks + 1, 4);
      } else if (dice < 55) {
        plant = "amount a cent off";
        theirAmount = theirAmount.add(new BigDecimal("0.01"));
      } else if (dice < 60) {
        plant = "quantity beyond tolerance";
        theirQuantity = BigDecimal.valueOf(quantity + 100);
      } else if (dice < 62) {
        plant = "confirmation repeated";
      }
      if (plant != null) {
        planted.merge(plant, 1L, Long::sum);
      }
      int copies = "confirmation repeated".equals(plant) ? 2 : 1;
      for (int c = 0; c < copies; c++) {
        theirs.add(
            ReconRecord.of(
                FIELDS,
                theirId,
                new SourceRef("confirms.csv", (int) theirId + 1),
                new String(reference.toCharArray()),
                instrument,
                counterparty,
                theirQuantity,
                theirPrice,
                theirAmount,
                theirDay));
        theirId++;
      }
      if (dice >= 995) {
        planted.merge("confirmation of no trade of ours", 1L, Long::sum);
        theirs.add(
            ReconRecord.of(
                FIELDS,
                theirId,
                new SourceRef("confirms.csv", (int) theirId + 1),
                "EXT" + theirId,
                instruments[random.nextInt(instruments.length)],
                counterparty,
                BigDecimal.valueOf(quantity + 1),
                price,
                amount,
                days[day]));
        theirId++;
      }
    }
    Collections.shuffle(theirs, random);
    return new Workload(ours, theirs, planted);
  }

  private static BigDecimal amount(long quantity, BigDecimal price) {
    return price.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_EVEN);
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
