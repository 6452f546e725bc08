package com.tickmark.model.recon.report;

import com.tickmark.model.recon.run.BreakKind;
import com.tickmark.model.recon.run.Recon;
import com.tickmark.model.recon.run.ReconBreak;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.report.catalog.ParameterValues;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.report.catalog.ReportParameterSpec;
import com.tickmark.model.settlement.Aging;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The breaks still to work (OPEN or INVESTIGATING) as of the business date: per currency how many
 * and how much each aging bucket holds, then per recon and kind, then every break with the columns
 * of {@code recon breaks}.
 */
public final class OpenBreaksReport implements ReportDefinition {
  public static final String NAME = "open-breaks";

  static final String CURRENCY = "Currency";
  static final String BREAKS = "Breaks";
  static final String AMOUNT = "Amount";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "Open breaks with aging";
  }

  @Override
  public String description() {
    return "The recon breaks still to work (open or investigating) per aging bucket (0, 1-2, 3-5,"
        + " 6-10, >10 business days) and per recon and kind, their number and amount per"
        + " currency, then each break with its source, age, owner, reason and comment.";
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
    ToIntFunction<ReconBreak> ages = reader.ages();
    Function<ReconBreak, BigDecimal> amounts = ReconReports.amounts(reader);
    List<ReconBreak> open =
        reader.breaks(recon).stream()
            .filter(b -> b.kind().isBreak() && b.state().isOpen())
            .toList(); // by run date then id, as the break queue lists them

    ReportSection.Builder buckets =
        ReportSection.builder("Aging buckets")
            .columns(
                ReportColumn.text(CURRENCY),
                ReportColumn.text("Aging bucket"),
                ReportColumn.integer(BREAKS),
                ReportColumn.moneyInCurrencyOf(AMOUNT, CURRENCY))
            .groupBy(CURRENCY)
            .totals(BREAKS, AMOUNT);
    open.stream()
        .map(ReconBreak::currency)
        .distinct()
        .sorted()
        .forEach(
            currency -> {
              for (String bucket : Aging.BUCKETS) {
                List<ReconBreak> in =
                    open.stream()
                        .filter(
                            b ->
                                b.currency().equals(currency)
                                    && Aging.bucket(ages.applyAsInt(b)).equals(bucket))
                        .toList();
                buckets.row(ReportRow.of(currency, bucket, (long) in.size(), sum(in, amounts)));
              }
            });

    ReportSection.Builder byKind =
        ReportSection.builder("By recon and kind")
            .columns(
                ReportColumn.text(CURRENCY),
                ReportColumn.text("Recon"),
                ReportColumn.text("Kind"),
                ReportColumn.integer(BREAKS),
                ReportColumn.moneyInCurrencyOf(AMOUNT, CURRENCY))
            .groupBy(CURRENCY)
            .totals(BREAKS, AMOUNT);
    open.stream()
        .sorted(
            Comparator.comparing(ReconBreak::currency)
                .thenComparing(b -> recons.indexOf(b.recon()))
                .thenComparing(ReconBreak::kind))
        .collect(
            Collectors.groupingBy(
                b -> new Kind(b.currency(), b.recon(), b.kind()),
                LinkedHashMap::new,
                Collectors.toList()))
        .forEach(
            (k, in) ->
                byKind.row(
                    ReportRow.of(
                        k.currency(),
                        k.recon(),
                        k.kind().name(),
                        (long) in.size(),
                        sum(in, amounts))));

    ReportSection.Builder list =
        ReportSection.builder(BREAKS)
            .columns(
                ReportColumn.text("Recon"),
                ReportColumn.integer("Break"),
                ReportColumn.text("Kind"),
                ReportColumn.text("State"),
                ReportColumn.text("Reference"),
                ReportColumn.text("Source"),
                ReportColumn.text("Fields"),
                ReportColumn.moneyInCurrencyOf(AMOUNT, CURRENCY),
                ReportColumn.text(CURRENCY),
                ReportColumn.integer("Age (business days)"),
                ReportColumn.date("Run date"),
                ReportColumn.text("Owner"),
                ReportColumn.text("Reason"),
                ReportColumn.text("Comment"));
    for (ReconBreak b : open) {
      list.row(
          ReportRow.of(
              b.recon(),
              b.id(),
              b.kind().name(),
              b.state().name(),
              b.reference(),
              b.sourceLine() == 0 ? b.sourceFile() : b.sourceFile() + ":" + b.sourceLine(),
              b.fields(),
              amounts.apply(b),
              b.currency(),
              (long) ages.applyAsInt(b),
              b.runDate(),
              b.owner(),
              b.reason(),
              b.comment()));
    }
    Report.Builder report =
        Report.builder(title())
            .subtitle("Recon breaks still to work")
            .asOf(context.businessDate())
            .parameter("Recon", ReconReports.label(recon))
            .runBy(context.actor().username(), context.runAt())
            .section(buckets.build())
            .section(byKind.build())
            .section(list.build())
            .note(
                "Age counts the firm's business days from the date the recon was run for to the"
                    + " business date. Amount is what is at stake: a record standing alone, or the"
                    + " difference in the recon's stake field at the record's unit value.");
    if (open.isEmpty()) {
      report.note("No break to work.");
    }
    return report.build();
  }

  /** The breaks of one kind in one recon and currency. */
  private record Kind(String currency, String recon, BreakKind kind) {}

  private static BigDecimal sum(List<ReconBreak> breaks, Function<ReconBreak, BigDecimal> amounts) {
    return breaks.stream().map(amounts).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
