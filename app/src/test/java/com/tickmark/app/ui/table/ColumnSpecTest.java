package com.tickmark.app.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.report.ReportColumn;
import java.math.BigDecimal;
import java.util.List;
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

  private record Amount(BigDecimal value, CurrencyCode currency) {}

  private final ColumnSpec<Amount, BigDecimal> amount =
      ColumnSpec.money("amount", "Amount", Amount::value, Amount::currency);

  @Test
  void amountsInTheirCurrencysScaleShowIt() {
    Amount yen = new Amount(new BigDecimal("-150000"), CurrencyCode.of("JPY"));
    Amount dollars = new Amount(new BigDecimal("1500.00"), CurrencyCode.USD);
    assertThat(amount.displayOfRow(yen)).isEqualTo("-150,000");
    assertThat(amount.displayOfRow(dollars)).isEqualTo("1,500.00");
    assertThat(amount.copyOfRow(dollars)).isEqualTo("1500.00");
    assertThat(amount.styleClassOf(yen.value())).isEqualTo("negative");
    assertThat(amount.reportColumn(List.of(yen))).isEqualTo(ReportColumn.money("Amount", "JPY", 0));
    assertThat(amount.reportColumn(List.of(yen, dollars)))
        .as("an export of both currencies keeps the cents")
        .isEqualTo(ReportColumn.decimal("Amount", 2));
  }
}
