package com.tickmark.model.intake;

import java.time.Instant;

/**
 * An import as the intake journal records it: written and committed before the import stores its
 * first chunk, advanced with each chunk (in the chunk's transaction), and ended in the import's
 * last transaction or when it undoes what it wrote. A run still {@link State#RUNNING} when the
 * workspace's services start belongs to a process that died part-way: {@link IntakeRecovery}
 * deletes what it stored.
 *
 * @param kind what the file held (e.g. {@code TradeImport}), naming the store that wrote its rows
 * @param firstId the id the import's first row was to get
 * @param lastId the last id stored and committed so far; null while nothing is
 */
public record IntakeRun(
    long id,
    String kind,
    String fileName,
    String sha256,
    String startedBy,
    Instant startedAt,
    long firstId,
    Long lastId,
    State state) {
  /** Where an import stands. */
  public enum State {
    /** Storing rows; also the state a killed import leaves behind. */
    RUNNING,
    /** Committed with its import record. */
    DONE,
    /** Failed, cancelled or refused; it deleted what it had stored. */
    UNDONE,
    /** Found unfinished at start-up; what it had stored was deleted. */
    RECOVERED
  }
}
