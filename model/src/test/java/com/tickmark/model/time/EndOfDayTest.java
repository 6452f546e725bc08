package com.tickmark.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.security.AccessDeniedException;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EndOfDayTest {
  private static final Actor ACCOUNTANT =
      new Actor(new UserId(2), "accountant", Set.of(Role.ACCOUNTANT));
  private static final Actor CLERK = new Actor(new UserId(1), "clerk", Set.of(Role.CLERK));

  private final List<String> ran = new ArrayList<>();

  private EndOfDayStep step(String name) {
    return EndOfDayStep.of(
        name,
        (actor, reason) -> {
          ran.add(name + " by " + actor.username() + ": " + reason);
          return name + " done.";
        });
  }

  @Test
  void runsTheStepsInOrderAndTellsTheListenerOfEach() {
    EndOfDay eod = new EndOfDay(List.of(step("Post the day"), step("Roll the date")));
    List<String> heard = new ArrayList<>();
    EndOfDay.Outcome outcome =
        eod.run(
            ACCOUNTANT,
            "end of day",
            new EndOfDay.Listener() {
              @Override
              public void started(int index, EndOfDayStep s) {
                heard.add("start " + index + " " + s.name());
              }

              @Override
              public void finished(int index, EndOfDayStep s, String result) {
                heard.add(result);
              }
            });
    assertThat(outcome.completed(2)).isTrue();
    assertThat(outcome.results()).containsExactly("Post the day done.", "Roll the date done.");
    assertThat(heard)
        .containsExactly(
            "start 0 Post the day",
            "Post the day done.",
            "start 1 Roll the date",
            "Roll the date done.");
    assertThat(ran)
        .containsExactly(
            "Post the day by accountant: end of day", "Roll the date by accountant: end of day");
  }

  @Test
  void aFailingStepStopsTheRunSoTheDateDoesNotMoveOn() {
    EndOfDayStep broken =
        EndOfDayStep.of(
            "Post the day",
            (actor, reason) -> {
              throw new IllegalStateException("The ledger is locked.");
            });
    EndOfDay.Outcome outcome =
        new EndOfDay(List.of(broken, step("Roll the date")))
            .run(ACCOUNTANT, "eod", new EndOfDay.Listener() {});
    assertThat(outcome.completed(2)).isFalse();
    assertThat(outcome.failedStep()).isZero();
    assertThat(outcome.failure()).hasMessage("The ledger is locked.");
    assertThat(ran).isEmpty();
  }

  @Test
  void onlyThoseAllowedToRollTheBusinessDateRunIt() {
    assertThatThrownBy(
            () -> new EndOfDay(List.of(step("Roll"))).run(CLERK, "eod", new EndOfDay.Listener() {}))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(ran).isEmpty();
  }
}
