package com.tickmark.model.settlement.report;

import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.report.ReferenceDataReader;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.report.catalog.ParameterValues;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.report.catalog.ReportParameterSpec;
import com.tickmark.model.report.catalog.ReportParameterSpec.Choice;
import com.tickmark.model.settlement.status.FailNote;
import com.tickmark.model.settlement.status.FailsReader;
import com.tickmark.model.settlement.status.SettlementFail;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The settlement fails as of a date per aging bucket (business days past the intended settlement
 * date): per currency how many fails and how much value each bucket holds, then every fail with the
 * columns of {@code settlement fails}, its owner and value.
 */
public final class FailsAgingReport implements ReportDefinition {
  public static final String NAME = "fails-aging";
  public static final String DATE = "date";
  public static final String FAILS = "fails";
  public static final String OPEN = "open";
  public static final String ALL = "all";

  static final String CURRENCY = "Currency";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "Fails aging";
  }

  @Override
  public String description() {
    return "The settlement fails per aging bucket (0, 1-2, 3-5, 6-10, >10 business days past the"
        + " intended settlement date): their number and value per currency, then each fail with"
        + " its reason, age, status, owner and value.";
  }

  @Override
  public List<ReportParameterSpec> parameters() {
    return List.of(
        ReportParameterSpec.date(DATE, "As of", "The fails known by the close of this date.")
            .withDefault("the business date", context -> context.businessDate().toString()),
        ReportParameterSpec.choice(
                FAILS,
                "Fails",
                "The open fails only, or the resolved ones too (with their final age).",
                List.of(new Choice(OPEN, "Open only"), new Choice(ALL, "Open and resolved")))
            .withDefault(OPEN));
  }

  @Override
  public Report build(ParameterValues parameters, ReportContext context) {
    LocalDate date = parameters.date(DATE).orElseThrow();
    Choice which = parameters.choice(FAILS).orElseThrow();
    boolean all = which.value().equals(ALL);
    Map<CounterpartyId, Counterparty> counterparties =
        context.reader(ReferenceDataReader.class).counterparties().stream()
            .collect(Collectors.toMap(Counterparty::id, Function.identity()));
    Function<CounterpartyId, String> counterparty =
        id -> {
          Counterparty c = id == null ? null : counterparties.get(id);
          return c == null ? "" : c.code();
        };
    List<SettlementFail> fails =
        context.reader(FailsReader.class).asOf(date, all).stream()
            .sorted(Comparator.comparing((SettlementFail f) -> f.trade().currency().code()))
            .toList(); // a stable sort: by intended date then trade within each currency

    ReportSection.Builder buckets =
        ReportSection.builder("Aging buckets")
            .columns(
                ReportColumn.text(CURRENCY),
                ReportColumn.text("Aging bucket"),
                ReportColumn.integer("Fails"),
                ReportColumn.moneyInCurrencyOf("Value", CURRENCY))
            .groupBy(CURRENCY)
            .totals("Fails", "Value");
    Map<String, List<SettlementFail>> byCurrency =
        fails.stream()
            .collect(
                Collectors.groupingBy(
                    f -> f.trade().currency().code(), TreeMap::new, Collectors.toList()));
    byCurrency.forEach(
        (currency, inCurrency) -> {
          for (String bucket : SettlementFail.BUCKETS) {
            List<SettlementFail> in =
                inCurrency.stream().filter(f -> f.agingBucket().equals(bucket)).toList();
            buckets.row(
                ReportRow.of(
                    currency,
                    bucket,
                    (long) in.size(),
                    in.stream()
                        .map(SettlementFail::value)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)));
          }
        });

    ReportSection.Builder list =
        ReportSection.builder("Fails")
            .columns(
                ReportColumn.text(CURRENCY),
                ReportColumn.text("Trade"),
                ReportColumn.text("Our reference"),
                ReportColumn.text("Counterparty"),
                ReportColumn.date("Intended settlement date"),
                ReportColumn.text("Reason"),
                ReportColumn.integer("Age (business days)"),
                ReportColumn.text("Aging bucket"),
                ReportColumn.text("Status"),
                ReportColumn.text("Owner"),
                ReportColumn.moneyInCurrencyOf("Value", CURRENCY))
            .groupBy(CURRENCY)
            .totals("Value");
    for (SettlementFail f : fails) {
      FailNote note = f.note();
      list.row(
          ReportRow.of(
              f.trade().currency().code(),
              f.trade().id().display(),
              f.trade().execId(),
              counterparty.apply(f.trade().counterpartyId()),
              f.intendedDate(),
              f.reason(),
              (long) f.ageBusinessDays(),
              f.agingBucket(),
              f.state().name(),
              note == null ? "" : note.owner(),
              f.value()));
    }
    Report.Builder report =
        Report.builder(title())
            .subtitle(all ? "Open and resolved settlement fails" : "Open settlement fails")
            .asOf(date)
            .parameter("Fails", which.label())
            .runBy(context.actor().username(), context.runAt())
            .section(buckets.build())
            .section(list.build())
            .note(
                "Age counts the business days past the intended settlement date on the calendars"
                    + " of the place of settlement; a resolved fail keeps its final age. Value is"
                    + " the trade's cash, unsigned.");
    if (fails.isEmpty()) {
      report.note("No settlement fail as of " + date + ".");
    }
    return report.build();
  }
}
