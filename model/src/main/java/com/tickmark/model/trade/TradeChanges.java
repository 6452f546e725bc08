package com.tickmark.model.trade;

import com.tickmark.model.position.PositionChanges;
import com.tickmark.model.tx.Transactions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Tells whoever watches (an open blotter) that trades were captured, changed or removed, once the
 * change is committed. A notice is a hint to read again, not the data: the listener re-reads the
 * trades it names from the store. Notices arrive on the thread that committed; a listener hands
 * them on to its own thread and returns.
 *
 * <p>The store wrapped by {@link #watching(TradeStore, Transactions)} publishes every write, so no
 * service has to remember to.
 */
public final class TradeChanges {
  /**
   * What changed in one committed transaction.
   *
   * @param created how many trades were captured (they have ids above those already read)
   * @param changed trades that have a new current version
   * @param removed whether trades were removed (an import that failed midway undoing itself)
   */
  public record Notice(int created, List<TradeId> changed, boolean removed) {
    public Notice {
      changed = List.copyOf(changed);
    }
  }

  private final List<Consumer<Notice>> listeners = new CopyOnWriteArrayList<>();

  /** Calls {@code listener} with every notice from now on; returns what stops it. */
  public Runnable listen(Consumer<Notice> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  void publish(Notice notice) {
    for (Consumer<Notice> listener : listeners) {
      listener.accept(notice);
    }
  }

  /** {@code store}, publishing each write here once its transaction commits. */
  public TradeStore watching(TradeStore store, Transactions tx) {
    return new TradeStore() {
      @Override
      public Optional<Trade> find(TradeId id) {
        return store.find(id);
      }

      @Override
      public TradeId nextId() {
        return store.nextId();
      }

      @Override
      public void insert(Trade trade, String recordedBy, Instant recordedAt, String reason) {
        store.insert(trade, recordedBy, recordedAt, reason);
        tx.afterCommit(() -> publish(new Notice(1, List.of(), false)));
      }

      @Override
      public void insertAll(
          List<Trade> trades,
          String recordedBy,
          Instant recordedAt,
          Function<Trade, String> reason) {
        store.insertAll(trades, recordedBy, recordedAt, reason);
        int created = trades.size();
        tx.afterCommit(() -> publish(new Notice(created, List.of(), false)));
      }

      @Override
      public void insertBulk(List<Trade> trades) {
        store.insertBulk(trades);
        int created = trades.size();
        tx.afterCommit(() -> publish(new Notice(created, List.of(), false)));
      }

      @Override
      public void postBulk(PositionChanges changes) {
        store.postBulk(changes);
      }

      @Override
      public void deleteBulk(TradeId first, TradeId last) {
        store.deleteBulk(first, last);
        tx.afterCommit(() -> publish(new Notice(0, List.of(), true)));
      }

      @Override
      public void supersede(Trade next, String recordedBy, Instant recordedAt, String reason) {
        store.supersede(next, recordedBy, recordedAt, reason);
        tx.afterCommit(() -> publish(new Notice(0, List.of(next.id()), false)));
      }

      @Override
      public List<TradeVersion> history(TradeId id) {
        return store.history(id);
      }
    };
  }
}
