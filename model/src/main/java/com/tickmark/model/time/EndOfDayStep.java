package com.tickmark.model.time;

import com.tickmark.model.security.Actor;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * One step of the firm's end of day. The platform registers one (moving the business date on,
 * last); a business area adds its own (posting the day to the ledger, a risk snapshot) through the
 * composition root, and {@link EndOfDay} runs them in order — for {@code tickmark eod} and the
 * app's End of day dialog alike — without knowing any of them.
 */
public interface EndOfDayStep {
  /** What the step does, as the End of day dialog lists it before running ("Post the day"). */
  String name();

  /**
   * Runs the step as {@code actor}; returns one sentence saying what it did.
   *
   * @param reason what the audit trail records
   */
  String run(Actor actor, String reason);

  /** A step named {@code name} that runs {@code body}. */
  static EndOfDayStep of(String name, BiFunction<Actor, String, String> body) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(body, "body");
    return new EndOfDayStep() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String run(Actor actor, String reason) {
        return body.apply(actor, reason);
      }
    };
  }
}
