package com.tickmark.model.trade.blotter;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.trade.blotter.SameDayAffirmation.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Rule 15c6-2's same-day affirmation: by 9:00 pm New York time on the trade date, summer or winter.
 */
class SameDayAffirmationTest {
  @Test
  void theCutOffIsNinePmNewYorkTimeInWinterAndInSummer() {
    // EST (UTC-5) in November, EDT (UTC-4) in July
    assertThat(SameDayAffirmation.cutoff(LocalDate.of(2025, 11, 20)))
        .isEqualTo(Instant.parse("2025-11-21T02:00:00Z"));
    assertThat(SameDayAffirmation.cutoff(LocalDate.of(2025, 7, 15)))
        .isEqualTo(Instant.parse("2025-07-16T01:00:00Z"));
  }

  @Test
  void anAffirmationCountsTheSameDayUpToTheCutOffAndIsLateAfterIt() {
    LocalDate tradeDate = LocalDate.of(2025, 11, 20);
    assertThat(SameDayAffirmation.of(tradeDate, Instant.parse("2025-11-20T15:00:00Z"), false))
        .isEqualTo(Verdict.YES);
    assertThat(SameDayAffirmation.of(tradeDate, Instant.parse("2025-11-21T02:00:00Z"), false))
        .as("at 9:00 pm sharp")
        .isEqualTo(Verdict.YES);
    assertThat(SameDayAffirmation.of(tradeDate, Instant.parse("2025-11-21T02:00:01Z"), false))
        .isEqualTo(Verdict.LATE);
    assertThat(SameDayAffirmation.of(tradeDate, Instant.parse("2025-11-21T14:00:00Z"), false))
        .as("next morning")
        .isEqualTo(Verdict.LATE);
    assertThat(SameDayAffirmation.of(tradeDate, null, false)).isEqualTo(Verdict.NO);
    assertThat(SameDayAffirmation.of(tradeDate, Instant.parse("2025-11-20T15:00:00Z"), true))
        .as("cancelled")
        .isEqualTo(Verdict.NOT_COUNTED);
  }
}
