package com.tickmark.model.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates in a file's cells: YYYY-MM-DD read quickly, and only real dates. */
class CellValuesTest {
  @Test
  void anIsoDateIsReadAndWhatIsNoDateIsRefused() {
    assertThat(CellValues.isoDate("2026-11-09")).isEqualTo(LocalDate.of(2026, 11, 9));
    assertThat(CellValues.isoDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(CellValues.isoDate("+12026-01-31")).isEqualTo(LocalDate.of(12026, 1, 31));
    for (String wrong :
        new String[] {
          "2025-02-29", "2026-13-01", "2026-00-10", "2026-1-09", "2026-11-9x", "20261109"
        }) {
      assertThatThrownBy(() -> CellValues.isoDate(wrong))
          .as(wrong)
          .isInstanceOf(DateTimeException.class);
    }
  }
}
