package com.tickmark.app.ui.shell;

import com.tickmark.app.ui.task.BackgroundTask;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.function.ToIntFunction;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * A navigation badge that counts what waits for the user (requests to approve, reports to repair,
 * rows to put right) off the FX thread; its screen sets the count itself whenever it has just read
 * the list, so the number never lags behind what the screen shows.
 */
public final class CountBadge implements NavigationBadge {
  private final ScreenContext context;
  private final String title;
  private final ToIntFunction<ScreenContext> counter;
  private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");

  private CountBadge(ScreenContext context, String title, ToIntFunction<ScreenContext> counter) {
    this.context = context;
    this.title = title;
    this.counter = counter;
  }

  @Override
  public ReadOnlyIntegerProperty countProperty() {
    return count.getReadOnlyProperty();
  }

  @Override
  public void refresh() {
    context
        .executor()
        .execute(
            BackgroundTask.of(title, task -> counter.applyAsInt(context))
                .onSuccess(count::set)
                .onFailure(e -> count.set(0)));
  }

  /** The screen read the list itself: no need to count again. On the FX thread. */
  public void set(int waiting) {
    count.set(waiting);
  }

  /**
   * One badge per main window: the navigation entry exists before its screen is first opened, and
   * both must show the same number. {@code title} names the background task that counts.
   */
  public static PerWindow perWindow(String title, ToIntFunction<ScreenContext> counter) {
    return new PerWindow(
        Objects.requireNonNull(title, "title"), Objects.requireNonNull(counter, "counter"));
  }

  /** The badges of one screen, one for each main window's context. */
  public static final class PerWindow {
    private final Map<ScreenContext, CountBadge> badges =
        Collections.synchronizedMap(new WeakHashMap<>());
    private final String title;
    private final ToIntFunction<ScreenContext> counter;

    private PerWindow(String title, ToIntFunction<ScreenContext> counter) {
      this.title = title;
      this.counter = counter;
    }

    /** The badge of {@code context}'s window, made on first use. */
    public CountBadge of(ScreenContext context) {
      return badges.computeIfAbsent(context, c -> new CountBadge(c, title, counter));
    }
  }
}
