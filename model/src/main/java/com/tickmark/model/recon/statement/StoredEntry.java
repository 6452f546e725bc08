package com.tickmark.model.recon.statement;

import java.util.Objects;

/**
 * One entry of a stored bank statement: the row the intake pipeline stores, by sequential id.
 *
 * @param statementId the statement it belongs to ({@link StoredStatement#id()})
 * @param fileName the file it came from; {@link StatementEntry#line()} is its line there
 */
public record StoredEntry(long id, long statementId, String fileName, StatementEntry entry) {
  public StoredEntry {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(entry, "entry");
  }
}
