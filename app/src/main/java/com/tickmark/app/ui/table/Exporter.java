package com.tickmark.app.ui.table;

import com.tickmark.app.ui.common.Permitted;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.app.ui.task.TaskHandle;
import com.tickmark.model.report.ExportService;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportParameter;
import com.tickmark.model.report.catalog.ReportProgress;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Every export the screens make goes through here: a report or a table to an Excel workbook or a
 * PDF, and a copy of rows to the clipboard. Each one is checked against the user's EXPORT_DATA
 * permission before any work and recorded in the audit trail when it is written. Files are built
 * and written off the FX thread with progress in the status bar, and a cancelled export stops
 * between two rows and leaves no file behind.
 */
public final class Exporter {
  /** Rows between two progress reports. */
  private static final int PROGRESS_EVERY = 64;

  /** What an export wrote. */
  public record Result(String what, ExportFormat format, Path file, long rows) {}

  private final ExportService exports;
  private final Actor actor;
  private final TaskExecutor executor;

  public Exporter(ExportService exports, Actor actor, TaskExecutor executor) {
    this.exports = Objects.requireNonNull(exports, "exports");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /** Whether the signed-in user may copy and export data. */
  public boolean mayExport() {
    return actor.may(Permission.EXPORT_DATA);
  }

  /** Why the user may not export, for a tooltip on the disabled buttons. */
  public String refusal() {
    return Permitted.refusal(actor, Permission.EXPORT_DATA, "copy or export data");
  }

  /** The user's name, for the "Run by" of exported reports. */
  public String userName() {
    return actor.username();
  }

  /**
   * Builds a report and writes it to {@code file}, off the FX thread, then records the export
   * (what: the report's title; parameters: the report's own) and calls {@code done} on the FX
   * thread.
   *
   * @param report builds the report on the worker thread (a query, or rows mapped from a snapshot)
   * @throws com.tickmark.model.security.AccessDeniedException at once, when the user may not export
   */
  public TaskHandle export(
      BackgroundTask.Work<Report> report,
      ExportFormat format,
      Path file,
      Consumer<Result> done,
      Consumer<Throwable> failed,
      Runnable cancelled) {
    exports.checkMayExport(actor);
    Objects.requireNonNull(file, "file");
    String title = "Exporting to " + (file.getFileName() == null ? file : file.getFileName());
    return executor.execute(
        BackgroundTask.of(
                title,
                task -> {
                  task.updateMessage("Reading the rows");
                  Report built = report.call(task);
                  task.checkCancelled();
                  long total = ReportProgress.rowCount(built);
                  task.updateMessage("Writing " + total + " rows");
                  task.updateProgress(0, Math.max(1, total));
                  Report watched =
                      ReportProgress.observed(
                          built,
                          total,
                          (rows, all) -> {
                            if (rows % PROGRESS_EVERY == 0 || rows == all) {
                              task.checkCancelled();
                              task.updateProgress(rows, all);
                            }
                          });
                  format.render(watched, file);
                  task.checkCancelled();
                  Path written = file.toAbsolutePath().normalize();
                  exports.recordExport(
                      actor,
                      built.title(),
                      format.extension(),
                      parameters(built),
                      total,
                      written.toString());
                  return new Result(built.title(), format, written, total);
                })
            .onSuccess(done)
            .onFailure(failed)
            .onCancelled(cancelled));
  }

  /**
   * Records a copy of {@code rows} rows to the clipboard (off the FX thread), then hands the text
   * to {@code clipboard} on the FX thread.
   *
   * @throws com.tickmark.model.security.AccessDeniedException at once, when the user may not export
   */
  public TaskHandle copy(
      String what,
      Map<String, String> parameters,
      long rows,
      String text,
      Consumer<String> clipboard,
      Consumer<Throwable> failed) {
    exports.checkMayExport(actor);
    return executor.execute(
        BackgroundTask.run(
                "Copying " + what,
                task -> exports.recordExport(actor, what, "tsv", parameters, rows, "clipboard"))
            .onSuccess(ignored -> clipboard.accept(text))
            .onFailure(failed));
  }

  /** A report's parameters as text, for the audit record. */
  static Map<String, String> parameters(Report report) {
    Map<String, String> shown = new LinkedHashMap<>();
    for (ReportParameter p : report.parameters()) {
      shown.put(p.label(), String.valueOf(p.value()));
    }
    return shown;
  }
}
