package com.tickmark.model.time;

import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The firm's end of day: the registered steps in order, stopping at the first that fails (the
 * business date moves only when every step before it has run). {@code tickmark eod} and the app's
 * End of day dialog both run it, so the two can never differ.
 */
public final class EndOfDay {
  private final List<EndOfDayStep> steps;

  public EndOfDay(List<EndOfDayStep> steps) {
    this.steps = List.copyOf(steps);
  }

  /** The steps, in the order they run. */
  public List<EndOfDayStep> steps() {
    return steps;
  }

  /** Hears each step start and end, for progress. */
  public interface Listener {
    default void started(int index, EndOfDayStep step) {}

    default void finished(int index, EndOfDayStep step, String result) {}

    /** True to stop before the next step starts (the user pressed Cancel). */
    default boolean cancelled() {
      return false;
    }
  }

  /** What one run did: each finished step's sentence, and the failure that stopped it, if any. */
  public record Outcome(List<String> results, int failedStep, RuntimeException failure) {
    public boolean completed(int stepCount) {
      return failure == null && results.size() == stepCount;
    }
  }

  /**
   * Runs the steps as {@code actor} (who needs ROLL_BUSINESS_DATE); a step that throws stops the
   * run, and the outcome names it.
   *
   * @param reason what the audit trail records
   */
  public Outcome run(Actor actor, String reason, Listener listener) {
    actor.require(Permission.ROLL_BUSINESS_DATE);
    Objects.requireNonNull(listener, "listener");
    List<String> results = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      if (listener.cancelled()) {
        break;
      }
      EndOfDayStep step = steps.get(i);
      listener.started(i, step);
      try {
        String result = step.run(actor, reason);
        results.add(result);
        listener.finished(i, step, result);
      } catch (RuntimeException e) {
        return new Outcome(List.copyOf(results), i, e);
      }
    }
    return new Outcome(List.copyOf(results), -1, null);
  }
}
