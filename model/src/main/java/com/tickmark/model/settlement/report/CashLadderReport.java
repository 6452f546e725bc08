package com.tickmark.model.settlement.report;

import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.report.ReferenceDataReader;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.report.catalog.ParameterValues;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.report.catalog.ReportParameterSpec;
import com.tickmark.model.settlement.CashLadder;
import com.tickmark.model.settlement.LadderAccount;
import com.tickmark.model.settlement.LadderDay;
import com.tickmark.model.settlement.LadderMovement;
import com.tickmark.model.settlement.Obligation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cash ladder: per currency and cash account, the next ten business days' opening balance,
 * receipts, payments, net and projected balance, then the obligations behind each figure.
 */
public final class CashLadderReport implements ReportDefinition {
  public static final String NAME = "cash-ladder";
  public static final String DATE = "date";

  static final String CURRENCY = "Currency";
  static final String NO_ACCOUNT = "(no cash account)";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "Cash ladder";
  }

  @Override
  public String description() {
    return "The cash each currency and cash account expects over the next "
        + CashLadder.DAYS
        + " business days: opening balance, receipts, payments and the projected balance each day,"
        + " with the obligations behind them.";
  }

  @Override
  public List<ReportParameterSpec> parameters() {
    return List.of(
        ReportParameterSpec.date(
                DATE, "As of", "Starts from the settled balances at the close of this date.")
            .withDefault("the business date", context -> context.businessDate().toString()));
  }

  @Override
  public Report build(ParameterValues parameters, ReportContext context) {
    LocalDate date = parameters.date(DATE).orElseThrow();
    SettlementReader settlement = context.reader(SettlementReader.class);
    ReferenceDataReader refdata = context.reader(ReferenceDataReader.class);
    Names names = Names.of(settlement, refdata);
    CashLadder ladder = settlement.cashLadder(date);

    ReportSection.Builder days =
        ReportSection.builder("Cash ladder")
            .columns(
                ReportColumn.text(CURRENCY),
                ReportColumn.text("Cash account"),
                ReportColumn.date("Date"),
                ReportColumn.moneyInCurrencyOf("Opening", CURRENCY),
                ReportColumn.moneyInCurrencyOf("Receipts", CURRENCY),
                ReportColumn.moneyInCurrencyOf("Payments", CURRENCY),
                ReportColumn.moneyInCurrencyOf("Net", CURRENCY),
                ReportColumn.moneyInCurrencyOf("Projected balance", CURRENCY),
                ReportColumn.integer("Obligations"))
            .groupBy(CURRENCY)
            .totals("Receipts", "Payments", "Net", "Obligations");
    ReportSection.Builder movements =
        ReportSection.builder("Obligations")
            .columns(
                ReportColumn.text(CURRENCY),
                ReportColumn.text("Cash account"),
                ReportColumn.date("Date"),
                ReportColumn.text("Trade"),
                ReportColumn.text("Our reference"),
                ReportColumn.text("Counterparty"),
                ReportColumn.text("Instrument"),
                ReportColumn.date("Intended settlement date"),
                ReportColumn.text("Status"),
                ReportColumn.moneyInCurrencyOf("Amount", CURRENCY))
            .groupBy(CURRENCY)
            .totals("Amount");
    long count = 0;
    for (LadderAccount a : ladder.accounts()) {
      String currency = a.currency().code();
      String account = names.account(a.account());
      for (LadderDay d : a.days()) {
        days.row(
            ReportRow.of(
                currency,
                account,
                d.date(),
                d.opening(),
                d.receipts(),
                d.payments(),
                d.net(),
                d.projected(),
                (long) d.movements().size()));
        for (LadderMovement m : d.movements()) {
          Obligation o = m.obligation();
          movements.row(
              ReportRow.of(
                  currency,
                  account,
                  d.date(),
                  o.trade().display(),
                  o.reference(),
                  names.counterparty(o.counterparty()),
                  names.instrument(o.instrument()),
                  o.intendedDate(),
                  m.line().status().name(),
                  m.amount()));
          count++;
        }
      }
    }
    Report.Builder report =
        Report.builder(title())
            .subtitle(
                "The next " + CashLadder.DAYS + " business days per currency and cash account")
            .asOf(date)
            .runBy(context.actor().username(), context.runAt())
            .section(days.build())
            .section(movements.build())
            .note(
                "Opening is the settled balance at the close of "
                    + date
                    + "; each day adds the cash of the obligations still to settle on their"
                    + " intended date (one that has failed is expected on the first day; one due on"
                    + " a day the currency's calendar is closed, on the next business day)."
                    + " Projected balance is opening plus receipts less payments.");
    if (count == 0) {
      report.note("No obligation still to settle moves cash in these days.");
    }
    return report.build();
  }

  /** Codes for ids, read once per report. */
  record Names(
      Map<AccountId, Account> accounts,
      Map<CounterpartyId, Counterparty> counterparties,
      Map<InstrumentId, Instrument> instruments) {
    static Names of(SettlementReader settlement, ReferenceDataReader refdata) {
      return new Names(
          settlement.accounts().stream()
              .collect(Collectors.toMap(Account::id, Function.identity())),
          refdata.counterparties().stream()
              .collect(Collectors.toMap(Counterparty::id, Function.identity())),
          refdata.instruments().stream()
              .collect(Collectors.toMap(Instrument::id, Function.identity())));
    }

    String account(AccountId id) {
      Account a = id == null ? null : accounts.get(id);
      return a == null ? NO_ACCOUNT : a.code();
    }

    String counterparty(CounterpartyId id) {
      Counterparty c = id == null ? null : counterparties.get(id);
      return c == null ? "" : c.code();
    }

    String instrument(InstrumentId id) {
      Instrument i = instruments.get(id);
      return i == null ? "" : i.symbol();
    }
  }
}
