package com.tickmark.model.refdata;

/** The kinds of account the back office keeps. */
public enum AccountType {
  /** The firm's own account a book trades in. */
  TRADING,
  /** A securities (safekeeping) account at a custodian. */
  CUSTODY,
  /** A cash account at a bank, in one currency. */
  CASH
}
