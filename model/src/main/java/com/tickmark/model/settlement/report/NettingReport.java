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
import com.tickmark.model.settlement.SecuritiesNettingSet;
import com.tickmark.model.trade.Side;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The netting sets of the obligations still to settle: the cash sets (per value date, counterparty
 * and currency, what we pay, what we receive and the net) and their members, then the securities
 * sets (per settlement date, instrument, custody account and counterparty where the market nets,
 * one gross set per obligation elsewhere; see {@link
 * com.tickmark.model.settlement.Netting#securities}) and their members.
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
        + " value date, and their securities, netted per instrument, custody account,"
        + " counterparty and settlement date where the market nets, with the obligations in each"
        + " netting set.";
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
                Comparator.comparing((NettingSet s) -> s.currency().code())
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
    List<SecuritiesNettingSet> securities =
        settlement.securitiesNetting(date).stream()
            .sorted(
                Comparator.comparing(SecuritiesNettingSet::settlementDate)
                    .thenComparing(s -> names.instrument(s.instrument()))
                    .thenComparing(s -> names.account(s.account()))
                    .thenComparing(s -> names.counterparty(s.counterparty()))
                    .thenComparing(s -> !s.netted()))
            .toList();
    Report.Builder report =
        Report.builder(title())
            .subtitle(
                "Cash netted per counterparty, currency and value date; securities per"
                    + " instrument, custody account, counterparty and settlement date where the"
                    + " market nets")
            .asOf(date)
            .runBy(context.actor().username(), context.runAt())
            .section(summary.build())
            .section(members.build())
            .section(securitiesSets(securities, names))
            .section(securitiesMembers(securities, names))
            .note(
                "Net is receive less pay: positive when the counterparty pays us. Amounts of the"
                    + " members are positive when we receive.")
            .note(
                "Securities: RVP and DVP obligations net on the US venues, XLON and the euro"
                    + " venues; other venues, free-of-payment transfers and obligations without an"
                    + " SSI settle gross (Basis GROSS, one obligation each). Net quantity is"
                    + " receive less deliver; cash is positive when we receive.");
    if (sets.isEmpty() && securities.isEmpty()) {
      report.note("No obligation is still to settle as of " + date + ".");
    }
    return report.build();
  }

  private static ReportSection securitiesSets(
      List<SecuritiesNettingSet> sets, CashLadderReport.Names names) {
    ReportSection.Builder section =
        ReportSection.builder("Securities netting sets")
            .columns(
                ReportColumn.date("Settlement date"),
                ReportColumn.text("Instrument"),
                ReportColumn.text("Custody account"),
                ReportColumn.text("Counterparty"),
                ReportColumn.text("Basis"),
                ReportColumn.integer("Obligations"),
                ReportColumn.decimal("Receive", 0),
                ReportColumn.decimal("Deliver", 0),
                ReportColumn.decimal("Net quantity", 0),
                ReportColumn.text(CURRENCY),
                ReportColumn.moneyInCurrencyOf("Cash", CURRENCY))
            .totals("Obligations");
    for (SecuritiesNettingSet s : sets) {
      section.row(
          ReportRow.of(
              s.settlementDate(),
              names.instrument(s.instrument()),
              names.account(s.account()),
              names.counterparty(s.counterparty()),
              basis(s),
              (long) s.members().size(),
              s.receive(),
              s.deliver(),
              s.net(),
              s.currency().code(),
              s.cash()));
    }
    return section.build();
  }

  private static ReportSection securitiesMembers(
      List<SecuritiesNettingSet> sets, CashLadderReport.Names names) {
    ReportSection.Builder section =
        ReportSection.builder("Securities members")
            .columns(
                ReportColumn.date("Settlement date"),
                ReportColumn.text("Instrument"),
                ReportColumn.text("Custody account"),
                ReportColumn.text("Counterparty"),
                ReportColumn.text("Basis"),
                ReportColumn.text("Trade"),
                ReportColumn.text("Our reference"),
                ReportColumn.text("Type"),
                ReportColumn.decimal("Quantity", 0),
                ReportColumn.text(CURRENCY),
                ReportColumn.moneyInCurrencyOf("Cash", CURRENCY));
    for (SecuritiesNettingSet s : sets) {
      for (Obligation o : s.members()) {
        section.row(
            ReportRow.of(
                s.settlementDate(),
                names.instrument(s.instrument()),
                names.account(s.account()),
                names.counterparty(s.counterparty()),
                basis(s),
                o.trade().display(),
                o.reference(),
                o.type().name(),
                o.side() == Side.BUY ? o.quantity() : o.quantity().negate(),
                o.cash().currency().code(),
                o.cash().amount()));
      }
    }
    return section.build();
  }

  private static String basis(SecuritiesNettingSet s) {
    return s.netted() ? "NET" : "GROSS";
  }
}
