package com.tickmark.model.settlement.penalty;

import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The central bank rate a fail for lack of cash is charged at. */
@FunctionalInterface
public interface CashRates {
  /**
   * The official overnight credit rate of the central bank issuing {@code currency}, in force on
   * {@code date}, as an annual percentage (2.40 for 2.40 %); empty when unknown.
   */
  Optional<BigDecimal> annualPercent(CurrencyCode currency, LocalDate date);
}
