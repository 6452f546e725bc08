package com.tickmark.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class MoneyTest {
  static final Currency USD = new Currency(CurrencyCode.USD, "US dollar", 2);
  static final Currency JPY = new Currency(new CurrencyCode("JPY"), "Yen", 0);

  @Test
  void anAmountIsCarriedAtItsCurrencysScale() {
    assertThat(Money.of(USD, new BigDecimal("10.005"), RoundingMode.HALF_EVEN).amount())
        .isEqualTo(new BigDecimal("10.00"));
    assertThat(Money.of(JPY, new BigDecimal("10.5"), RoundingMode.HALF_UP).amount())
        .isEqualTo(new BigDecimal("11"));
    assertThat(Money.exact(USD, new BigDecimal("3")).amount()).isEqualTo(new BigDecimal("3.00"));
    assertThat(Money.zero(JPY).toString()).isEqualTo("JPY 0");
  }

  @Test
  void anExactAmountWithMoreDecimalsThanItsCurrencyIsRefused() {
    assertThatThrownBy(() -> Money.exact(USD, new BigDecimal("0.001")))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void amountsInTwoCurrenciesDoNotAddUp() {
    assertThatThrownBy(() -> Money.zero(USD).plus(Money.zero(JPY)))
        .hasMessage("Cannot combine USD 0.00 with JPY 0: they are in different currencies");
  }

  @Test
  void grossIsQuantityTimesPriceRoundedHalfEven() {
    assertThat(Money.gross(USD, new BigDecimal("3"), new BigDecimal("0.125")).amount())
        .isEqualTo(new BigDecimal("0.38"));
    assertThat(Money.gross(USD, new BigDecimal("1"), new BigDecimal("0.125")).amount())
        .isEqualTo(new BigDecimal("0.12"));
  }

  @Property
  void sumsAreExactAndMinusUndoesPlus(
      @ForAll @Scale(2) @BigRange(min = "-1000000000", max = "1000000000") BigDecimal a,
      @ForAll @Scale(2) @BigRange(min = "-1000000000", max = "1000000000") BigDecimal b) {
    Money x = Money.exact(USD, a);
    Money y = Money.exact(USD, b);
    assertThat(x.plus(y).amount()).isEqualByComparingTo(a.add(b));
    assertThat(x.plus(y).minus(y)).isEqualTo(x);
    assertThat(x.plus(x.negated()).isZero()).isTrue();
    assertThat(x.plus(y).amount().scale()).isEqualTo(2);
  }
}
