package com.tickmark.model.settlement.penalty;

import java.math.BigDecimal;

/**
 * The classes of Commission Delegated Regulation (EU) 2017/389's annex, with the daily rate a
 * settlement fail for lack of securities is charged at, in basis points of the failing value. A
 * fail for lack of cash is charged at the central bank's rate instead ({@link CentralBankRates}).
 */
public enum PenaltyClass {
  LIQUID_SHARE("liquid share", "1.0"),
  ILLIQUID_SHARE("illiquid share", "0.5"),
  SME_GROWTH_MARKET("SME growth-market instrument", "0.25"),
  SOVEREIGN_DEBT("sovereign debt", "0.10"),
  OTHER_DEBT("other debt", "0.20"),
  SME_DEBT("SME debt", "0.15"),
  OTHER("other instrument", "0.5");

  private static final BigDecimal BASIS_POINT = new BigDecimal("0.0001");

  private final String label;
  private final BigDecimal basisPoints;

  PenaltyClass(String label, String basisPoints) {
    this.label = label;
    this.basisPoints = new BigDecimal(basisPoints);
  }

  public String label() {
    return label;
  }

  /** The daily rate in basis points, e.g. 1.0 for a liquid share. */
  public BigDecimal basisPoints() {
    return basisPoints;
  }

  /** The daily rate as a fraction of the failing value, e.g. 0.0001 for a liquid share. */
  public BigDecimal dailyRate() {
    return basisPoints.multiply(BASIS_POINT).stripTrailingZeros();
  }
}
