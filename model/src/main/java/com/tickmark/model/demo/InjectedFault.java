package com.tickmark.model.demo;

import java.util.Objects;

/**
 * One disagreement the generator put into an external file on purpose, so that tests can check a
 * reconciliation finds it.
 *
 * @param kind e.g. MISSING_CONFIRMATION, PRICE_MISMATCH (see the generator's documentation)
 * @param file the inbox file, relative to the inbox folder
 * @param line the 1-based line in that file (0 when the fault is an absence)
 * @param reference what it concerns: a trade's exec id, an ISIN, an account
 * @param expected what the firm's books say
 * @param actual what the file says
 */
public record InjectedFault(
    String kind,
    String file,
    int line,
    String reference,
    String expected,
    String actual,
    String description) {
  public InjectedFault {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(file, "file");
    reference = reference == null ? "" : reference;
    expected = expected == null ? "" : expected;
    actual = actual == null ? "" : actual;
    description = description == null ? "" : description;
  }
}
