package com.tickmark.app.ui.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A unit of work that must not run on the FX thread (a query, an import, a computation), with what
 * to do with its result. A {@link TaskExecutor} runs {@link #call} on a worker thread and then
 * applies exactly one of the callbacks on the FX thread, so a view model updates its state in one
 * step. Callbacks are set fluently:
 *
 * <pre>{@code
 * executor.execute(BackgroundTask.of("Loading instruments", ctx -> repository.instruments())
 *     .onSuccess(rows::setAll)
 *     .onFailure(error -> status.set("Could not load instruments")));
 * }</pre>
 *
 * @param <T> the result of the work
 */
public final class BackgroundTask<T> {
  /**
   * The work itself; it may report progress and must check for cancellation through the context.
   */
  @FunctionalInterface
  public interface Work<T> {
    T call(TaskContext context) throws Exception;
  }

  /** Work without a result. */
  @FunctionalInterface
  public interface VoidWork {
    void run(TaskContext context) throws Exception;
  }

  private final String title;
  private final Work<T> work;
  private Consumer<? super T> onSuccess = result -> {};
  private Consumer<Throwable> onFailure;
  private Runnable onCancelled = () -> {};
  private Runnable onFinished = () -> {};

  private BackgroundTask(String title, Work<T> work) {
    this.title = Objects.requireNonNull(title, "title");
    this.work = Objects.requireNonNull(work, "work");
  }

  /** Work with a result, shown to the user under {@code title} while it runs. */
  public static <T> BackgroundTask<T> of(String title, Work<T> work) {
    return new BackgroundTask<>(title, work);
  }

  /** Work without a result. */
  public static BackgroundTask<Void> run(String title, VoidWork work) {
    return new BackgroundTask<>(
        title,
        context -> {
          work.run(context);
          return null;
        });
  }

  /** Applied on the FX thread with the result when the work completes. */
  public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
    this.onSuccess = Objects.requireNonNull(handler);
    return this;
  }

  /**
   * Applied on the FX thread when the work throws. Without a handler the executor's default applies
   * (the error dialog in the application, a rethrow in tests).
   */
  public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
    this.onFailure = Objects.requireNonNull(handler);
    return this;
  }

  /** Applied on the FX thread when the user cancelled the work; no result is delivered. */
  public BackgroundTask<T> onCancelled(Runnable handler) {
    this.onCancelled = Objects.requireNonNull(handler);
    return this;
  }

  /** Applied on the FX thread after the success, failure or cancellation handler, whichever ran. */
  public BackgroundTask<T> onFinished(Runnable handler) {
    this.onFinished = Objects.requireNonNull(handler);
    return this;
  }

  public String title() {
    return title;
  }

  /** Runs the work on the calling thread; executors call this from a worker thread. */
  public T call(TaskContext context) throws Exception {
    return work.call(context);
  }

  boolean hasFailureHandler() {
    return onFailure != null;
  }

  // The executors call these on the FX thread (or the test thread for the direct executor).

  void succeeded(T result, Consumer<Throwable> defaultFailureHandler) {
    try {
      onSuccess.accept(result);
    } catch (RuntimeException e) {
      // a bug in the handler: report it like a failure of the task rather than lose it
      defaultFailureHandler.accept(e);
    } finally {
      onFinished.run();
    }
  }

  void failed(Throwable error, Consumer<Throwable> defaultFailureHandler) {
    try {
      (onFailure != null ? onFailure : defaultFailureHandler).accept(error);
    } finally {
      onFinished.run();
    }
  }

  void cancelled() {
    try {
      onCancelled.run();
    } finally {
      onFinished.run();
    }
  }

  @Override
  public String toString() {
    return "BackgroundTask[" + title + "]";
  }
}
