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
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer between the FIX engine and the database: received execution reports queue up here
 * and one thread books them in batches (whatever has arrived, up to {@value #MAX_BATCH} per
 * transaction), so the engine's thread never waits for a commit. A batch that fails is booked again
 * one report at a time, so one bad report cannot hold back the others.
 *
 * <p>Each report may come with the offset of the FIX message log before which nothing is left to
 * book once it is booked ({@link SessionLog#bookedFrom}); after each batch commits, the writer
 * passes the last such offset on, so the acceptor can keep how far the log is booked. A report the
 * database would not even store stops that for the rest of the run: the next start reads the log
 * from the last offset passed on and meets it again.
 */
public final class DropCopyWriter implements AutoCloseable {
  public static final int MAX_BATCH = 2_000;

  /** How long a batch waits for more reports before it is booked, once the first has come. */
  static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(3);

  private static final Logger LOG = LoggerFactory.getLogger(DropCopyWriter.class);
  private static final Queued STOP =
      new Queued(new ExecutionReport(Map.of(), "", Instant.EPOCH), -1);

  /** A report waiting to be booked, and the log offset booked once it is (-1: unknown). */
  private record Queued(ExecutionReport report, long logOffset) {}

  private final DropCopyService service;
  private final Actor actor;
  private final Consumer<ReceivedReport> listener;
  private final LongConsumer bookedUpTo;
  private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private final Object progress = new Object();
  private long received;
  private long processed;
  private volatile boolean stopping;
  private boolean offsetsLost;

  public DropCopyWriter(DropCopyService service, Actor actor, Consumer<ReceivedReport> listener) {
    this(service, actor, listener, offset -> {});
  }

  /**
   * @param bookedUpTo told, on the writer's thread after a commit, the log offset before which
   *     everything is booked
   */
  public DropCopyWriter(
      DropCopyService service,
      Actor actor,
      Consumer<ReceivedReport> listener,
      LongConsumer bookedUpTo) {
    this.bookedUpTo = bookedUpTo;
    this.service = service;
    this.actor = actor;
    this.listener = listener;
    this.thread = new Thread(this::drain, "fix-drop-copy-writer");
    thread.setDaemon(false);
    thread.start();
  }

  /** Queues a report for booking; returns at once. */
  public void submit(ExecutionReport report) {
    submit(report, -1);
  }

  /**
   * Queues a report for booking with the log offset before which nothing is left to book once it is
   * (-1: unknown); returns at once.
   */
  void submit(ExecutionReport report, long logOffset) {
    if (stopping) {
      throw new IllegalStateException("The drop-copy writer is closed");
    }
    synchronized (progress) {
      received++;
    }
    queue.add(new Queued(report, logOffset));
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
    List<Queued> batch = new ArrayList<>();
    try {
      while (true) {
        Queued first = queue.take();
        boolean stop = first == STOP;
        if (!stop) {
          batch.add(first);
        }
        queue.drainTo(batch, MAX_BATCH - batch.size());
        long lingerUntil = System.nanoTime() + LINGER_NANOS;
        while (!stop && batch.size() < MAX_BATCH) {
          long left = lingerUntil - System.nanoTime();
          Queued next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
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

  private void book(List<Queued> batch) {
    if (batch.isEmpty()) {
      return;
    }
    List<ReceivedReport> results =
        service.processOrRepair(actor, batch.stream().map(Queued::report).toList());
    long offset = batch.get(batch.size() - 1).logOffset();
    offsetsLost |= results.size() < batch.size();
    if (!offsetsLost && offset >= 0) {
      try {
        bookedUpTo.accept(offset);
      } catch (RuntimeException e) {
        LOG.warn("Could not keep how far the FIX message log is booked: {}", e.toString());
      }
    }
    done(batch.size(), results);
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
