package com.tickmark.app.ui.task;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs each task to completion on the calling thread and applies its handlers before {@code
 * execute} returns. For view-model tests: no toolkit, no waiting. A failure without a failure
 * handler is rethrown, so a test cannot miss it.
 */
public final class DirectTaskExecutor implements TaskExecutor {
  private boolean shutDown;
  private int executed;

  @Override
  public <T> TaskHandle execute(BackgroundTask<T> task) {
    if (shutDown) {
      throw new IllegalStateException("Executor is shut down; cannot run " + task.title());
    }
    executed++;
    DirectHandle handle = new DirectHandle(task.title());
    T result;
    try {
      result = task.call(handle);
    } catch (CancellationException e) {
      handle.done = true;
      task.cancelled();
      return handle;
    } catch (Exception e) {
      handle.done = true;
      task.failed(e, DirectTaskExecutor::rethrow);
      return handle;
    }
    handle.done = true;
    task.succeeded(result, DirectTaskExecutor::rethrow);
    return handle;
  }

  private static void rethrow(Throwable error) {
    if (error instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (error instanceof Error fatal) {
      throw fatal;
    }
    throw new IllegalStateException("Background task failed: " + error.getMessage(), error);
  }

  /** How many tasks this executor has run. */
  public int executedCount() {
    return executed;
  }

  @Override
  public void shutdown() {
    shutDown = true;
  }

  @Override
  public boolean awaitTermination(Duration timeout) {
    return true;
  }

  private static final class DirectHandle implements TaskHandle, TaskContext {
    private final String title;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private boolean done;

    DirectHandle(String title) {
      this.title = title;
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
      return message.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
      return progress.getReadOnlyProperty();
    }

    @Override
    public void updateMessage(String text) {
      message.set(text == null ? "" : text);
    }

    @Override
    public void updateProgress(long doneUnits, long total) {
      progress.set(total <= 0 ? -1 : Math.min(1.0, (double) doneUnits / total));
    }

    @Override
    public void cancel() {
      // the work has already finished when anyone holds this handle
    }

    @Override
    public boolean isCancelled() {
      return false;
    }

    @Override
    public boolean isDone() {
      return done;
    }
  }
}
