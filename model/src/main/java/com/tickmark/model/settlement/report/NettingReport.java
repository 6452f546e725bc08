package com.tickmark.model.settlement.report;

import com.tickmark.model.refdata.report.ReferenceDataReader;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.report.catalog.ParameterValues;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.report.catalog.ReportParameterSpec;
import com.tickmark.model.settlement.NettingSet;
import com.tickmark.model.settlement.Obligation;
import java.time.LocalDate;
import java.util.List;

/**
 * The cash netting sets of the obligations still to settle: per value date, counterparty and
 * currency, what we pay, what we receive and the net, then each set's members.
 */
public final class NettingReport implements ReportDefinition {
  public static final String NAME = "netting";
  public static final String DATE = "date";

  static final String CURRENCY = "Currency";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "Netting";
  }

  @Override
  public String description() {
    return "The cash of the obligations still to settle, netted per counterparty, currency and"
        + " value date, with the obligations in each netting set.";
  }

  @Override
  public List<ReportParameterSpec> parameters() {
    return List.of(
        ReportParameterSpec.date(DATE, "As of", "The obligations still to settle at its close.")
            .withDefault("the business date", context -> context.businessDate().toString()));
  }

  @Override
  public Report build(ParameterValues parameters, ReportContext context) {
    LocalDate date = parameters.date(DATE).orElseThrow();
    SettlementReader settlement = context.reader(SettlementReader.class);
    CashLadderReport.Names names =
        CashLadderReport.Names.of(settlement, context.reader(ReferenceDataReader.class));
    List<NettingSet> sets =
        settlement.netting(date).stream()
            .sorted(
                java.util.Comparator.comparing((NettingSet s) -> s.currency().code())
                    .thenComparing(NettingSet::valueDate)
                    .thenComparing(s -> names.counterparty(s.counterparty())))
            .toList();

    ReportSection.Builder summary =
        ReportSection.builder("Netting sets")
            .columns(
                ReportColumn.text(CURRENCY),
                ReportColumn.date("Value date"),
                ReportColumn.text("Counterparty"),
                ReportColumn.integer("Obligations"),
                ReportColumn.moneyInCurrencyOf("Pay", CURRENCY),
                ReportColumn.moneyInCurrencyOf("Receive", CURRENCY),
                ReportColumn.moneyInCurrencyOf("Net", CURRENCY))
            .groupBy(CURRENCY)
            .totals("Obligations", "Pay", "Receive", "Net");
    ReportSection.Builder members =
        ReportSection.builder("Members")
            .columns(
                ReportColumn.text(CURRENCY),
                ReportColumn.date("Value date"),
                ReportColumn.text("Counterparty"),
                ReportColumn.text("Trade"),
                ReportColumn.text("Our reference"),
                ReportColumn.text("Instrument"),
                ReportColumn.text("Side"),
                ReportColumn.moneyInCurrencyOf("Amount", CURRENCY))
            .groupBy(CURRENCY)
            .totals("Amount");
    for (NettingSet s : sets) {
      String currency = s.currency().code();
      String counterparty = names.counterparty(s.counterparty());
      summary.row(
          ReportRow.of(
              currency,
              s.valueDate(),
              counterparty,
              (long) s.members().size(),
              s.pay(),
              s.receive(),
              s.net()));
      for (Obligation o : s.members()) {
        for (Obligation.CashLeg leg : o.cashLegs()) {
          if (leg.currency().equals(s.currency())) {
            members.row(
                ReportRow.of(
                    currency,
                    s.valueDate(),
                    counterparty,
                    o.trade().display(),
                    o.reference(),
                    names.instrument(o.instrument()),
                    o.side().name(),
                    leg.amount()));
          }
        }
      }
    }
    Report.Builder report =
        Report.builder(title())
            .subtitle("Cash netted per counterparty, currency and value date")
            .asOf(date)
            .runBy(context.actor().username(), context.runAt())
            .section(summary.build())
            .section(members.build())
            .note(
                "Net is receive less pay: positive when the counterparty pays us. Amounts of the"
                    + " members are positive when we receive.");
    if (sets.isEmpty()) {
      report.note("No obligation is still to settle as of " + date + ".");
    }
    return report.build();
  }
}
