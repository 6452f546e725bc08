package com.tickmark.app.ui.task;

import java.time.Duration;

/**
 * Runs {@link BackgroundTask}s. The application uses {@link FxTaskExecutor} (worker threads,
 * results on the FX thread); view-model tests use {@link DirectTaskExecutor} (everything on the
 * calling thread, so a test sees the result as soon as {@code execute} returns).
 */
public interface TaskExecutor {
  <T> TaskHandle execute(BackgroundTask<T> task);

  /** Accepts no more tasks and asks the running ones to cancel. */
  void shutdown();

  /**
   * Waits up to {@code timeout} for running tasks to end after {@link #shutdown()}; true if they
   * did.
   */
  boolean awaitTermination(Duration timeout) throws InterruptedException;
}
