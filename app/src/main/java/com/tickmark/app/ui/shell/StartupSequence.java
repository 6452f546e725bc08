package com.tickmark.app.ui.shell;

import com.tickmark.app.demo.DemoFirmInstaller;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskContext;
import com.tickmark.model.demo.DemoConfig;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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
 *
 * <ol>
 *   <li>{@value #OPEN_WORKSPACE}: take the workspace lock and bring the database up to date, or,
 *       when another program has the workspace open for writing, join it as a window for viewing;
 *   <li>{@value #DEMO_FIRM}: on a workspace with no firm and no users, create the demo firm;
 *   <li>{@value #READ_FIRM}: read the firm's name and business date for the status bar.
 * </ol>
 *
 * Further steps go in with {@link #insertAfter}/{@link #insertBefore}/{@link #append}. If a step
 * fails or the user cancels, the workspace (if opened) is closed again and the failure goes to the
 * error dialog; nothing is left half open.
 */
public final class StartupSequence {
  public static final String OPEN_WORKSPACE = "open-workspace";
  public static final String DEMO_FIRM = "demo-firm";
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
      return "Tickmark could not start: "
          + description.substring(0, 1).toLowerCase(Locale.ROOT)
          + description.substring(1)
          + " failed";
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
    sequence.append(
        new Step(
            OPEN_WORKSPACE,
            "Opening the workspace",
            (context, task) ->
                context.setWorkspace(
                    Workspace.openOrJoin(
                        context.workspaceDirectory(), context.passphrase(), context.clock()))));
    sequence.append(
        new Step(DEMO_FIRM, "Creating the demo firm", StartupSequence::createDemoFirmOnFirstStart));
    sequence.append(
        new Step(
            READ_FIRM,
            "Reading the firm's settings",
            (context, task) -> context.setWorkspaceInfo(context.services().firm().profile())));
    return sequence;
  }

  /**
   * The first start on a workspace without a firm or users creates the demo firm, so that a
   * newcomer sees a working back office at once.
   */
  private static void createDemoFirmOnFirstStart(StartupContext context, TaskContext task) {
    if (context.workspace().readOnly().isPresent()
        || DemoFirmInstaller.holdsFirm(context.services())) {
      return; // a window for viewing leaves the firm to the program that writes
    }
    LocalDate businessDate = DemoFirmInstaller.defaultBusinessDate(LocalDate.now(context.clock()));
    LOG.info(
        "No firm in {}: creating the demo firm for business date {}",
        context.workspaceDirectory(),
        businessDate);
    new DemoFirmInstaller()
        .install(
            context.services(),
            DemoConfig.defaults(businessDate),
            new DemoFirmInstaller.Progress() {
              @Override
              public void update(double fraction, String message) {
                task.updateMessage(message + "…");
                task.updateProgress(Math.round(fraction * 1_000), 1_000);
              }

              @Override
              public boolean cancelled() {
                return task.isCancelled();
              }
            });
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

  /**
   * Leaves out the step {@code id} (for example the demo firm, where a caller creates its own
   * firm).
   */
  public StartupSequence without(String id) {
    steps.remove(indexOf(id));
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
    throw new IllegalArgumentException(
        "Startup has no step '" + id + "'; it has " + steps.stream().map(Step::id).toList());
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
    return BackgroundTask.of(
        "Starting Tickmark",
        task -> {
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
