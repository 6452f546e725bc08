package com.tickmark.app.ui.table;

import com.tickmark.app.AppServices;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.security.Actor;
import java.time.Clock;
import java.util.Objects;

/**
 * What a {@link TablePane} needs to copy and export what it shows: the {@link Exporter} acting as
 * the signed-in user, where to ask for the file, and the clock that dates the export. A screen
 * makes one from its context and hands it to each of its tables.
 */
public record TableExports(Exporter exporter, FileChoice files, Clock clock) {
  public TableExports {
    Objects.requireNonNull(exporter, "exporter");
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(clock, "clock");
  }

  /** Exports as {@code actor}, asking for files with the system's save dialog. */
  public static TableExports of(
      AppServices services, Actor actor, TaskExecutor executor, UiState uiState) {
    return new TableExports(
        new Exporter(services.exports(), actor, executor),
        FileChoice.saveDialog(uiState),
        services.clock());
  }

  /** The same, asking for files another way (a test's answer). */
  public TableExports withFiles(FileChoice choice) {
    return new TableExports(exporter, choice, clock);
  }
}
