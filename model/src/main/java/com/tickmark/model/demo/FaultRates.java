package com.tickmark.model.demo;

/**
 * How often the demo firm's external files disagree with its own books, as fractions of the items
 * concerned (0.01 = 1 %). Every fault injected is recorded, so tests can check that later
 * reconciliations find each one.
 *
 * @param missingConfirmation a trade the broker never confirms
 * @param confirmationPriceMismatch a confirmation at a different price
 * @param confirmationQuantityMismatch a confirmation for a different quantity
 * @param duplicateConfirmation a confirmation line sent twice
 * @param positionMismatch a custodian position that differs from the books
 * @param missingBankEntry a settlement the bank statement does not show
 * @param bankAmountMismatch a bank entry for a different amount
 * @param unexpectedBankEntry an entry the books do not expect (charges, interest), per statement
 * @param lateSettlement a trade that settles after its intended date
 * @param failedSettlement a trade still failing on the business date
 */
public record FaultRates(
    double missingConfirmation,
    double confirmationPriceMismatch,
    double confirmationQuantityMismatch,
    double duplicateConfirmation,
    double positionMismatch,
    double missingBankEntry,
    double bankAmountMismatch,
    double unexpectedBankEntry,
    double lateSettlement,
    double failedSettlement) {

  public static final FaultRates DEFAULTS =
      new FaultRates(0.004, 0.003, 0.002, 0.002, 0.01, 0.01, 0.01, 0.2, 0.02, 0.005);
  public static final FaultRates NONE = new FaultRates(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  public FaultRates {
    double[] all = {
      missingConfirmation,
      confirmationPriceMismatch,
      confirmationQuantityMismatch,
      duplicateConfirmation,
      positionMismatch,
      missingBankEntry,
      bankAmountMismatch,
      unexpectedBankEntry,
      lateSettlement,
      failedSettlement
    };
    for (double r : all) {
      if (!(r >= 0 && r <= 1)) {
        throw new IllegalArgumentException("Fault rates are fractions between 0 and 1: " + r);
      }
    }
  }
}
