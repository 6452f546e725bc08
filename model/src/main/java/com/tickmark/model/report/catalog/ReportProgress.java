package com.tickmark.model.report.catalog;

import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.report.RowSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Counting a report's rows, and watching a renderer read them: the screens show an export's
 * progress and let the user cancel it between two rows, without the renderers knowing.
 */
public final class ReportProgress {
  /** Told about each row a renderer reads; it may throw (a cancellation) to stop the rendering. */
  @FunctionalInterface
  public interface Observer {
    /** {@code done} of {@code total} data rows have been read. */
    void rowsRead(long done, long total);
  }

  private ReportProgress() {}

  /**
   * The data rows of every section (subtotals and totals not counted). Reads lazy sections once.
   */
  public static long rowCount(Report report) {
    long rows = 0;
    for (ReportSection section : report.sections()) {
      try (Stream<ReportRow> stream = section.rows()) {
        rows += stream.count();
      }
    }
    return rows;
  }

  /**
   * The same report, whose rows tell {@code observer} as they are read. A renderer reads each
   * section once, so {@code done} runs from 1 to {@code total} over an export.
   */
  public static Report observed(Report report, long total, Observer observer) {
    long[] done = {0};
    List<ReportSection> sections = new ArrayList<>();
    for (ReportSection s : report.sections()) {
      RowSource source =
          () -> {
            Stream<ReportRow> rows = s.rowSource().open();
            Iterator<ReportRow> inner = rows.iterator();
            Iterator<ReportRow> watched =
                new Iterator<>() {
                  @Override
                  public boolean hasNext() {
                    return inner.hasNext();
                  }

                  @Override
                  public ReportRow next() {
                    ReportRow row = inner.next();
                    observer.rowsRead(++done[0], Math.max(total, done[0]));
                    return row;
                  }
                };
            return StreamSupport.stream(
                    Spliterators.spliteratorUnknownSize(watched, Spliterator.ORDERED), false)
                .onClose(rows::close);
          };
      sections.add(new ReportSection(s.name(), s.columns(), source, s.groupBy(), s.totals()));
    }
    return new Report(
        report.title(),
        report.subtitle(),
        report.parameters(),
        sections,
        report.notes(),
        report.charts(),
        report.runBy(),
        report.runAt());
  }
}
