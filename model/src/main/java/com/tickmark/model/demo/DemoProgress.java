package com.tickmark.model.demo;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Reports how far the generator has got (a fraction from 0 to 1, never going back) and stops it, by
 * throwing {@link CancellationException}, when the caller asks it to.
 */
final class DemoProgress {
  private final DoubleConsumer listener;
  private final BooleanSupplier cancelled;
  private double reported = -1;

  DemoProgress(DoubleConsumer listener, BooleanSupplier cancelled) {
    this.listener = Objects.requireNonNull(listener, "progress listener");
    this.cancelled = Objects.requireNonNull(cancelled, "cancellation check");
  }

  /** Checks for cancellation, then reports {@code fraction} if it is further than before. */
  void at(double fraction) {
    if (cancelled.getAsBoolean()) {
      throw new CancellationException("Generating the demo firm was cancelled");
    }
    double f = Math.max(0, Math.min(1, fraction));
    if (f > reported) {
      reported = f;
      listener.accept(f);
    }
  }
}
