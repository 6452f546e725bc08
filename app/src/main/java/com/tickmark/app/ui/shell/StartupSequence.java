package com.tickmark.app.ui.shell;

import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskContext;
import com.tickmark.persistence.workspace.SettingsRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens between starting Tickmark and showing the main window, as a list of named steps run
 * in order on a worker thread while the startup window shows their progress:
 * <ol>
 *   <li>{@value #OPEN_WORKSPACE}: take the workspace lock and bring the database up to date;</li>
 *   <li>{@value #READ_FIRM}: read the firm's name and business date for the status bar.</li>
 * </ol>
 * Further steps go in with {@link #insertAfter}/{@link #insertBefore}, for example generating the
 * demo firm on first run right after the workspace is open:
 * <pre>{@code
 * sequence.insertAfter(StartupSequence.OPEN_WORKSPACE, new StartupSequence.Step("demo-firm",
 *     "Generating the demo firm", (context, task) -> {
 *       if (context.workspace().created()) { ... task.updateProgress(done, total); task.checkCancelled(); ... }
 *     }));
 * }</pre>
 * If a step fails or the user cancels, the workspace (if opened) is closed again and the failure
 * goes to the error dialog; nothing is left half open.
 */
public final class StartupSequence {
  public static final String OPEN_WORKSPACE = "open-workspace";
  public static final String READ_FIRM = "read-firm";
  private static final Logger LOG = LoggerFactory.getLogger(StartupSequence.class);

  /** What a step does; it may report progress within the step and should check for cancellation. */
  @FunctionalInterface
  public interface Action {
    void run(StartupContext context, TaskContext task) throws Exception;
  }

  /**
   * One startup step.
   *
   * @param id a stable name other steps are placed relative to
   * @param description what the startup window says while it runs: "Opening the workspace"
   */
  public record Step(String id, String description, Action action) {
    public Step {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("Step id must not be empty");
      }
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(action, "action");
    }

    /** The error dialog's headline when this step fails. */
    public String failureHeadline() {
      return "Tickmark could not start: " + description.substring(0, 1).toLowerCase(Locale.ROOT) + description.substring(1) + " failed";
    }
  }

  private final StartupContext context;
  private final List<Step> steps = new ArrayList<>();
  private volatile Step failedStep;

  public StartupSequence(StartupContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  /** The standard steps for the workspace in {@code workspaceDirectory}. */
  public static StartupSequence standard(Path workspaceDirectory, Clock clock) {
    StartupSequence sequence = new StartupSequence(new StartupContext(workspaceDirectory, clock));
    sequence.append(new Step(OPEN_WORKSPACE, "Opening the workspace",
        (context, task) -> context.setWorkspace(Workspace.open(context.workspaceDirectory()))));
    sequence.append(new Step(READ_FIRM, "Reading the firm's settings",
        (context, task) -> context.setWorkspaceInfo(WorkspaceInfo.read(new SettingsRepository(context.workspace().dsl())))));
    return sequence;
  }

  public StartupSequence append(Step step) {
    requireNewId(step);
    steps.add(step);
    return this;
  }

  public StartupSequence insertAfter(String existingId, Step step) {
    requireNewId(step);
    steps.add(indexOf(existingId) + 1, step);
    return this;
  }

  public StartupSequence insertBefore(String existingId, Step step) {
    requireNewId(step);
    steps.add(indexOf(existingId), step);
    return this;
  }

  private void requireNewId(Step step) {
    if (steps.stream().anyMatch(s -> s.id().equals(step.id()))) {
      throw new IllegalArgumentException("Startup already has a step '" + step.id() + "'");
    }
  }

  private int indexOf(String id) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("Startup has no step '" + id + "'; it has " + steps.stream().map(Step::id).toList());
  }

  public List<Step> steps() {
    return List.copyOf(steps);
  }

  public StartupContext context() {
    return context;
  }

  /** The step that failed, once one has. */
  public Optional<Step> failedStep() {
    return Optional.ofNullable(failedStep);
  }

  /** The headline for the error dialog when startup fails. */
  public String failureHeadline() {
    return failedStep().map(Step::failureHeadline).orElse("Tickmark could not start");
  }

  /** All steps as one background task whose progress runs from the first step to the last. */
  public BackgroundTask<StartupContext> toTask() {
    List<Step> toRun = steps();
    return BackgroundTask.of("Starting Tickmark", task -> {
      try {
        for (int i = 0; i < toRun.size(); i++) {
          task.checkCancelled();
          Step step = toRun.get(i);
          task.updateMessage(step.description() + "…");
          task.updateProgress(i, toRun.size());
          LOG.info("Startup: {}", step.description());
          try {
            step.action().run(context, new StepContext(task, i, toRun.size()));
          } catch (Exception | Error e) {
            if (!(e instanceof CancellationException)) {
              failedStep = step;
            }
            throw e;
          }
        }
        task.checkCancelled();
        task.updateProgress(toRun.size(), toRun.size());
        return context;
      } catch (Exception | Error e) {
        closeQuietly();
        throw e;
      }
    });
  }

  private void closeQuietly() {
    try {
      context.closeWorkspace();
    } catch (RuntimeException e) {
      LOG.warn("Could not close the workspace after a failed start", e);
    }
  }

  /** Maps a step's own progress onto its share of the whole sequence. */
  private static final class StepContext implements TaskContext {
    private static final long UNITS = 1_000;
    private final TaskContext whole;
    private final int index;
    private final int count;

    StepContext(TaskContext whole, int index, int count) {
      this.whole = whole;
      this.index = index;
      this.count = count;
    }

    @Override
    public void updateMessage(String message) {
      whole.updateMessage(message);
    }

    @Override
    public void updateProgress(long done, long total) {
      double fraction = total <= 0 ? 0 : Math.max(0, Math.min(1, (double) done / total));
      whole.updateProgress(Math.round((index + fraction) * UNITS), count * UNITS);
    }

    @Override
    public boolean isCancelled() {
      return whole.isCancelled();
    }
  }
}
