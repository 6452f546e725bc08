package com.tickmark.app.ui.blotter;

import com.tickmark.app.ui.task.TaskContext;
import com.tickmark.model.security.Actor;
import com.tickmark.model.trade.blotter.BlotterColumn;
import com.tickmark.model.trade.blotter.BlotterEngine;
import com.tickmark.model.trade.blotter.BlotterQuery;
import com.tickmark.model.trade.blotter.BlotterResult;
import com.tickmark.model.trade.blotter.BlotterService;
import com.tickmark.model.trade.blotter.TradeTable;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the blotter the way the screen uses it, without the screen: reading the trades (time to
 * the first rows and to all of them), the heap they take, quick-filter keystrokes typed and
 * deleted, sorting and grouping. For {@code tickmark bench blotter}.
 */
public final class BlotterBenchmark {
  private final BlotterService blotter;
  private final Actor actor;
  private final PrintStream out;

  /** Reads the blotter as {@code actor}, who must be allowed to see the firm's data. */
  public BlotterBenchmark(BlotterService blotter, Actor actor, PrintStream out) {
    this.blotter = blotter;
    this.actor = actor;
    this.out = out;
  }

  public void run() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    AtomicLong firstRowsAt = new AtomicLong();
    BlotterData data =
        new BlotterData(
            () -> blotter.trades(actor),
            () -> blotter.reference(actor),
            Runnable::run,
            Runnable::run);
    long start = System.nanoTime();
    int read =
        data.load(TaskContext.NONE, BlotterQuery::all, r -> firstRowsAt.set(System.nanoTime()));
    long loaded = System.nanoTime();
    long heap = usedAfterGc(memory);
    TradeTable table = data.table();
    out.printf(
        Locale.ROOT,
        "First rows: %.0f ms; all %,d trades read in %.2f s (%,d trades/s)%n",
        ms(firstRowsAt.get() - start),
        read,
        (loaded - start) / 1e9,
        Math.round(read / ((loaded - start) / 1e9)));
    out.printf(
        Locale.ROOT,
        "Heap: %,d MB used with the trades held (%,d MB before reading; table's own estimate %,d"
            + " MB); max heap %,d MB%n",
        heap >> 20,
        before >> 20,
        table.bytes() >> 20,
        Runtime.getRuntime().maxMemory() >> 20);

    BlotterEngine engine = new BlotterEngine(table);
    BlotterResult all = engine.evaluate(BlotterQuery.all());
    // the words a clerk types: an instrument, a broker, a date, an exec id; each typed and then
    // deleted
    int sample = all.row(all.size() / 3);
    List<String> words =
        List.of(
            (String) table.value(BlotterColumn.INSTRUMENT, sample),
            (String) table.value(BlotterColumn.COUNTERPARTY, sample),
            table.value(BlotterColumn.TRADE_DATE, sample).toString(),
            ((String) table.value(BlotterColumn.EXEC_ID, sample)).substring(0, 12));
    List<Double> keystrokes = new ArrayList<>();
    for (String word : words) {
      BlotterResult previous = all;
      List<String> typed = new ArrayList<>();
      for (int i = 1; i <= word.length(); i++) {
        typed.add(word.substring(0, i));
      }
      for (int i = word.length() - 1; i >= 0; i--) {
        typed.add(word.substring(0, i));
      }
      for (String text : typed) {
        BlotterResult p = previous;
        long t0 = System.nanoTime();
        previous = engine.evaluate(BlotterQuery.all().withQuickFilter(text), p, () -> false);
        keystrokes.add(ms(System.nanoTime() - t0));
      }
    }
    double[] k = keystrokes.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    out.printf(
        Locale.ROOT,
        "Quick filter: %d keystrokes typing and deleting %s: median %.1f ms, 90th percentile %.1f"
            + " ms, worst %.1f ms%n",
        k.length,
        words,
        k[k.length / 2],
        k[(int) (k.length * 0.9)],
        k[k.length - 1]);
    for (BlotterColumn c :
        List.of(
            BlotterColumn.BOOK,
            BlotterColumn.INSTRUMENT,
            BlotterColumn.COUNTERPARTY,
            BlotterColumn.STATUS,
            BlotterColumn.TRADE_DATE)) {
      long t0 = System.nanoTime();
      BlotterResult g = engine.evaluate(BlotterQuery.all().withGroupBy(c));
      out.printf(
          Locale.ROOT,
          "Group by %s: %.0f ms (%,d groups)%n",
          c.title().toLowerCase(Locale.ROOT),
          ms(System.nanoTime() - t0),
          g.groups().size());
    }
    for (BlotterColumn c : List.of(BlotterColumn.NOTIONAL_BASE, BlotterColumn.EXEC_ID)) {
      long t0 = System.nanoTime();
      engine.evaluate(BlotterQuery.all().withSort(List.of(new BlotterQuery.SortKey(c, true))));
      double first = ms(System.nanoTime() - t0);
      t0 = System.nanoTime();
      engine.evaluate(
          BlotterQuery.all()
              .withQuickFilter("buy")
              .withSort(List.of(new BlotterQuery.SortKey(c, true))));
      out.printf(
          Locale.ROOT,
          "Sort by %s: %.0f ms the first time, %.0f ms filtered after that%n",
          c.title(),
          first,
          ms(System.nanoTime() - t0));
    }
    out.printf(Locale.ROOT, "Heap after the queries: %,d MB%n", usedAfterGc(memory) >> 20);
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
