package com.tickmark.model.trade.blotter;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact running sum of scaled whole numbers (amounts held as units of 10^-scale): adds longs at
 * full speed and carries into a BigInteger only when a long would overflow, so a million notionals
 * never lose a cent.
 */
final class ExactSum {
  private long low;
  private BigInteger high = BigInteger.ZERO;

  void add(long value) {
    long r = low + value;
    if (((low ^ r) & (value ^ r)) < 0) { // overflow: bank what we have
      high = high.add(BigInteger.valueOf(low));
      low = value;
    } else {
      low = r;
    }
  }

  void add(ExactSum other) {
    high = high.add(other.high);
    add(other.low);
  }

  BigDecimal value(int scale) {
    return new BigDecimal(high.add(BigInteger.valueOf(low)), scale);
  }
}
