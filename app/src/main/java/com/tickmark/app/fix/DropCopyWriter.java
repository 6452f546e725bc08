package com.tickmark.app.fix;

import com.tickmark.model.security.Actor;
import com.tickmark.model.trade.fix.DropCopyService;
import com.tickmark.model.trade.fix.ExecutionReport;
import com.tickmark.model.trade.fix.ReceivedReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer between the FIX engine and the database: received execution reports queue up here
 * and one thread books them in batches (whatever has arrived, up to {@value #MAX_BATCH} per
 * transaction), so the engine's thread never waits for a commit. A batch that fails is booked again
 * one report at a time, so one bad report cannot hold back the others.
 */
public final class DropCopyWriter implements AutoCloseable {
  public static final int MAX_BATCH = 2_000;

  /** How long a batch waits for more reports before it is booked, once the first has come. */
  static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(3);

  private static final Logger LOG = LoggerFactory.getLogger(DropCopyWriter.class);
  private static final ExecutionReport STOP = new ExecutionReport(Map.of(), "", Instant.EPOCH);

  private final DropCopyService service;
  private final Actor actor;
  private final Consumer<ReceivedReport> listener;
  private final BlockingQueue<ExecutionReport> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private final Object progress = new Object();
  private long received;
  private long processed;
  private volatile boolean stopping;

  public DropCopyWriter(DropCopyService service, Actor actor, Consumer<ReceivedReport> listener) {
    this.service = service;
    this.actor = actor;
    this.listener = listener;
    this.thread = new Thread(this::drain, "fix-drop-copy-writer");
    thread.setDaemon(false);
    thread.start();
  }

  /** Queues a report for booking; returns at once. */
  public void submit(ExecutionReport report) {
    if (stopping) {
      throw new IllegalStateException("The drop-copy writer is closed");
    }
    synchronized (progress) {
      received++;
    }
    queue.add(report);
  }

  /** How many reports were booked (whatever became of them) so far. */
  public long processed() {
    synchronized (progress) {
      return processed;
    }
  }

  /**
   * Waits until at least {@code count} reports were booked; false if {@code timeout} passed first.
   */
  public boolean awaitProcessed(long count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (progress) {
      while (processed < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(progress, left);
      }
      return true;
    }
  }

  /** Waits until every report submitted so far was booked. */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long target;
    synchronized (progress) {
      target = received;
    }
    return awaitProcessed(target, timeout);
  }

  private void drain() {
    List<ExecutionReport> batch = new ArrayList<>();
    try {
      while (true) {
        ExecutionReport first = queue.take();
        boolean stop = first == STOP;
        if (!stop) {
          batch.add(first);
        }
        queue.drainTo(batch, MAX_BATCH - batch.size());
        long lingerUntil = System.nanoTime() + LINGER_NANOS;
        while (!stop && batch.size() < MAX_BATCH) {
          long left = lingerUntil - System.nanoTime();
          ExecutionReport next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
          if (next == null || next == STOP) {
            stop |= next == STOP;
            break;
          }
          batch.add(next);
          queue.drainTo(batch, MAX_BATCH - batch.size());
        }
        if (batch.remove(STOP)) {
          stop = true;
        }
        book(batch);
        batch.clear();
        if (stop) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void book(List<ExecutionReport> batch) {
    if (batch.isEmpty()) {
      return;
    }
    done(batch.size(), service.processOrRepair(actor, batch));
  }

  private void done(int count, List<ReceivedReport> results) {
    for (ReceivedReport r : results) {
      try {
        listener.accept(r);
      } catch (RuntimeException e) {
        LOG.warn("Drop-copy listener failed", e);
      }
    }
    synchronized (progress) {
      processed += count;
      progress.notifyAll();
    }
  }

  /** Books what is queued, then stops the writer thread. */
  @Override
  public void close() {
    if (stopping) {
      return;
    }
    stopping = true;
    queue.add(STOP);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
