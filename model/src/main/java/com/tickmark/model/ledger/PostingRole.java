package com.tickmark.model.ledger;

/**
 * What an account is for in the posting rules. The rules name roles, never codes; {@link
 * PostingAccounts} says which account of the chart plays each role, so a firm with its own chart
 * points the roles at its codes. Each role's default is the standard chart's account.
 */
public enum PostingRole {
  CASH("1100", AccountClass.ASSET, "Cash at bank and custodian"),
  SECURITIES("1200", AccountClass.ASSET, "Securities held, at cost"),
  MARK_TO_MARKET("1210", AccountClass.ASSET, "Mark-to-market adjustment of securities"),
  RECEIVABLE("1300", AccountClass.ASSET, "Receivable from brokers for sales not yet settled"),
  FX_POSITION("1400", AccountClass.ASSET, "FX spot position: each currency's side of FX trades"),
  PAYABLE("2100", AccountClass.LIABILITY, "Payable to brokers for purchases not yet settled"),
  PENALTIES_PAYABLE("2300", AccountClass.LIABILITY, "CSDR penalties payable and receivable"),
  CAPITAL("3100", AccountClass.EQUITY, "Capital: the opening book's equity"),
  REALIZED("4100", AccountClass.INCOME, "Realized trading gains and losses"),
  UNREALIZED("4200", AccountClass.INCOME, "Unrealized gains and losses, marked to market"),
  FX_REVALUATION("4300", AccountClass.INCOME, "Foreign exchange revaluation gains and losses"),
  PENALTY_INCOME("4400", AccountClass.INCOME, "CSDR penalties received"),
  COMMISSIONS("5100", AccountClass.EXPENSE, "Broker commissions"),
  FEES("5200", AccountClass.EXPENSE, "Exchange and regulatory fees"),
  PENALTY_EXPENSE("5300", AccountClass.EXPENSE, "CSDR penalties charged"),
  WRITE_OFFS("5400", AccountClass.EXPENSE, "Reconciliation write-offs");

  private final String defaultCode;
  private final AccountClass accountClass;
  private final String description;

  PostingRole(String defaultCode, AccountClass accountClass, String description) {
    this.defaultCode = defaultCode;
    this.accountClass = accountClass;
    this.description = description;
  }

  /** The standard chart's account for the role. */
  public String defaultCode() {
    return defaultCode;
  }

  /** The class an account playing the role must have. */
  public AccountClass accountClass() {
    return accountClass;
  }

  public String description() {
    return description;
  }
}
