package com.tickmark.model.refdata.report;

import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportChart;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.RowMapper;
import com.tickmark.model.report.catalog.ParameterValues;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.report.catalog.ReportParameterSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every instrument with all its reference fields, grouped by asset class with a count per class and
 * in total; optionally one asset class only.
 */
public final class InstrumentMasterReport implements ReportDefinition {
  public static final String NAME = "instrument-master";
  public static final String ASSET_CLASS = "asset-class";
  static final String ALL = "all";

  private static final RowMapper<Instrument> ROWS =
      RowMapper.<Instrument>builder()
          .column(ReportColumn.text("Asset class"), i -> i.assetClass().label())
          .column(ReportColumn.text("Symbol"), Instrument::symbol)
          .column(ReportColumn.text("Name"), Instrument::name)
          .column(ReportColumn.text("ISIN"), i -> i.isin() == null ? null : i.isin().value())
          .column(ReportColumn.text("MIC"), i -> i.mic() == null ? null : i.mic().value())
          .column(ReportColumn.text("Currency"), i -> i.currency().code())
          .column(
              ReportColumn.text("Base currency"),
              i -> i.baseCurrency() == null ? null : i.baseCurrency().code())
          .column(ReportColumn.text("Sector"), i -> i.sector().isEmpty() ? null : i.sector())
          .column(ReportColumn.text("Country"), i -> i.country().isEmpty() ? null : i.country())
          .column(ReportColumn.text("Settlement"), i -> i.settlement().toString())
          .column(ReportColumn.integer("Count"), i -> 1L)
          .build();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "Instrument master";
  }

  @Override
  public String description() {
    return "Every instrument the firm trades with its identifiers (ISIN, MIC), currency, sector,"
        + " country and settlement convention, grouped by asset class with counts.";
  }

  @Override
  public List<ReportParameterSpec> parameters() {
    List<ReportParameterSpec.Choice> choices = new ArrayList<>();
    choices.add(new ReportParameterSpec.Choice(ALL, "All asset classes"));
    for (AssetClass a : AssetClass.values()) {
      choices.add(new ReportParameterSpec.Choice(code(a), a.label()));
    }
    return List.of(
        ReportParameterSpec.choice(
                ASSET_CLASS, "Asset class", "Only instruments of this asset class.", choices)
            .withDefault(ALL));
  }

  /** FX_SPOT → fx-spot. */
  static String code(AssetClass assetClass) {
    return assetClass.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public Report build(ParameterValues parameters, ReportContext context) {
    ReportParameterSpec.Choice choice = parameters.choice(ASSET_CLASS).orElseThrow();
    AssetClass only =
        choice.value().equals(ALL)
            ? null
            : AssetClass.valueOf(choice.value().toUpperCase(Locale.ROOT).replace('-', '_'));
    List<Instrument> instruments =
        context.reader(ReferenceDataReader.class).instruments().stream()
            .filter(i -> only == null || i.assetClass() == only)
            .sorted(Comparator.comparing(Instrument::assetClass).thenComparing(Instrument::symbol))
            .toList();
    Map<AssetClass, Long> counts = new EnumMap<>(AssetClass.class);
    instruments.forEach(i -> counts.merge(i.assetClass(), 1L, Long::sum));

    Report.Builder report =
        Report.builder(title())
            .subtitle(
                only == null ? "Every instrument, by asset class" : only.label() + " instruments")
            .asOf(context.businessDate())
            .parameter("Asset class", choice.label())
            .runBy(context.actor().username(), context.runAt())
            .section(
                ROWS.section("Instruments", instruments)
                    .groupBy("Asset class")
                    .totals("Count")
                    .build())
            .note(
                "Settlement is the lag from trade date to settlement date and the calendars it"
                    + " counts on: T+1 XNYS settles one New York business day after the trade.");
    if (counts.size() > 1) {
      report.chart(
          ReportChart.bar("Instruments by asset class")
              .categories(counts.keySet().stream().map(AssetClass::label).toList())
              .series("Instruments", List.copyOf(counts.values()))
              .valueAxisTitle("Instruments")
              .build());
    }
    return report.build();
  }
}
