package com.tickmark.app.cli;

import static com.tickmark.app.FileTrees.deleteTree;

import com.tickmark.app.AppServices;
import com.tickmark.app.demo.DemoFirmInstaller;
import com.tickmark.app.demo.DemoUsers;
import com.tickmark.app.recon.ReconServices;
import com.tickmark.app.ui.recon.BreaksBenchmark;
import com.tickmark.model.demo.DemoConfig;
import com.tickmark.model.demo.FaultRates;
import com.tickmark.model.recon.run.BreakKind;
import com.tickmark.model.recon.run.BreakState;
import com.tickmark.model.recon.run.BuiltInRecons;
import com.tickmark.model.recon.run.ReconBreak;
import com.tickmark.persistence.recon.ReconRepositories;
import com.tickmark.persistence.recon.ReconRunRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tickmark bench breaks}: N breaks to work stored in a small demo firm (spread over the four
 * recons, their kinds and the last 30 days), then the Breaks screen opened and its quick filter
 * typed in, without the screen.
 */
@Command(
    name = "breaks",
    mixinStandardHelpOptions = true,
    description =
        "Times the Breaks screen over N stored breaks to work: opening it, and quick-filter"
            + " keystrokes.")
final class BreaksBench implements Callable<Integer> {
  private static final List<String> RECONS =
      List.of(
          BuiltInRecons.TRADES_CONFIRMATIONS,
          BuiltInRecons.POSITIONS_CUSTODY,
          BuiltInRecons.CASH_BANK,
          BuiltInRecons.SETTLEMENTS);
  private static final List<BreakKind> KINDS =
      List.of(
          BreakKind.MISSING_THEIRS,
          BreakKind.MISSING_OURS,
          BreakKind.FIELD_MISMATCH,
          BreakKind.DUPLICATE_THEIRS,
          BreakKind.UNEXPECTED);
  private static final int CHUNK = 10_000;

  @ParentCommand BenchCommand bench;

  @Option(
      names = "--breaks",
      defaultValue = "100000",
      description = "Breaks to work stored first (default: ${DEFAULT-VALUE}).")
  int breaks;

  @Option(
      names = "--business-date",
      paramLabel = "YYYY-MM-DD",
      defaultValue = "2025-11-20",
      description = "Business date (default: ${DEFAULT-VALUE}).")
  LocalDate businessDate;

  @Override
  public Integer call() throws IOException {
    var out = bench.root.out;
    Path dir = Files.createTempDirectory("tickmark-bench-");
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      AppServices services = AppServices.of(ws, Clock.systemUTC());
      new DemoFirmInstaller()
          .install(
              services,
              new DemoConfig(DemoConfig.DEFAULT_SEED, businessDate, 30, 2, 50, FaultRates.DEFAULTS),
              DemoFirmInstaller.Progress.NONE);
      ReconRunRepository store = ReconRepositories.of(ws).runs();
      long t0 = System.nanoTime();
      Random random = new Random(7);
      Instant now = Instant.now();
      for (int from = 0; from < breaks; from += CHUNK) {
        List<ReconBreak> chunk = new ArrayList<>(CHUNK);
        for (int i = from; i < Math.min(breaks, from + CHUNK); i++) {
          chunk.add(made(i + 1L, random, now));
        }
        ws.run(() -> store.insertBreaks(chunk));
      }
      out.printf(
          Locale.ROOT,
          "Workspace with %,d breaks to work ready (stored in %.1f s); %d CPU cores%n",
          breaks,
          (System.nanoTime() - t0) / 1e9,
          Runtime.getRuntime().availableProcessors());
      ReconServices recon = services.area(ReconServices.class);
      new BreaksBenchmark(
              recon.runs(),
              recon.breaks(),
              services.referenceData(),
              services.inbox(),
              services.users().signIn("clerk", DemoUsers.PASSWORD.toCharArray()),
              businessDate,
              out)
          .run(List.of("e2025111", "acs-", "field mismatch", "cash-bank 1"));
    } finally {
      deleteTree(dir);
    }
    return TickmarkCommand.OK;
  }

  private ReconBreak made(long id, Random random, Instant now) {
    String recon = RECONS.get(random.nextInt(RECONS.size()));
    BreakKind kind = KINDS.get(random.nextInt(KINDS.size()));
    String reference = String.format(Locale.ROOT, "E%s-%06d", businessDate, id).replace("-", "");
    return new ReconBreak(
        id,
        recon,
        businessDate.minusDays(random.nextInt(30)),
        kind,
        kind + "|" + reference + "|",
        reference,
        "confirmations/BRK_" + businessDate + ".csv",
        (int) (id % 5000) + 2,
        "T" + id,
        "",
        kind == BreakKind.FIELD_MISMATCH ? "price,net_amount" : "",
        "",
        List.of(),
        "",
        BigDecimal.valueOf(random.nextInt(1_000_000), 2),
        "USD",
        BreakState.OPEN,
        "",
        "",
        "",
        1,
        1,
        0,
        "clerk",
        now);
  }
}
