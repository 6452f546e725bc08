package com.tickmark.app.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {
  @Test
  void writesNumbersTheSameWayWhateverTheComputersLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(Formats.grouped(new BigDecimal("1234567.5"), 2)).isEqualTo("1,234,567.50");
      assertThat(Formats.grouped(9876543L)).isEqualTo("9,876,543");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void keepsTheDecimalsAValueCarriesWithinBounds() {
    assertThat(Formats.grouped(new BigDecimal("1.08500000"), 4, 6)).isEqualTo("1.0850");
    assertThat(Formats.grouped(new BigDecimal("1.0851234"), 4, 6)).isEqualTo("1.085123");
    assertThat(Formats.grouped(new BigDecimal("100"), 2, 6)).isEqualTo("100.00");
  }

  @Test
  void roundsHalfEven() {
    assertThat(Formats.grouped(new BigDecimal("0.125"), 2)).isEqualTo("0.12");
    assertThat(Formats.grouped(new BigDecimal("0.135"), 2)).isEqualTo("0.14");
  }

  @Test
  void writesSignedPercentages() {
    assertThat(Formats.signedPercent(new BigDecimal("5.2631"))).isEqualTo("+5.26%");
    assertThat(Formats.signedPercent(new BigDecimal("-0.004"))).isEqualTo("0.00%");
    assertThat(Formats.signedPercent(new BigDecimal("-1"))).isEqualTo("-1.00%");
    assertThat(Formats.signedPercent(null)).isEmpty();
  }

  @Test
  void writesIsoDates() {
    assertThat(Formats.date(LocalDate.of(2025, 1, 2))).isEqualTo("2025-01-02");
    assertThat(Formats.date(null)).isEmpty();
  }
}
