package com.tickmark.model.trade;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.tx.Transactions;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TradeChangesTest {
  /** Transactions that hold after-commit actions until {@link #commit()}. */
  static final class HeldTransactions implements Transactions {
    final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
      return work.get();
    }

    @Override
    public void afterCommit(Runnable action) {
      held.add(action);
    }

    void commit() {
      held.forEach(Runnable::run);
      held.clear();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T recording(Class<T> type, List<String> calls) {
    return (T)
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              calls.add(method.getName());
              Class<?> r = method.getReturnType();
              return r == long.class ? 0L : r == int.class ? 0 : r == boolean.class ? false : null;
            });
  }

  @Test
  void everyMethodOfTheWatchedStoresReachesTheRealStore() throws Exception {
    TradeChanges changes = new TradeChanges();
    Object watched =
        changes.watching(recording(TradeStore.class, new ArrayList<>()), Transactions.DIRECT);
    for (Method m : TradeStore.class.getMethods()) {
      assertThat(
              watched.getClass().getMethod(m.getName(), m.getParameterTypes()).getDeclaringClass())
          .as("TradeStore.%s is forwarded, not left to the interface's default", m.getName())
          .isEqualTo(watched.getClass());
    }
  }

  @Test
  void noticesArriveOnlyOnceTheWriteIsCommitted() {
    TradeChanges changes = new TradeChanges();
    List<TradeChanges.Notice> notices = new ArrayList<>();
    Runnable stop = changes.listen(notices::add);
    HeldTransactions tx = new HeldTransactions();
    List<String> calls = new ArrayList<>();
    TradeStore trades = changes.watching(recording(TradeStore.class, calls), tx);
    Trade t = TradeLifecycleTest.trade(TradeStatus.NEW);

    trades.insert(t, "clerk", Instant.EPOCH, "phone");
    trades.supersede(
        t.nextVersionWithStatus(TradeStatus.CONFIRMED), "clerk", Instant.EPOCH, "confirmed");
    trades.insertBulk(List.of(t, t));
    trades.deleteBulk(t.id(), t.id());
    assertThat(notices).isEmpty();
    assertThat(calls).containsExactly("insert", "supersede", "insertBulk", "deleteBulk");

    tx.commit();
    assertThat(notices)
        .containsExactly(
            new TradeChanges.Notice(1, List.of(), false),
            new TradeChanges.Notice(0, List.of(t.id()), false),
            new TradeChanges.Notice(2, List.of(), false),
            new TradeChanges.Notice(0, List.of(), true));

    stop.run();
    trades.insert(t, "clerk", Instant.EPOCH, "phone");
    tx.commit();
    assertThat(notices).hasSize(4);
  }
}
