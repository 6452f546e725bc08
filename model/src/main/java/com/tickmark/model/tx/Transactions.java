package com.tickmark.model.tx;

import java.util.function.Supplier;

/**
 * Runs business work as one unit: everything it writes is committed together when it returns, or
 * nothing is when it throws. The persistence module implements it over the workspace database;
 * tests may run the work directly.
 */
public interface Transactions {
  <T> T inTransaction(Supplier<T> work);

  default void run(Runnable work) {
    inTransaction(() -> {
      work.run();
      return null;
    });
  }

  /** Runs work without a database transaction (for tests of pure rules). */
  Transactions DIRECT = new Transactions() {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
      return work.get();
    }
  };
}
