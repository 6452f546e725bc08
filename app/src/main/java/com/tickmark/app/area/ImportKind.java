package com.tickmark.app.area;

import com.tickmark.app.AppServices;
import com.tickmark.model.intake.ImportMode;
import com.tickmark.model.intake.ImportMonitor;
import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.intake.ImportRefusedException;
import com.tickmark.model.intake.Intake;
import com.tickmark.model.intake.IntakeFileResult;
import com.tickmark.model.intake.IntakeImport;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A kind of incoming file an area reads (see {@link Area#importKinds()}), as the Import screen
 * offers it next to trade files: the user who holds {@code permission} picks it, chooses a file,
 * and the screen runs {@code importer} off the FX thread — the same intake pipeline the area's
 * {@code import} command uses — and shows its problems or what it wrote, without knowing the area.
 *
 * @param id the kind's id, "settlement-status"
 * @param title what users call the file, "Settlement status file"
 * @param hint what such a file is and where it comes from, for the file field's prompt
 * @param extensions the endings of its files' names, for the file chooser, ".csv"
 */
public record ImportKind(
    String id,
    String title,
    String hint,
    List<String> extensions,
    Permission permission,
    Importer importer) {
  public ImportKind {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(hint, "hint");
    extensions = List.copyOf(extensions);
    Objects.requireNonNull(permission, "permission");
    Objects.requireNonNull(importer, "importer");
  }

  /**
   * The outcome of importing one file through its kind's import of several ({@code importFiles}
   * without passing over repeats): its problems, or {@code summary} of what it wrote.
   *
   * @param rowsNoun what the kind's rows are called ("status lines")
   * @throws ImportRefusedException the file was imported before (the message names that import)
   */
  public static <R extends IntakeFileResult<?>> Outcome outcome(
      R result, String rowsNoun, Function<R, String> summary) {
    IntakeImport e = result.earlier();
    if (e != null) {
      Intake.refuseRepeat(
          result.fileName(),
          Optional.of(
              new Intake.Earlier(e.id(), e.fileName(), e.importedBy(), e.importedAt(), e.rows())),
          ImportMode.ALL_OR_NOTHING,
          rowsNoun);
    }
    return new Outcome(
        result.location(), result.problems(), result.written() ? summary.apply(result) : "");
  }

  /** Imports one file; called off the FX thread. */
  @FunctionalInterface
  public interface Importer {
    /**
     * Checks and imports {@code file} all or nothing for {@code actor}; {@code monitor} sees the
     * reading and may cancel it (then nothing is written).
     *
     * @throws ImportRefusedException the file is refused as a whole (read before, unreadable, or
     *     not wanted by the workspace); the message says why
     */
    Outcome run(AppServices services, Actor actor, Path file, ImportMonitor monitor);
  }

  /**
   * What an import did: its problems ({@code FILE:LINE: field: message}; then nothing was written),
   * or a sentence saying what it wrote.
   *
   * @param location the file as problems name it
   */
  public record Outcome(String location, List<ImportProblem> problems, String summary) {
    public Outcome {
      problems = List.copyOf(problems);
      Objects.requireNonNull(summary, "summary");
    }

    public boolean written() {
      return problems.isEmpty();
    }
  }
}
