package com.tickmark.app.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.chart.DateAxis.Step;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateAxisTest {
  @Test
  void putsMonthlyTicksOnTheFirstOfEachMonthInsideTheRange() {
    assertThat(Step.MONTH.ticks(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 4, 1)))
        .containsExactly(
            LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1));
  }

  @Test
  void startsQuartersInJanuaryAprilJulyAndOctober() {
    assertThat(Step.QUARTER.ticks(LocalDate.of(2024, 2, 10), LocalDate.of(2025, 1, 1)))
        .containsExactly(
            LocalDate.of(2024, 4, 1),
            LocalDate.of(2024, 7, 1),
            LocalDate.of(2024, 10, 1),
            LocalDate.of(2025, 1, 1));
  }

  @Test
  void putsWeeklyTicksOnMondays() {
    assertThat(Step.WEEK.ticks(LocalDate.of(2025, 11, 12), LocalDate.of(2025, 11, 30)))
        .containsExactly(LocalDate.of(2025, 11, 17), LocalDate.of(2025, 11, 24));
  }

  @Test
  void choosesTheFinestStepWhoseLabelsFit() {
    LocalDate from = LocalDate.of(2023, 11, 28);
    LocalDate to = LocalDate.of(2025, 11, 20);
    assertThat(Step.fitting(from, to, 10)).isEqualTo(Step.QUARTER);
    assertThat(Step.fitting(from, to, 30)).isEqualTo(Step.MONTH);
    assertThat(Step.fitting(from, to, 3)).isEqualTo(Step.YEAR);
    assertThat(Step.fitting(LocalDate.of(2025, 11, 14), LocalDate.of(2025, 11, 20), 10))
        .isEqualTo(Step.DAY);
  }

  @Test
  void labelsTicksInIsoFormAtTheStepsPrecision() {
    LocalDate d = LocalDate.of(2025, 3, 1);
    assertThat(Step.WEEK.label(d)).isEqualTo("2025-03-01");
    assertThat(Step.QUARTER.label(d)).isEqualTo("2025-03");
    assertThat(Step.YEAR.label(d)).isEqualTo("2025");
  }
}
