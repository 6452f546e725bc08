package com.tickmark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.recon.match.BreakKind;
import com.tickmark.model.recon.match.Match;
import com.tickmark.model.recon.match.MatchResult;
import com.tickmark.model.recon.match.MatchingEngine;
import com.tickmark.model.recon.match.PriorDecisions;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The recon benches: the matching bench's planted cases land where they belong; the Breaks screen's
 * bench opens over every break it stored.
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
