package com.tickmark.app.ui.task;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tasks that are running now, for the status bar: it shows the most recently started one (its
 * title, message and progress) and a Cancel button that cancels it. Used on the FX thread only.
 */
public final class TaskMonitor {
  private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();
  private final ObservableList<TaskHandle> readOnlyRunning =
      FXCollections.unmodifiableObservableList(running);
  private final ReadOnlyObjectWrapper<TaskHandle> current =
      new ReadOnlyObjectWrapper<>(this, "current");
  private final BooleanBinding busy = Bindings.isNotEmpty(running);

  void started(TaskHandle handle) {
    if (!handle.isDone()) {
      running.add(handle);
      current.set(handle);
    }
  }

  void finished(TaskHandle handle) {
    running.remove(handle);
    if (current.get() == handle) {
      current.set(running.isEmpty() ? null : running.get(running.size() - 1));
    }
  }

  /** The tasks running now, oldest first. */
  public ObservableList<TaskHandle> running() {
    return readOnlyRunning;
  }

  /** The task the status bar shows: the most recently started of those running, or null. */
  public ReadOnlyObjectProperty<TaskHandle> currentProperty() {
    return current.getReadOnlyProperty();
  }

  public TaskHandle current() {
    return current.get();
  }

  public BooleanBinding busyProperty() {
    return busy;
  }

  /** Cancels the task the status bar shows. */
  public void cancelCurrent() {
    TaskHandle handle = current.get();
    if (handle != null) {
      handle.cancel();
    }
  }
}
