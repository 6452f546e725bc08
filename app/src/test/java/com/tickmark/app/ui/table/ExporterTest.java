package com.tickmark.app.ui.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.app.ui.task.TaskContext;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.app.ui.task.TaskHandle;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.report.ExportService;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.security.AccessDeniedException;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
  static final Instant NOW = Instant.parse("2025-11-20T18:00:00Z");
  static final Actor CLERK = new Actor(new UserId(2), "clerk", Set.of(Role.CLERK));
  static final Actor VIEWER = new Actor(new UserId(6), "viewer", Set.of(Role.VIEWER));

  @TempDir Path dir;
  private final MemoryAuditTrail audit = new MemoryAuditTrail();
  private final ExportService exports = new ExportService(audit, Clock.fixed(NOW, ZoneOffset.UTC));

  static Report report(int rows) {
    ReportSection.Builder section =
        ReportSection.builder("Numbers")
            .columns(ReportColumn.text("Name"), ReportColumn.integer("Value"));
    for (int i = 1; i <= rows; i++) {
      section.row("row " + i, (long) i);
    }
    return Report.builder("Numbers")
        .parameter("Filter", "all")
        .runBy("clerk", NOW)
        .section(section.build())
        .build();
  }

  @Test
  void writesTheFileAndThenRecordsTheExport() throws IOException {
    Path file = dir.resolve("numbers.xlsx");
    AtomicReference<Exporter.Result> result = new AtomicReference<>();
    new Exporter(exports, CLERK, new DirectTaskExecutor())
        .export(
            task -> report(300),
            ExportFormat.XLSX,
            file,
            result::set,
            e -> {
              throw new AssertionError(e);
            },
            () -> {
              throw new AssertionError("cancelled");
            });

    assertThat(result.get())
        .isEqualTo(new Exporter.Result("Numbers", ExportFormat.XLSX, file.toAbsolutePath(), 300));
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
      assertThat(workbook.getSheet("Numbers").getRow(300).getCell(1).getNumericCellValue())
          .isEqualTo(300.0);
    }
    AuditEvent event = audit.events.get(0);
    assertThat(event.action()).isEqualTo(AuditAction.EXPORT);
    assertThat(event.actor()).isEqualTo("clerk");
    assertThat(event.entityId()).isEqualTo("Numbers");
    assertThat(event.after())
        .isEqualTo(
            "{\"format\":\"xlsx\",\"rows\":300,\"destination\":\""
                + file.toAbsolutePath()
                + "\",\"parameters\":{\"Filter\":\"all\"}}");
  }

  @Test
  void aViewerIsRefusedBeforeAnyWork() {
    DirectTaskExecutor executor = new DirectTaskExecutor();
    Exporter exporter = new Exporter(exports, VIEWER, executor);
    assertThat(exporter.mayExport()).isFalse();
    assertThat(exporter.refusal()).contains("EXPORT_DATA", "Operations clerk", "Accountant");
    Path file = dir.resolve("refused.pdf");
    assertThatThrownBy(
            () ->
                exporter.export(
                    task -> report(3), ExportFormat.PDF, file, r -> {}, e -> {}, () -> {}))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> exporter.copy("Numbers", Map.of(), 3, "text", t -> {}, e -> {}))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(executor.executedCount()).isZero();
    assertThat(file).doesNotExist();
    assertThat(audit.events).isEmpty();
  }

  @Test
  void aCopyIsRecordedBeforeTheTextReachesTheClipboard() {
    List<String> clipboard = new ArrayList<>();
    new Exporter(exports, CLERK, new DirectTaskExecutor())
        .copy(
            "Instruments",
            Map.of("Filter", "apple"),
            1,
            "Symbol\nAAPL\n",
            text -> {
              assertThat(audit.events).as("recorded first").hasSize(1);
              clipboard.add(text);
            },
            e -> {
              throw new AssertionError(e);
            });
    assertThat(clipboard).containsExactly("Symbol\nAAPL\n");
    assertThat(audit.events.get(0).after())
        .isEqualTo(
            "{\"format\":\"tsv\",\"rows\":1,\"destination\":\"clipboard\",\"parameters\":{\"Filter\":\"apple\"}}");
  }

  @Test
  void aCancelledExportStopsBetweenRowsAndLeavesNoFileAndNoRecord() throws IOException {
    Path file = dir.resolve("cancelled.pdf");
    CancellingExecutor executor = new CancellingExecutor(100);
    new Exporter(exports, CLERK, executor)
        .export(task -> report(2_000), ExportFormat.PDF, file, r -> {}, e -> {}, () -> {});

    assertThat(executor.thrown).isInstanceOf(CancellationException.class);
    assertThat(executor.progressReports).as("stopped long before the end").isLessThan(10);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).as("no file, not even a temporary one").isEmpty();
    }
    assertThat(audit.events).isEmpty();
  }

  /** Runs the work on the calling thread and cancels it once it reported {@code after} rows. */
  static final class CancellingExecutor implements TaskExecutor, TaskContext {
    private final long after;
    private boolean cancelled;
    int progressReports;
    Throwable thrown;

    CancellingExecutor(long after) {
      this.after = after;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
      try {
        task.call(this);
      } catch (Exception e) {
        thrown = e;
      }
      return null;
    }

    @Override
    public void updateMessage(String message) {}

    @Override
    public void updateProgress(long done, long total) {
      progressReports++;
      if (done >= after) {
        cancelled = true;
      }
    }

    @Override
    public boolean isCancelled() {
      return cancelled;
    }

    @Override
    public void shutdown() {}

    @Override
    public boolean awaitTermination(Duration timeout) {
      return true;
    }
  }
}
