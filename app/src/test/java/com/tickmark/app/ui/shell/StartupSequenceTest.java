package com.tickmark.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.app.ui.task.TaskContext;
import com.tickmark.model.firm.FirmProfile;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupSequenceTest {
  @TempDir Path dir;
  private final DirectTaskExecutor executor = new DirectTaskExecutor();

  @Test
  void opensTheWorkspaceAndReadsTheFirm() {
    RefDataFixture.create(dir, 5).close();
    StartupSequence sequence = StartupSequence.standard(dir, Clock.systemUTC());
    AtomicReference<StartupContext> result = new AtomicReference<>();

    executor.execute(sequence.toTask().onSuccess(result::set));

    StartupContext context = result.get();
    try {
      assertThat(context.workspace().directory()).isEqualTo(dir.toAbsolutePath().normalize());
      assertThat(context.workspaceInfo().firmName()).contains(RefDataFixture.FIRM);
      assertThat(context.workspaceInfo().businessDate()).contains(RefDataFixture.BUSINESS_DATE);
    } finally {
      context.closeWorkspace();
    }
  }

  @Test
  void withoutTheDemoStepANewWorkspaceHasNoFirm() {
    StartupSequence sequence =
        StartupSequence.standard(dir, Clock.systemUTC()).without(StartupSequence.DEMO_FIRM);
    executor.execute(sequence.toTask());
    try {
      assertThat(sequence.context().workspace().created()).isTrue();
      assertThat(sequence.context().workspaceInfo()).isEqualTo(FirmProfile.NONE);
    } finally {
      sequence.context().closeWorkspace();
    }
  }

  @Test
  void runsInsertedStepsInTheirPlaceWithTheOpenWorkspace() {
    List<String> ran = new ArrayList<>();
    StartupSequence sequence =
        StartupSequence.standard(dir, Clock.systemUTC())
            .without(StartupSequence.DEMO_FIRM)
            .insertAfter(
                StartupSequence.OPEN_WORKSPACE,
                new StartupSequence.Step(
                    "extra",
                    "Preparing",
                    (context, task) ->
                        ran.add("extra on new workspace: " + context.workspace().created())))
            .insertBefore(
                StartupSequence.OPEN_WORKSPACE,
                new StartupSequence.Step("check", "Checking", (context, task) -> ran.add("check")))
            .append(
                new StartupSequence.Step("last", "Finishing", (context, task) -> ran.add("last")));

    assertThat(sequence.steps())
        .extracting(StartupSequence.Step::id)
        .containsExactly(
            "check", StartupSequence.OPEN_WORKSPACE, "extra", StartupSequence.READ_FIRM, "last");
    executor.execute(sequence.toTask());
    sequence.context().closeWorkspace();
    assertThat(ran).containsExactly("check", "extra on new workspace: true", "last");
  }

  @Test
  void aWorkspaceAnotherProgramWritesOpensForViewingWithoutCreatingTheDemoFirm() {
    try (Workspace held = Workspace.open(dir)) { // a new workspace: no firm, no users yet
      StartupSequence sequence = StartupSequence.standard(dir, Clock.systemUTC());
      AtomicReference<Throwable> failure = new AtomicReference<>();

      executor.execute(sequence.toTask().onFailure(failure::set));

      assertThat(failure.get()).isNull();
      Workspace opened = sequence.context().openedWorkspace().orElseThrow();
      assertThat(opened.readOnly())
          .hasValueSatisfying(why -> assertThat(why).contains("is open for writing in another"));
      assertThat(sequence.context().workspaceInfo().firmName())
          .as("the viewer left the demo firm to the program that writes")
          .isEmpty();
      sequence.context().closeWorkspace();
    }
  }

  @Test
  void aFailingLaterStepClosesTheWorkspaceAgain() {
    StartupSequence sequence =
        StartupSequence.standard(dir, Clock.systemUTC())
            .without(StartupSequence.DEMO_FIRM)
            .append(
                new StartupSequence.Step(
                    "broken",
                    "Doing something",
                    (context, task) -> {
                      throw new IllegalStateException("no");
                    }));
    AtomicReference<Throwable> failure = new AtomicReference<>();

    executor.execute(sequence.toTask().onFailure(failure::set));

    assertThat(failure.get()).hasMessage("no");
    assertThat(sequence.failureHeadline())
        .isEqualTo("Tickmark could not start: doing something failed");
    assertThat(sequence.context().openedWorkspace()).isEmpty();
    // the lock was released: the workspace opens again
    Workspace.open(dir).close();
  }

  @Test
  void cancellingBetweenStepsClosesTheWorkspaceAndDeliversNoResult() {
    List<String> events = new ArrayList<>();
    StartupSequence sequence =
        StartupSequence.standard(dir, Clock.systemUTC())
            .without(StartupSequence.DEMO_FIRM)
            .insertAfter(
                StartupSequence.OPEN_WORKSPACE,
                new StartupSequence.Step(
                    "user-cancels",
                    "Waiting",
                    (context, task) -> {
                      throw new CancellationException();
                    }));

    executor.execute(
        sequence
            .toTask()
            .onSuccess(c -> events.add("success"))
            .onCancelled(() -> events.add("cancelled")));

    assertThat(events).containsExactly("cancelled");
    assertThat(sequence.failedStep()).isEmpty();
    assertThat(sequence.context().openedWorkspace()).isEmpty();
  }

  @Test
  void progressRunsFromTheFirstStepToTheLast() {
    List<Double> seen = new ArrayList<>();
    StartupSequence sequence =
        StartupSequence.standard(dir, Clock.systemUTC())
            .without(StartupSequence.DEMO_FIRM)
            .append(
                new StartupSequence.Step(
                    "slow", "Slow step", (context, task) -> task.updateProgress(1, 2)));
    var task = sequence.toTask();
    var recorder =
        new TaskContext() {
          @Override
          public void updateMessage(String message) {}

          @Override
          public void updateProgress(long done, long total) {
            seen.add((double) done / total);
          }

          @Override
          public boolean isCancelled() {
            return false;
          }
        };
    try {
      task.call(recorder);
    } catch (Exception e) {
      throw new AssertionError(e);
    } finally {
      sequence.context().closeWorkspace();
    }
    // three steps: 0, 1/3, 2/3, then half of the third step, then done
    assertThat(seen).containsExactly(0.0, 1.0 / 3, 2.0 / 3, 2.5 / 3, 1.0);
  }
}
