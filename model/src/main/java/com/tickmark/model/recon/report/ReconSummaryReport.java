package com.tickmark.model.recon.report;

import com.tickmark.model.recon.run.Recon;
import com.tickmark.model.recon.run.ReconRun;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.report.catalog.ParameterValues;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.report.catalog.ReportParameterSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Per recon and date run for, what the latest run of that date found: both sides' records, the
 * matches, the breaks it found, opened and closed, and the share of our records matched.
 */
public final class ReconSummaryReport implements ReportDefinition {
  public static final String NAME = "recon-summary";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "Recon summary by day";
  }

  @Override
  public String description() {
    return "Per recon and date run for, the latest run's counts: our and their records, matched,"
        + " matched with a difference, breaks found, opened and closed, and the match rate.";
  }

  @Override
  public List<ReportParameterSpec> parameters() {
    return List.of(ReconParameter.spec());
  }

  @Override
  public Report build(ParameterValues parameters, ReportContext context) {
    Optional<String> recon = ReconReports.recon(parameters);
    ReconReader reader = context.reader(ReconReader.class);
    List<String> recons = reader.recons().stream().map(Recon::name).toList();
    Set<List<Object>> seen = new HashSet<>();
    List<ReconRun> latest = new ArrayList<>();
    for (ReconRun r : reader.runs(recon)) { // newest first: the first of a date is its latest
      if (seen.add(List.of(r.recon(), r.runDate()))) {
        latest.add(r);
      }
    }
    latest.sort(
        Comparator.comparing((ReconRun r) -> recons.indexOf(r.recon()))
            .thenComparing(ReconRun::recon)
            .thenComparing(ReconRun::runDate));

    ReportSection.Builder days =
        ReportSection.builder("Runs")
            .columns(
                ReportColumn.text("Recon"),
                ReportColumn.date("Run date"),
                ReportColumn.integer("Ours"),
                ReportColumn.integer("Theirs"),
                ReportColumn.integer("Matched"),
                ReportColumn.integer("With difference"),
                ReportColumn.integer("Breaks"),
                ReportColumn.integer("Opened"),
                ReportColumn.integer("Closed"),
                ReportColumn.percentage("Match rate"),
                ReportColumn.text("Run by"),
                ReportColumn.timestamp("Run at"));
    for (ReconRun r : latest) {
      days.row(
          ReportRow.of(
              r.recon(),
              r.runDate(),
              (long) r.ours(),
              (long) r.theirs(),
              (long) r.matched(),
              (long) r.withDifference(),
              (long) r.breaks(),
              (long) r.opened(),
              (long) r.closed(),
              BigDecimal.valueOf(r.matchRate()).setScale(4, RoundingMode.HALF_EVEN),
              r.ranBy(),
              r.ranAt()));
    }
    Report.Builder report =
        Report.builder(title())
            .subtitle("The latest run of each recon and date")
            .asOf(context.businessDate())
            .parameter("Recon", ReconReports.label(recon))
            .runBy(context.actor().username(), context.runAt())
            .section(days.build())
            .note(
                "Matched counts our records matched (a block confirmation matches several); with"
                    + " difference, the matches inside a tolerance; opened, the breaks the run"
                    + " found first; closed, those of earlier runs of the date it no longer found."
                    + " Match rate is matched over ours.");
    if (latest.isEmpty()) {
      report.note("No recon has been run.");
    }
    return report.build();
  }
}
