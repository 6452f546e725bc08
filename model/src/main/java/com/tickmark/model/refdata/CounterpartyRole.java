package com.tickmark.model.refdata;

import java.util.Locale;

/** The part a counterparty plays for the firm. */
public enum CounterpartyRole {
  /** Executes the firm's orders and confirms its trades. */
  BROKER,
  /** Holds the firm's securities and reports positions. */
  CUSTODIAN,
  /** Holds the firm's cash and sends bank statements. */
  BANK;

  /** The role in a sentence: "broker", "custodian", "bank". */
  public String inWords() {
    return name().toLowerCase(Locale.ROOT);
  }
}
