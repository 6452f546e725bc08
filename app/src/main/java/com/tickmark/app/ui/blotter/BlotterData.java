package com.tickmark.app.ui.blotter;

import com.tickmark.app.ui.task.TaskContext;
import com.tickmark.model.trade.TradeChanges;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.blotter.BlotterEngine;
import com.tickmark.model.trade.blotter.BlotterQuery;
import com.tickmark.model.trade.blotter.BlotterReference;
import com.tickmark.model.trade.blotter.BlotterResult;
import com.tickmark.model.trade.blotter.BlotterSource;
import com.tickmark.model.trade.blotter.BlotterTrade;
import com.tickmark.model.trade.blotter.TradeTable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The blotter's trades in memory and the work on them: loading them a chunk at a time (newest
 * first, so the first rows show at once), answering queries, and taking in trades captured or
 * changed while the blotter is open. Queries run one at a time on the blotter's own worker; a newer
 * query cancels an older one still running. Loading and live updates hold the same lock as queries,
 * so a query never sees a half-added chunk.
 */
final class BlotterData {
  private static final Logger LOG = LoggerFactory.getLogger(BlotterData.class);

  /** Trades read before the first rows are shown. */
  static final int FIRST_CHUNK = 2_000;

  /** Trades read per chunk after that. */
  static final int CHUNK = 50_000;

  private final Supplier<BlotterSource> sources;
  private final Supplier<BlotterReference> references;
  private final Executor worker;
  private final Executor fx;
  private final ReentrantLock lock = new ReentrantLock();
  private final AtomicLong generation = new AtomicLong();
  private final Set<TradeId> changed = new LinkedHashSet<>();
  private boolean created;
  private boolean removed;
  private boolean refreshQueued;
  private volatile TradeTable table;
  private BlotterEngine engine;
  private BlotterResult last;
  private long lowestLoaded = Long.MAX_VALUE;
  private long highestLoaded;
  private volatile boolean complete;

  /**
   * @param worker runs queries and live updates, one at a time (a single thread in the app, the
   *     calling thread in tests)
   * @param fx applies results on the FX thread
   */
  BlotterData(
      Supplier<BlotterSource> sources,
      Supplier<BlotterReference> references,
      Executor worker,
      Executor fx) {
    this.sources = sources;
    this.references = references;
    this.worker = worker;
    this.fx = fx;
  }

  /** The trades held; null before the first load. */
  TradeTable table() {
    return table;
  }

  /** Whether every trade in the workspace has been read. */
  boolean isComplete() {
    return complete;
  }

  /**
   * Reads every trade from scratch, newest first, calling {@code firstRows} (on the FX thread) with
   * the answer to {@code query} over the first chunk as soon as it is read. Runs on the caller's
   * thread (a background task), reporting progress and stopping when cancelled; what was read so
   * far stays.
   *
   * @return how many trades were read
   */
  int load(TaskContext task, Supplier<BlotterQuery> query, Consumer<BlotterResult> firstRows) {
    BlotterSource source = sources.get();
    task.updateMessage("Counting trades");
    int total = source.count();
    TradeTable fresh = new TradeTable(references.get());
    BlotterEngine freshEngine = new BlotterEngine(fresh);
    lock.lock();
    try {
      table = fresh;
      engine = freshEngine;
      last = null;
      complete = false;
      lowestLoaded = Long.MAX_VALUE;
      highestLoaded = 0;
      List<BlotterTrade> chunk = source.newestBefore(Long.MAX_VALUE, FIRST_CHUNK);
      add(chunk);
      complete = chunk.size() < FIRST_CHUNK;
      BlotterResult first = freshEngine.evaluate(query.get());
      last = first;
      fx.execute(() -> firstRows.accept(first));
    } finally {
      lock.unlock();
    }
    task.updateProgress(fresh.size(), Math.max(total, 1));
    while (!complete) {
      if (task.isCancelled()) {
        throw new CancellationException(
            "Loading the blotter was cancelled after " + fresh.size() + " trades");
      }
      task.updateMessage("Reading trades: " + String.format("%,d of %,d", fresh.size(), total));
      List<BlotterTrade> chunk = source.newestBefore(lowestLoaded, CHUNK);
      lock.lock();
      try {
        add(chunk);
      } finally {
        lock.unlock();
      }
      complete = chunk.size() < CHUNK;
      task.updateProgress(fresh.size(), Math.max(total, fresh.size()));
    }
    LOG.info("Blotter read {} trades; about {} MB held", fresh.size(), fresh.bytes() >> 20);
    return fresh.size();
  }

  private void add(List<BlotterTrade> chunk) {
    table.putAll(chunk);
    for (BlotterTrade t : chunk) {
      long id = t.trade().id().value();
      lowestLoaded = Math.min(lowestLoaded, id);
      highestLoaded = Math.max(highestLoaded, id);
    }
  }

  /**
   * Works out {@code query} on the worker and hands the answer to {@code done} on the FX thread,
   * unless a newer query was asked for meanwhile.
   */
  void query(BlotterQuery query, Consumer<BlotterResult> done) {
    long asked = generation.incrementAndGet();
    submit(
        () -> {
          if (asked != generation.get() || table == null) {
            return;
          }
          BlotterResult result;
          lock.lock();
          try {
            result = engine.evaluate(query, last, () -> asked != generation.get());
            last = result;
          } catch (CancellationException replaced) {
            return;
          } finally {
            lock.unlock();
          }
          fx.execute(
              () -> {
                if (asked == generation.get()) {
                  done.accept(result);
                }
              });
        });
  }

  /**
   * Takes a notice of changed trades (on the committing thread) and, once per burst, reads the new
   * and changed trades on the worker, then asks {@code requery} (on the FX thread) to show them.
   */
  void noticed(TradeChanges.Notice notice, Runnable requery, Runnable reload) {
    synchronized (changed) {
      created |= notice.created() > 0;
      removed |= notice.removed();
      changed.addAll(notice.changed());
      if (refreshQueued) {
        return;
      }
      refreshQueued = true;
    }
    submit(() -> catchUp(requery, reload));
  }

  private void submit(Runnable work) {
    try {
      worker.execute(work);
    } catch (RejectedExecutionException closing) {
      LOG.debug("The blotter is closing; dropped a query or an update");
    }
  }

  private void catchUp(Runnable requery, Runnable reload) {
    List<TradeId> ids;
    boolean anyCreated;
    boolean anyRemoved;
    synchronized (changed) {
      ids = List.copyOf(changed);
      changed.clear();
      anyCreated = created;
      anyRemoved = removed;
      created = false;
      removed = false;
      refreshQueued = false;
    }
    if (table == null) {
      return;
    }
    if (anyRemoved) {
      fx.execute(reload);
      return;
    }
    BlotterSource source = sources.get();
    lock.lock();
    try {
      if (anyCreated) {
        List<BlotterTrade> chunk;
        do {
          chunk = source.after(highestLoaded, CHUNK);
          add(chunk);
        } while (chunk.size() == CHUNK);
      }
      List<TradeId> held = ids.stream().filter(id -> table.row(id.value()) >= 0).toList();
      table.putAll(source.byIds(held));
    } finally {
      lock.unlock();
    }
    fx.execute(requery);
  }
}
