package com.tickmark.app.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ColumnSpecTest {
  private final ColumnSpec<BigDecimal, BigDecimal> quantity =
      ColumnSpec.decimal("quantity", "Quantity", Function.identity(), 0, 6);
  private final ColumnSpec<BigDecimal, BigDecimal> price =
      ColumnSpec.decimal("price", "Price", Function.identity(), 2, 6);

  @Test
  void quantitiesAsStoredShowWithoutTrailingZeros() {
    assertThat(quantity.displayOfRow(new BigDecimal("5000000.000000"))).isEqualTo("5,000,000");
    assertThat(quantity.displayOfRow(new BigDecimal("0.000000"))).isEqualTo("0");
    assertThat(quantity.displayOfRow(new BigDecimal("12.500000"))).isEqualTo("12.5");
    assertThat(quantity.copyOfRow(new BigDecimal("15000.000000"))).isEqualTo("15000");
  }

  @Test
  void decimalsKeepTheirLeastDigitsAndNoMoreThanTheMost() {
    assertThat(price.displayOfRow(new BigDecimal("20.20000000"))).isEqualTo("20.20");
    assertThat(price.displayOfRow(new BigDecimal("20"))).isEqualTo("20.00");
    assertThat(price.displayOfRow(new BigDecimal("1.23456789"))).isEqualTo("1.234568");
  }
}
