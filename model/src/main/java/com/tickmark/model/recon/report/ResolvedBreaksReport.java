package com.tickmark.model.recon.report;

import com.tickmark.model.recon.run.ReconBreak;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.report.catalog.ParameterValues;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.report.catalog.ReportParameterSpec;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The breaks no longer to work (RESOLVED, WRITTEN_OFF or CLOSED), latest change first: who last
 * changed each and when, with its reason, comment and amount.
 */
public final class ResolvedBreaksReport implements ReportDefinition {
  public static final String NAME = "resolved-breaks";

  static final String CURRENCY = "Currency";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "Resolved breaks log";
  }

  @Override
  public String description() {
    return "The recon breaks resolved, written off or closed, latest first: who last changed each"
        + " and when, its reason, comment and amount.";
  }

  @Override
  public List<ReportParameterSpec> parameters() {
    return List.of(ReconParameter.spec());
  }

  @Override
  public Report build(ParameterValues parameters, ReportContext context) {
    Optional<String> recon = ReconReports.recon(parameters);
    ReconReader reader = context.reader(ReconReader.class);
    Function<ReconBreak, BigDecimal> amounts = ReconReports.amounts(reader);
    List<ReconBreak> done =
        reader.breaks(recon).stream()
            .filter(b -> b.kind().isBreak() && !b.state().isOpen())
            .sorted(
                Comparator.comparing(ReconBreak::updatedAt)
                    .reversed()
                    .thenComparing(ReconBreak::id))
            .toList();

    ReportSection.Builder list =
        ReportSection.builder("Resolved breaks")
            .columns(
                ReportColumn.timestamp("Changed at"),
                ReportColumn.text("Changed by"),
                ReportColumn.text("Recon"),
                ReportColumn.integer("Break"),
                ReportColumn.text("Kind"),
                ReportColumn.text("State"),
                ReportColumn.text("Reference"),
                ReportColumn.date("Run date"),
                ReportColumn.moneyInCurrencyOf("Amount", CURRENCY),
                ReportColumn.text(CURRENCY),
                ReportColumn.text("Owner"),
                ReportColumn.text("Reason"),
                ReportColumn.text("Comment"));
    for (ReconBreak b : done) {
      list.row(
          ReportRow.of(
              b.updatedAt(),
              b.updatedBy(),
              b.recon(),
              b.id(),
              b.kind().name(),
              b.state().name(),
              b.reference(),
              b.runDate(),
              amounts.apply(b),
              b.currency(),
              b.owner(),
              b.reason(),
              b.comment()));
    }
    Report.Builder report =
        Report.builder(title())
            .subtitle("Recon breaks resolved, written off or closed")
            .asOf(context.businessDate())
            .parameter("Recon", ReconReports.label(recon))
            .runBy(context.actor().username(), context.runAt())
            .section(list.build())
            .note(
                "A break a later run no longer finds is closed by the user who ran the recon. A"
                    + " write-off above the recon's limit shows once a second person has approved"
                    + " it, changed by the person who asked for it.");
    if (done.isEmpty()) {
      report.note("No break has been resolved, written off or closed.");
    }
    return report.build();
  }
}
