package com.tickmark.model.demo;

/**
 * How messy the demo firm's bank statements are where they still agree with its books, as fractions
 * (0.01 = 1 %). Unlike {@link FaultRates} these are not disagreements: each entry so written is
 * listed as an expected match ({@link ExpectedMatch}), with the pass of the cash recon meant to
 * match it.
 *
 * @param netted of the groups of two settlements or more on one account with one counterparty and
 *     value date (none of them faulted), those the bank books as one netted entry naming the
 *     counterparty and quoting none of our ids
 * @param bankReferenceOnly of the other settlements, those booked with only the bank's own
 *     reference and a text naming the counterparty, valued a business day after the settlement
 * @param counterpartyAlias of the entries naming a counterparty without quoting our ids (netted or
 *     bank reference only), those naming it as the bank spells it ({@link DemoBankSpellings})
 * @param valueDateOff of the other settlements, those valued a business day late (still quoting our
 *     end-to-end id)
 * @param amountCentsOff of the other settlements, those a few cents short for the bank's charges
 *     (still quoting our end-to-end id)
 */
public record MessRates(
    double netted,
    double bankReferenceOnly,
    double counterpartyAlias,
    double valueDateOff,
    double amountCentsOff) {

  public static final MessRates DEFAULTS = new MessRates(0.1, 0.01, 0.5, 0.01, 0.01);
  public static final MessRates NONE = new MessRates(0, 0, 0, 0, 0);

  public MessRates {
    double[] all = {netted, bankReferenceOnly, counterpartyAlias, valueDateOff, amountCentsOff};
    for (double r : all) {
      if (!(r >= 0 && r <= 1)) {
        throw new IllegalArgumentException("Mess rates are fractions between 0 and 1: " + r);
      }
    }
    if (bankReferenceOnly + valueDateOff + amountCentsOff > 1) {
      throw new IllegalArgumentException(
          "A settlement is messy in one way at most: the bank-reference-only, value-date and"
              + " amount rates add up to more than 1");
    }
  }
}
