package com.tickmark.app.ui.shell;

import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.app.ui.task.TaskHandle;
import com.tickmark.model.security.Actor;
import com.tickmark.model.time.EndOfDay;
import com.tickmark.model.time.EndOfDayStep;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The End of day dialog: the steps {@code tickmark eod} runs, listed before they run, then run in
 * the background one after the other with each step's state and sentence, stopping at the first
 * failure; Cancel stops before the next step starts.
 */
public final class EndOfDayViewModel {
  /** Where a step stands. */
  public enum StepState {
    WAITING("Waiting"),
    RUNNING("Running…"),
    DONE("Done"),
    FAILED("Failed"),
    NOT_RUN("Not run");

    private final String label;

    StepState(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Where the whole run stands. */
  public enum RunState {
    READY,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED
  }

  /** One step as the dialog lists it. */
  public static final class StepRow {
    private final String name;
    private final ObjectProperty<StepState> state = new SimpleObjectProperty<>(StepState.WAITING);
    private final StringProperty result = new SimpleStringProperty("");

    StepRow(String name) {
      this.name = name;
    }

    public String name() {
      return name;
    }

    public ObjectProperty<StepState> stateProperty() {
      return state;
    }

    public StringProperty resultProperty() {
      return result;
    }
  }

  private final EndOfDay endOfDay;
  private final Actor actor;
  private final TaskExecutor executor;
  private final Executor uiThread;
  private final Runnable onRolled;
  private final List<StepRow> rows;
  private final StringProperty reason = new SimpleStringProperty("end of day");
  private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(RunState.READY);
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final BooleanBinding canRun;
  private TaskHandle running;

  /**
   * @param uiThread where a step's state is applied while the run goes on (the FX thread)
   * @param onRolled runs on the FX thread after every step ran (the shell reads the new business
   *     date)
   */
  public EndOfDayViewModel(
      EndOfDay endOfDay, Actor actor, TaskExecutor executor, Executor uiThread, Runnable onRolled) {
    this.endOfDay = Objects.requireNonNull(endOfDay, "endOfDay");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
    this.onRolled = Objects.requireNonNull(onRolled, "onRolled");
    this.rows = endOfDay.steps().stream().map(s -> new StepRow(s.name())).toList();
    canRun =
        Bindings.createBooleanBinding(
            () -> state.get() == RunState.READY && !reason.get().isBlank(), state, reason);
  }

  public List<StepRow> rows() {
    return rows;
  }

  /** What the audit trail records for each step. */
  public StringProperty reasonProperty() {
    return reason;
  }

  public ReadOnlyObjectProperty<RunState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /** One sentence on how the run ended; empty before. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public BooleanBinding canRunProperty() {
    return canRun;
  }

  /** Runs the steps in the background. */
  public void run() {
    if (!canRun.get()) {
      return;
    }
    state.set(RunState.RUNNING);
    String why = reason.get().trim();
    int n = rows.size();
    running =
        executor.execute(
            BackgroundTask.of(
                    "End of day",
                    ctx ->
                        endOfDay.run(
                            actor,
                            why,
                            new EndOfDay.Listener() {
                              @Override
                              public void started(int index, EndOfDayStep step) {
                                ctx.updateMessage(
                                    "Step " + (index + 1) + " of " + n + ": " + step.name());
                                ctx.updateProgress(index, n);
                                uiThread.execute(
                                    () -> rows.get(index).state.set(StepState.RUNNING));
                              }

                              @Override
                              public void finished(int index, EndOfDayStep step, String result) {
                                ctx.updateProgress(index + 1, n);
                                uiThread.execute(
                                    () -> {
                                      rows.get(index).state.set(StepState.DONE);
                                      rows.get(index).result.set(result);
                                    });
                              }

                              @Override
                              public boolean cancelled() {
                                return ctx.isCancelled();
                              }
                            }))
                .onSuccess(this::finished)
                .onFailure(
                    error -> {
                      state.set(RunState.FAILED);
                      summary.set("End of day did not run: " + error.getMessage());
                    })
                .onCancelled(this::cancelled));
  }

  /** Stops before the next step starts; a step already running finishes. */
  public void cancel() {
    if (running != null && state.get() == RunState.RUNNING) {
      running.cancel();
    }
  }

  private void finished(EndOfDay.Outcome outcome) {
    if (outcome.failure() != null) {
      StepRow failed = rows.get(outcome.failedStep());
      failed.state.set(StepState.FAILED);
      failed.result.set(outcome.failure().getMessage());
      markNotRun();
      state.set(RunState.FAILED);
      summary.set(
          "Stopped at step "
              + (outcome.failedStep() + 1)
              + " ("
              + failed.name()
              + "); the business date did not move on. Put the cause right and run end of day"
              + " again.");
      return;
    }
    if (!outcome.completed(rows.size())) {
      cancelled();
      return;
    }
    state.set(RunState.DONE);
    summary.set("End of day done.");
    onRolled.run();
  }

  private void cancelled() {
    markNotRun();
    state.set(RunState.CANCELLED);
    summary.set(
        "Cancelled: the steps marked Done ran, the others did not; the business date moves on"
            + " only once they all have.");
  }

  private void markNotRun() {
    rows.stream()
        .filter(r -> r.state.get() == StepState.WAITING || r.state.get() == StepState.RUNNING)
        .forEach(r -> r.state.set(StepState.NOT_RUN));
  }
}
