package com.tickmark.app.ui.task;

import java.util.concurrent.CancellationException;

/**
 * What running background work sees of its task: it reports progress and a message, and checks
 * whether the user cancelled it. Work must check {@link #isCancelled()} between steps (a query, a
 * batch, a file); cancellation never interrupts the thread, because an interrupt in the middle of
 * file I/O would close the workspace database.
 */
public interface TaskContext {
  /** A context for work run outside any task: reports nowhere and is never cancelled. */
  TaskContext NONE =
      new TaskContext() {
        @Override
        public void updateMessage(String message) {
          // nobody is watching
        }

        @Override
        public void updateProgress(long done, long total) {
          // nobody is watching
        }

        @Override
        public boolean isCancelled() {
          return false;
        }
      };

  /** A short line for the status bar, e.g. "Reading instruments". */
  void updateMessage(String message);

  /** {@code done} of {@code total} units of work are finished. */
  void updateProgress(long done, long total);

  boolean isCancelled();

  /** Stops the work by throwing {@link CancellationException} when the user cancelled it. */
  default void checkCancelled() {
    if (isCancelled()) {
      throw new CancellationException("Cancelled");
    }
  }
}
