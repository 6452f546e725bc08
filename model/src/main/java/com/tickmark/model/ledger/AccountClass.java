package com.tickmark.model.ledger;

/**
 * The five classes of account. Assets and expenses grow with debits; liabilities, equity and income
 * grow with credits. The balance sheet holds the first three, the income statement the last two.
 */
public enum AccountClass {
  ASSET("Assets", true, true),
  LIABILITY("Liabilities", false, true),
  EQUITY("Equity", false, true),
  INCOME("Income", false, false),
  EXPENSE("Expenses", true, false);

  private final String label;
  private final boolean debitNormal;
  private final boolean balanceSheet;

  AccountClass(String label, boolean debitNormal, boolean balanceSheet) {
    this.label = label;
    this.debitNormal = debitNormal;
    this.balanceSheet = balanceSheet;
  }

  /** The class in words, plural, as statements head it. */
  public String label() {
    return label;
  }

  /** True when a debit increases the account's balance (assets, expenses). */
  public boolean debitNormal() {
    return debitNormal;
  }

  /** True for the balance sheet's classes; false for the income statement's. */
  public boolean balanceSheet() {
    return balanceSheet;
  }
}
