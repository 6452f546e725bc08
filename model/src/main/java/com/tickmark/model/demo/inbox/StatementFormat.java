package com.tickmark.model.demo.inbox;

/** The format a bank sends its statements in. */
public enum StatementFormat {
  /** SWIFT MT940 customer statement, file extension {@code .sta}. */
  MT940("sta"),
  /** ISO 20022 camt.053.001.08 bank-to-customer statement, file extension {@code .xml}. */
  CAMT053("xml");

  private final String extension;

  StatementFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }
}
