package com.tickmark.model.tx;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs business work as one unit: everything it writes is committed together when it returns, or
 * nothing is when it throws. The persistence module implements it over the workspace database;
 * tests may run the work directly.
 */
public interface Transactions {
  <T> T inTransaction(Supplier<T> work);

  /**
   * Runs {@code action} once the outermost transaction now open on this thread commits, and never
   * if it rolls back; at once when no transaction is open. For telling others (an open blotter)
   * about changes they can now read.
   */
  default void afterCommit(Runnable action) {
    action.run();
  }

  /**
   * Why this store may only be read (another program has it open for writing, so every write would
   * be refused), or empty when it may be written.
   */
  default Optional<String> readOnly() {
    return Optional.empty();
  }

  default void run(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  /** Runs work without a database transaction (for tests of pure rules). */
  Transactions DIRECT =
      new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
          return work.get();
        }
      };
}
