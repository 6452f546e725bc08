package com.tickmark.model.intake;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Stores full chunks, each in its own transaction and in the order given, on a second thread, so
 * that the database stores one chunk while the reading thread checks the next. After a failure it
 * stores nothing more; the reading thread learns of it at its next hand-over or at {@link
 * #rethrow}.
 *
 * @param <T> what a chunk holds
 */
final class ChunkWriter<T> {
  private final List<T> end = List.of();
  private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(4);
  private final Consumer<List<T>> store;
  private final String name;
  private Thread thread;
  private volatile RuntimeException failure;

  /** {@code store} stores and commits one chunk (its own transaction). */
  ChunkWriter(String name, Consumer<List<T>> store) {
    this.name = name;
    this.store = store;
  }

  void submit(List<T> chunk) {
    rethrow();
    if (thread == null) {
      thread = new Thread(this::store, name);
      thread.setDaemon(true);
      thread.start();
    }
    try {
      queue.put(chunk);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("The import was interrupted", e);
    }
  }

  private void store() {
    try {
      for (List<T> next = queue.take(); next != end; next = queue.take()) {
        if (failure != null) {
          continue; // drained unstored, so that the reading thread never waits on a full queue
        }
        try {
          store.accept(next);
        } catch (RuntimeException e) {
          failure = e;
        }
      }
    } catch (InterruptedException e) {
      failure = new IllegalStateException("The import was interrupted while storing", e);
    }
  }

  /** Waits until every chunk handed over was stored (or refused); safe to call more than once. */
  void finish() {
    if (thread == null) {
      return;
    }
    boolean interrupted = false;
    while (true) {
      try {
        queue.put(end);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    thread = null;
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  void rethrow() {
    if (failure != null) {
      throw failure;
    }
  }
}
