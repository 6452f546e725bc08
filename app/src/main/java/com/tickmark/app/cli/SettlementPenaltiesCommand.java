package com.tickmark.app.cli;

import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.security.Actor;
import com.tickmark.model.settlement.penalty.Penalty;
import com.tickmark.model.settlement.penalty.PenaltyRun;
import com.tickmark.model.settlement.penalty.PenaltyTotals;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark settlement penalties [--date D | --month YYYY-MM] [--by day|counterparty]}. */
@Command(
    name = "penalties",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the CSDR cash penalties of the settlement fails in EU CSDs (the place of settlement of"
          + " the trade's SSI): for each business day an instruction fails on or after its"
          + " intended date, failing quantity x that day's closing price x the rate of the"
          + " instrument's class (liquid shares 1.0 bp, illiquid 0.5 bp, other instruments"
          + " 0.5 bp), or for a lack of cash (MONY) the ECB's marginal lending rate / 365; each"
          + " day rounded to the currency's minor units.",
      "Direction PAY when we failed (we lacked the securities to deliver or the cash to pay),"
          + " RECEIVE when the counterparty failed us.",
      "Days after the business date are not charged. Without --date or --month: the month to"
          + " the business date. --by counterparty adds them"
          + " up per month, counterparty and currency (net = received - paid)."
    })
public final class SettlementPenaltiesCommand implements Callable<Integer> {
  /** The columns first (a contract), then the rest. */
  static final List<String> DAY_COLUMNS =
      List.of(
          "trade_id",
          "our_reference",
          "counterparty",
          "date",
          "instrument",
          "isin",
          "failing_quantity",
          "reference_price",
          "rate",
          "penalty",
          "currency",
          "direction",
          "rate_basis",
          "reason");

  static final List<String> COUNTERPARTY_COLUMNS =
      List.of("month", "counterparty", "currency", "fails", "fail_days", "paid", "received", "net");

  /** What one row is. */
  enum By {
    day,
    counterparty
  }

  @ParentCommand SettlementCommand parent;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Only the penalties of this business day.")
  LocalDate date;

  @Option(
      names = "--month",
      paramLabel = "YYYY-MM",
      description = "The penalties of the business days of this month.")
  YearMonth month;

  @Option(
      names = "--by",
      paramLabel = "BY",
      defaultValue = "day",
      description =
          "day (a row per fail per day) or counterparty (per month, counterparty and currency);"
              + " default: ${DEFAULT-VALUE}.")
  By by;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table or csv (default: ${DEFAULT-VALUE}).")
  ListOutput.Format format;

  @Override
  public Integer call() {
    TickmarkCommand root = parent.root;
    if (date != null && month != null) {
      root.err.println("tickmark: give --date or --month, not both.");
      return TickmarkCommand.USER_ERROR;
    }
    try (Session session = Session.openToRead(root)) {
      Actor actor = session.signIn();
      LocalDate from;
      LocalDate to;
      if (date != null) {
        from = date;
        to = date;
      } else if (month != null) {
        from = month.atDay(1);
        to = month.atEndOfMonth();
      } else {
        to = session.services().businessDate().businessDate();
        from = to.withDayOfMonth(1);
      }
      PenaltyRun run =
          session.services().area(SettlementServices.class).penalties().between(actor, from, to);
      ReferenceNames names = new ReferenceNames(actor, session.services().referenceData());
      List<List<String>> rows = new ArrayList<>();
      if (by == By.counterparty) {
        for (PenaltyTotals t : PenaltyTotals.byCounterparty(run.penalties())) {
          rows.add(
              List.of(
                  t.month().toString(),
                  names.counterparty(t.counterparty()),
                  t.currency().code(),
                  Integer.toString(t.fails()),
                  Integer.toString(t.days()),
                  names.money(t.paid(), t.currency()),
                  names.money(t.received(), t.currency()),
                  names.money(t.net(), t.currency())));
        }
        ListOutput.print(root.out, format, COUNTERPARTY_COLUMNS, rows);
      } else {
        for (Penalty p : run.penalties()) {
          Instrument i = names.instruments.get(p.instrument());
          rows.add(
              List.of(
                  p.trade().display(),
                  p.reference(),
                  names.counterparty(p.counterparty()),
                  p.date().toString(),
                  i == null ? "" : i.symbol(),
                  p.isin() == null ? "" : p.isin().toString(),
                  ReferenceNames.quantity(p.failingQuantity()),
                  p.referencePrice().stripTrailingZeros().toPlainString(),
                  p.rate().toPlainString(),
                  names.money(p.amount(), p.currency()),
                  p.currency().code(),
                  p.direction().name(),
                  p.basis(),
                  p.reason()));
        }
        ListOutput.print(root.out, format, DAY_COLUMNS, rows);
      }
      run.problems().forEach(p -> root.err.println("tickmark: not charged: " + p + "."));
    }
    return TickmarkCommand.OK;
  }
}
