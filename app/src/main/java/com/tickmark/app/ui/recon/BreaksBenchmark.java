package com.tickmark.app.ui.recon;

import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.model.recon.run.BreakWork;
import com.tickmark.model.recon.run.ReconRunService;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.security.Actor;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Measures the Breaks screen the way it is used, without the screen: opening it (reading every
 * break, their ages and rows, and showing those to work) and quick-filter keystrokes typed and
 * deleted. For {@code tickmark bench breaks}.
 */
public final class BreaksBenchmark {
  private final BreaksViewModel vm;
  private final ReconRunService runs;
  private final Actor actor;
  private final PrintStream out;

  public BreaksBenchmark(
      ReconRunService runs,
      BreakWork work,
      ReferenceDataService referenceData,
      Path inbox,
      Actor actor,
      LocalDate businessDate,
      PrintStream out) {
    this.vm =
        new BreaksViewModel(
            runs, work, referenceData, inbox, actor, () -> businessDate, new DirectTaskExecutor());
    this.runs = runs;
    this.actor = actor;
    this.out = out;
  }

  /**
   * Opens the screen, then types and deletes {@code words} in its quick filter a character at a
   * time.
   */
  public void run(List<String> words) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    vm.activate();
    long opened = System.nanoTime();
    long cpuOpened = threads.getCurrentThreadCpuTime();
    int stored = runs.breaks(actor, Optional.empty()).size();
    long read = System.nanoTime();
    long cpuRead = threads.getCurrentThreadCpuTime();
    out.printf(
        Locale.ROOT,
        "Open: %,d breaks, %,d to work shown, in %.2f s (%.2f s of this thread's CPU); reading"
            + " them from the workspace again: %.2f s (%.2f s of CPU)%n",
        stored,
        vm.table().allRows().size(),
        (opened - start) / 1e9,
        (cpuOpened - cpuStart) / 1e9,
        (read - opened) / 1e9,
        (cpuRead - cpuOpened) / 1e9);
    List<Double> keystrokes = new ArrayList<>();
    for (String word : words) {
      List<String> typed = new ArrayList<>();
      for (int i = 1; i <= word.length(); i++) {
        typed.add(word.substring(0, i));
      }
      for (int i = word.length() - 1; i >= 0; i--) {
        typed.add(word.substring(0, i));
      }
      for (String text : typed) {
        long t0 = System.nanoTime();
        vm.table().filterTextProperty().set(text);
        vm.table().shownCountProperty().get();
        keystrokes.add((System.nanoTime() - t0) / 1e6);
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
  }
}
