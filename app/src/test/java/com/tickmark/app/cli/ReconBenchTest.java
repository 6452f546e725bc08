package com.tickmark.app.cli;

import static com.tickmark.model.recon.run.BreakKind.DUPLICATE_THEIRS;
import static com.tickmark.model.recon.run.BreakKind.FIELD_MISMATCH;
import static com.tickmark.model.recon.run.BreakKind.MATCHED_WITH_DIFFERENCE;
import static com.tickmark.model.recon.run.BreakKind.MISSING_OURS;
import static com.tickmark.model.recon.run.BreakKind.MISSING_THEIRS;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.recon.match.BreakKind;
import com.tickmark.model.recon.match.Match;
import com.tickmark.model.recon.match.MatchResult;
import com.tickmark.model.recon.match.MatchingEngine;
import com.tickmark.model.recon.match.PriorDecisions;
import com.tickmark.model.recon.run.ReconRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The recon benches: the matching bench's planted cases land where they belong, in memory and end
 * to end; the Breaks screen's bench opens over every break it stored.
 */
class ReconBenchTest {
  @Test
  void everyPlantedCaseIsMatchedOrBrokenAsItShouldBe() {
    ReconBench.Workload w = ReconBench.generate(20_000, new Random(7));
    MatchResult result =
        new MatchingEngine(new HolidayCalendar("BENCH", "Weekdays", List.of())::isBusinessDay)
            .run(ReconBench.RECON, w.ours(), w.theirs(), PriorDecisions.NONE);
    Map<String, Long> planted = w.planted();

    assertThat(result.matches().stream().filter(m -> m.explanation().pass().equals("economics")))
        .hasSize(
            (int)
                (planted.get("broker reference only")
                    + planted.get("broker reference only, a business day late")));
    assertThat(result.matches().stream().filter(m -> m.explanation().hasDifferences()).count())
        .isEqualTo(
            planted.get("price 0.0001 off")
                + planted.get("amount a cent off")
                + planted.get("broker reference only, a business day late"));
    assertThat(result.breaks(BreakKind.MISSING_THEIRS))
        .hasSize(planted.get("missing confirmation").intValue());
    assertThat(result.breaks(BreakKind.MISSING_OURS))
        .hasSize(planted.get("confirmation of no trade of ours").intValue());
    assertThat(result.breaks(BreakKind.FIELD_MISMATCH))
        .hasSize(planted.get("quantity beyond tolerance").intValue())
        .allSatisfy(b -> assertThat(b.fields()).containsExactly("quantity"));
    assertThat(result.breaks(BreakKind.DUPLICATE_THEIRS))
        .hasSize(planted.get("confirmation repeated").intValue());
    assertThat(result.matches()).extracting(Match::ours).doesNotHaveDuplicates();
  }

  @Test
  void theEndToEndBenchFindsWhatItPlantedAndEveryRecordIsMatchedOrABreak() throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ReconEndToEndBench.Figures f =
        ReconEndToEndBench.run(
            new PrintStream(printed, true, StandardCharsets.UTF_8),
            3_000,
            LocalDate.of(2025, 11, 20));
    ReconRun run = f.run();
    Map<String, Long> planted = f.planted();
    var found = f.breaks();

    assertThat(run.ours()).isEqualTo(3_000);
    assertThat(run.theirs()).isEqualTo(f.lines());
    long mismatched = found.getOrDefault(FIELD_MISMATCH, 0L);
    assertThat(run.matched() + found.getOrDefault(MISSING_THEIRS, 0L) + mismatched)
        .as("each trade matched or a break")
        .isEqualTo(run.ours());
    assertThat(
            run.matched()
                + found.getOrDefault(MISSING_OURS, 0L)
                + found.getOrDefault(DUPLICATE_THEIRS, 0L)
                + mismatched)
        .as("each confirmation line matched or a break")
        .isEqualTo(run.theirs());
    assertThat(found.getOrDefault(MISSING_THEIRS, 0L))
        .isEqualTo(planted.getOrDefault(ReconEndToEndBench.MISSING, 0L));
    assertThat(mismatched)
        .isEqualTo(
            planted.getOrDefault(ReconEndToEndBench.QUANTITY, 0L)
                + planted.getOrDefault(ReconEndToEndBench.LATE, 0L));
    assertThat(found.getOrDefault(DUPLICATE_THEIRS, 0L))
        .isEqualTo(planted.getOrDefault(ReconEndToEndBench.REPEATED, 0L));
    assertThat(found.getOrDefault(MISSING_OURS, 0L))
        .isEqualTo(planted.getOrDefault(ReconEndToEndBench.UNKNOWN, 0L));
    assertThat((long) run.withDifference())
        .isEqualTo(
            planted.getOrDefault(ReconEndToEndBench.PRICE_TICK, 0L)
                + planted.getOrDefault(ReconEndToEndBench.AMOUNT_CENT, 0L))
        .isEqualTo(found.getOrDefault(MATCHED_WITH_DIFFERENCE, 0L));
    assertThat(planted.get(ReconEndToEndBench.BROKER_REF_ONLY)).isPositive();
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .containsPattern("Import: 2,9[0-9]{2} confirmation lines .* in [0-9.]+ s")
        .containsPattern("Recon run .* in [0-9.]+ s .*: 3,000 ours")
        .containsPattern("End to end \\(import \\+ recon run\\): [0-9.]+ s");
  }

  @Test
  void theBreaksBenchShowsEveryBreakItStoredAndTypesInTheQuickFilter() {
    TickmarkCommandTest.Run r =
        TickmarkCommandTest.run(Map.of(), "bench", "breaks", "--breaks", "300");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Workspace with 300 breaks to work ready")
        .contains("Open: 300 breaks, 300 to work shown")
        .containsPattern("Quick filter: 74 keystrokes .*median [0-9.]+ ms");
  }
}
