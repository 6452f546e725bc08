package com.tickmark.app.ui.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's executor: a small pool of daemon worker threads running each {@link
 * BackgroundTask} inside a {@link javafx.concurrent.Task}, whose handlers apply the result on the
 * FX thread. Every task is shown by the {@link TaskMonitor} while it runs.
 */
public final class FxTaskExecutor implements TaskExecutor {
  private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

  private final ExecutorService pool;
  private final TaskMonitor monitor;
  private final FailureHandler defaultFailureHandler;
  private final List<FxTask<?>> running = new ArrayList<>();

  /**
   * @param threads how many tasks may run at once (the workspace database serves up to 8
   *     connections)
   * @param defaultFailureHandler applied to failures of tasks without their own failure handler
   */
  public FxTaskExecutor(int threads, TaskMonitor monitor, FailureHandler defaultFailureHandler) {
    this.pool = Executors.newFixedThreadPool(threads, daemonThreads());
    this.monitor = Objects.requireNonNull(monitor, "monitor");
    this.defaultFailureHandler =
        Objects.requireNonNull(defaultFailureHandler, "defaultFailureHandler");
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread t = new Thread(runnable, "tickmark-task-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public <T> TaskHandle execute(BackgroundTask<T> task) {
    FxTask<T> fx = new FxTask<>(task);
    fx.setOnSucceeded(
        e -> finish(fx, () -> task.succeeded(fx.getValue(), defaultHandlerFor(task))));
    fx.setOnCancelled(e -> finish(fx, task::cancelled));
    fx.setOnFailed(
        e ->
            finish(
                fx,
                () -> {
                  Throwable error = fx.getException();
                  if (error instanceof CancellationException) {
                    task.cancelled();
                  } else {
                    if (!task.hasFailureHandler()) {
                      LOG.error("Task '{}' failed", task.title(), error);
                    } else {
                      LOG.warn("Task '{}' failed: {}", task.title(), error.toString());
                    }
                    task.failed(error, defaultHandlerFor(task));
                  }
                }));
    onFxThread(
        () -> {
          synchronized (running) {
            running.add(fx);
          }
          monitor.started(fx.handle);
        });
    try {
      pool.execute(fx);
    } catch (RejectedExecutionException e) {
      // shutting down: the task will never run
      fx.cancelWithoutInterrupt();
    }
    return fx.handle;
  }

  private <T> Consumer<Throwable> defaultHandlerFor(BackgroundTask<T> task) {
    return error -> defaultFailureHandler.failed(task.title(), error);
  }

  private void finish(FxTask<?> fx, Runnable handler) {
    synchronized (running) {
      running.remove(fx);
    }
    try {
      handler.run();
    } finally {
      fx.done = true;
      monitor.finished(fx.handle);
    }
  }

  private static void onFxThread(Runnable action) {
    if (Platform.isFxApplicationThread()) {
      action.run();
    } else {
      Platform.runLater(action);
    }
  }

  @Override
  public void shutdown() {
    pool.shutdown();
    List<FxTask<?>> toCancel;
    synchronized (running) {
      toCancel = new ArrayList<>(running);
    }
    toCancel.forEach(FxTask::cancelWithoutInterrupt);
  }

  @Override
  public boolean awaitTermination(Duration timeout) throws InterruptedException {
    return pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * The JavaFX task that carries one background task. It is also the work's {@link TaskContext}
   * and, through {@link #handle}, what the status bar shows.
   */
  private static final class FxTask<T> extends Task<T> implements TaskContext {
    private final BackgroundTask<T> task;
    private final Handle handle = new Handle();
    private volatile boolean done;

    FxTask(BackgroundTask<T> task) {
      this.task = task;
      updateTitle(task.title());
    }

    @Override
    protected T call() throws Exception {
      return task.call(this);
    }

    @Override
    public void updateMessage(String message) {
      super.updateMessage(message);
    }

    @Override
    public void updateProgress(long done, long total) {
      super.updateProgress(done, total);
    }

    /** Cancels without interrupting the worker thread: see {@link TaskContext}. */
    void cancelWithoutInterrupt() {
      cancel(false);
    }

    private final class Handle implements TaskHandle {
      @Override
      public String title() {
        return task.title();
      }

      @Override
      public ReadOnlyStringProperty messageProperty() {
        return FxTask.this.messageProperty();
      }

      @Override
      public ReadOnlyDoubleProperty progressProperty() {
        return FxTask.this.progressProperty();
      }

      @Override
      public void cancel() {
        cancelWithoutInterrupt();
      }

      @Override
      public boolean isCancelled() {
        return FxTask.this.isCancelled();
      }

      @Override
      public boolean isDone() {
        return done;
      }

      @Override
      public String toString() {
        return "TaskHandle[" + task.title() + "]";
      }
    }
  }
}
