package com.tickmark.app.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
  void aNegativeNumberReadsTheSameInEveryKindOfColumn() {
    BigDecimal loss = new BigDecimal("-1234.50");
    ColumnSpec<BigDecimal, BigDecimal> money =
        ColumnSpec.money("m", "Amount", v -> v, v -> CurrencyCode.USD, 2);
    ColumnSpec<BigDecimal, BigDecimal> decimal = ColumnSpec.decimal("d", "Quantity", v -> v, 0, 6);
    ColumnSpec<BigDecimal, BigDecimal> percentage = ColumnSpec.percentage("p", "Share", v -> v, 2);
    assertThat(money.displayOf(loss)).isEqualTo("-1,234.50");
    assertThat(decimal.displayOf(loss)).isEqualTo("-1,234.5"); // a quantity: no trailing zero
    assertThat(percentage.displayOf(new BigDecimal("-0.0125"))).isEqualTo("-1.25%");
    assertThat(List.of(money, decimal, percentage))
        .allSatisfy(c -> assertThat(c.styleClassOf(loss)).isEqualTo("negative"));
    assertThat(decimal.styleClassOf(new BigDecimal("5"))).isNull();

    // what shows as zero is neither red nor signed
    BigDecimal almostNothing = new BigDecimal("-0.001");
    assertThat(money.displayOf(almostNothing)).isEqualTo("0.00");
    assertThat(money.styleClassOf(almostNothing)).isNull();
  }

  @Test
  void writesIsoDates() {
    assertThat(Formats.date(LocalDate.of(2025, 1, 2))).isEqualTo("2025-01-02");
    assertThat(Formats.date(null)).isEmpty();
  }
}
