package com.tickmark.app.ui.task;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * A submitted task as the status bar sees it: its title, message and progress, and a way to cancel
 * it.
 */
public interface TaskHandle {
  String title();

  /** The last message the work reported (empty until it reports one). Updated on the FX thread. */
  ReadOnlyStringProperty messageProperty();

  /** Fraction done between 0 and 1, or -1 while unknown. Updated on the FX thread. */
  ReadOnlyDoubleProperty progressProperty();

  /** Asks the work to stop; it stops at its next cancellation check and delivers no result. */
  void cancel();

  boolean isCancelled();

  /** True once a success, failure or cancellation handler has run. */
  boolean isDone();
}
