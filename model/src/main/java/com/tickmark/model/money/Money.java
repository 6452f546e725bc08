package com.tickmark.model.money;

import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount in one currency, carried at the currency's scale (two decimals for USD, none for
 * JPY). Arithmetic keeps that scale: sums and differences are exact, and a product is rounded back
 * to it with the rounding mode the caller names; nothing rounds implicitly. Two amounts in
 * different currencies never add up: that is an FX conversion, which names its rate.
 *
 * @param currency the currency the amount is in
 * @param amount the amount, at the currency's scale
 */
public record Money(CurrencyCode currency, BigDecimal amount) implements Comparable<Money> {
  public Money {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(amount, "amount");
  }

  /** {@code amount} in {@code currency}, rounded to the currency's scale with {@code rounding}. */
  public static Money of(Currency currency, BigDecimal amount, RoundingMode rounding) {
    return new Money(currency.code(), amount.setScale(currency.minorUnits(), rounding));
  }

  /**
   * {@code amount} in {@code currency}, which must already be exact at the currency's scale (more
   * decimals than the currency has are refused, fewer are padded).
   *
   * @throws ArithmeticException when {@code amount} has more decimals than the currency
   */
  public static Money exact(Currency currency, BigDecimal amount) {
    return of(currency, amount, RoundingMode.UNNECESSARY);
  }

  /** Nothing, in {@code currency}. */
  public static Money zero(Currency currency) {
    return new Money(currency.code(), BigDecimal.ZERO.setScale(currency.minorUnits()));
  }

  /**
   * Quantity × price in {@code currency}, rounded half-even to the currency's scale: the gross
   * amount of a trade, computed this one way wherever a trade is captured or amended.
   */
  public static Money gross(Currency currency, BigDecimal quantity, BigDecimal price) {
    return of(currency, quantity.multiply(price), RoundingMode.HALF_EVEN);
  }

  public Money plus(Money other) {
    return new Money(currency, amount.add(same(other).amount));
  }

  public Money minus(Money other) {
    return new Money(currency, amount.subtract(same(other).amount));
  }

  public Money negated() {
    return new Money(currency, amount.negate());
  }

  /**
   * This amount times {@code factor}, rounded back to this amount's scale with {@code rounding}.
   */
  public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
    return new Money(currency, amount.multiply(factor).setScale(amount.scale(), rounding));
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** Orders amounts of one currency by value; amounts in two currencies are not comparable. */
  @Override
  public int compareTo(Money other) {
    return amount.compareTo(same(other).amount);
  }

  private Money same(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "Cannot combine " + this + " with " + other + ": they are in different currencies");
    }
    return other;
  }

  /** {@code USD 1234.50}: the code, then the plain amount. */
  @Override
  public String toString() {
    return currency.code() + " " + amount.toPlainString();
  }
}
