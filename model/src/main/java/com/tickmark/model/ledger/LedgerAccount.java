package com.tickmark.model.ledger;

import com.tickmark.model.refdata.CurrencyCode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An account of the chart. Lines post only to accounts that are not headers; a header groups the
 * accounts below it, and statements subtotal it.
 *
 * @param code digits and dots, unique in the chart (such as {@code 1100})
 * @param parent the code of the header above it; null for a top-level account
 * @param currency the one currency the account may hold; null when it holds any (each line keeps
 *     its own currency, and balances are per currency)
 * @param header true for an account that only groups others
 */
public record LedgerAccount(
    String code,
    String name,
    AccountClass accountClass,
    String parent,
    CurrencyCode currency,
    boolean header) {
  private static final Pattern CODE = Pattern.compile("[0-9][0-9.]{0,15}");

  public LedgerAccount {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "Account code must be digits (dots allowed), up to 16 characters: '" + code + "'");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Account " + code + " needs a name");
    }
    Objects.requireNonNull(accountClass, "account class");
    if (code.equals(parent)) {
      throw new IllegalArgumentException("Account " + code + " cannot be its own parent");
    }
  }

  /** A posting account of any currency. */
  public static LedgerAccount posting(
      String code, String name, AccountClass accountClass, String parent) {
    return new LedgerAccount(code, name, accountClass, parent, null, false);
  }

  /** A header that groups the accounts below it. */
  public static LedgerAccount header(
      String code, String name, AccountClass accountClass, String parent) {
    return new LedgerAccount(code, name, accountClass, parent, null, true);
  }

  /** {@code code · name}, as pickers and statements show an account. */
  public String label() {
    return code + " · " + name;
  }
}
