package com.tickmark.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.shell.EndOfDayViewModel.RunState;
import com.tickmark.app.ui.shell.EndOfDayViewModel.StepRow;
import com.tickmark.app.ui.shell.EndOfDayViewModel.StepState;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.model.time.EndOfDay;
import com.tickmark.model.time.EndOfDayStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EndOfDayViewModelTest {
  private static final Actor ACCOUNTANT =
      new Actor(new UserId(2), "accountant", Set.of(Role.ACCOUNTANT));
  private final List<String> ran = new ArrayList<>();
  private int refreshed;

  private EndOfDayStep step(String name, String result) {
    return EndOfDayStep.of(
        name,
        (actor, reason) -> {
          ran.add(name + ": " + reason);
          return result;
        });
  }

  private EndOfDayViewModel vm(EndOfDayStep... steps) {
    return new EndOfDayViewModel(
        new EndOfDay(List.of(steps)),
        ACCOUNTANT,
        new DirectTaskExecutor(),
        Runnable::run,
        () -> refreshed++);
  }

  @Test
  void listsTheStepsBeforeRunningThenShowsWhatEachDid() {
    EndOfDayViewModel vm =
        vm(
            step("Post the day to the ledger", "Posted 12 entries."),
            step("Move the business date", "Business date moved from 2026-12-04 to 2026-12-07."));
    assertThat(vm.rows())
        .extracting(StepRow::name)
        .containsExactly("Post the day to the ledger", "Move the business date");
    assertThat(vm.rows())
        .allSatisfy(r -> assertThat(r.stateProperty().get()).isEqualTo(StepState.WAITING));
    assertThat(ran).isEmpty();

    vm.reasonProperty().set("month end");
    vm.run();

    assertThat(ran)
        .containsExactly(
            "Post the day to the ledger: month end", "Move the business date: month end");
    assertThat(vm.rows())
        .allSatisfy(r -> assertThat(r.stateProperty().get()).isEqualTo(StepState.DONE));
    assertThat(vm.rows().get(1).resultProperty().get())
        .isEqualTo("Business date moved from 2026-12-04 to 2026-12-07.");
    assertThat(vm.stateProperty().get()).isEqualTo(RunState.DONE);
    assertThat(refreshed).as("the shell reads the new business date").isEqualTo(1);
    assertThat(vm.canRunProperty().get()).as("runs once per dialog").isFalse();
  }

  @Test
  void aFailedStepIsNamedWithItsSentenceAndTheRestDoNotRun() {
    EndOfDayViewModel vm =
        vm(
            EndOfDayStep.of(
                "Post the day to the ledger",
                (actor, reason) -> {
                  throw new IllegalStateException("The period 2026-11 is closed.");
                }),
            step("Move the business date", "moved"));
    vm.run();
    assertThat(vm.rows().get(0).stateProperty().get()).isEqualTo(StepState.FAILED);
    assertThat(vm.rows().get(0).resultProperty().get()).isEqualTo("The period 2026-11 is closed.");
    assertThat(vm.rows().get(1).stateProperty().get()).isEqualTo(StepState.NOT_RUN);
    assertThat(ran).isEmpty();
    assertThat(vm.summaryProperty().get())
        .startsWith(
            "Stopped at step 1 (Post the day to the ledger); the business date did not move on.");
    assertThat(refreshed).isZero();
  }

  @Test
  void aBlankReasonCannotRun() {
    EndOfDayViewModel vm = vm(step("Move the business date", "moved"));
    vm.reasonProperty().set("  ");
    assertThat(vm.canRunProperty().get()).isFalse();
    vm.run();
    assertThat(ran).isEmpty();
  }
}
