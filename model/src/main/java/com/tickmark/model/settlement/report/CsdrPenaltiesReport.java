package com.tickmark.model.settlement.report;

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
import com.tickmark.model.settlement.penalty.BookedPenalty;
import com.tickmark.model.settlement.penalty.Penalty;
import com.tickmark.model.settlement.penalty.PenaltyBooking;
import com.tickmark.model.settlement.penalty.PenaltyBookingService;
import com.tickmark.model.settlement.penalty.PenaltyDirection;
import com.tickmark.model.settlement.penalty.PenaltyReader;
import com.tickmark.model.settlement.penalty.PenaltyTotals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The month's CSDR cash penalties: per counterparty and currency what the firm pays, receives and
 * the net (CSDs net penalties monthly), then every fail day behind them.
 */
public final class CsdrPenaltiesReport implements ReportDefinition {
  public static final String NAME = "csdr-penalties";
  public static final String DATE = "date";

  static final String CURRENCY = "Currency";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "CSDR penalties by month";
  }

  @Override
  public String description() {
    return "The CSDR cash penalties of the month's settlement fails in EU CSDs: per counterparty"
        + " what the firm pays and receives and the net, with each fail day behind them.";
  }

  @Override
  public List<ReportParameterSpec> parameters() {
    return List.of(
        ReportParameterSpec.date(DATE, "Month of", "Any day of the month to report.")
            .withDefault("the business date", context -> context.businessDate().toString()));
  }

  @Override
  public Report build(ParameterValues parameters, ReportContext context) {
    LocalDate date = parameters.date(DATE).orElseThrow();
    YearMonth month = YearMonth.from(date);
    PenaltyBookingService.Book book = context.reader(PenaltyReader.class).month(month);
    List<Penalty> charged = book.penalties().stream().map(BookedPenalty::penalty).toList();
    ReferenceDataReader refdata = context.reader(ReferenceDataReader.class);
    Map<CounterpartyId, Counterparty> counterparties =
        refdata.counterparties().stream()
            .collect(Collectors.toMap(Counterparty::id, Function.identity()));
    Map<InstrumentId, Instrument> instruments =
        refdata.instruments().stream()
            .collect(Collectors.toMap(Instrument::id, Function.identity()));
    Function<CounterpartyId, String> counterparty =
        id -> {
          Counterparty c = id == null ? null : counterparties.get(id);
          return c == null ? "" : c.code();
        };

    ReportSection.Builder summary =
        ReportSection.builder("By counterparty")
            .columns(
                ReportColumn.text(CURRENCY),
                ReportColumn.text("Counterparty"),
                ReportColumn.integer("Fails"),
                ReportColumn.integer("Fail days"),
                ReportColumn.moneyInCurrencyOf("Paid", CURRENCY),
                ReportColumn.moneyInCurrencyOf("Received", CURRENCY),
                ReportColumn.moneyInCurrencyOf("Net", CURRENCY))
            .groupBy(CURRENCY)
            .totals("Fails", "Fail days", "Paid", "Received", "Net");
    for (PenaltyTotals t : PenaltyTotals.byCounterparty(charged)) {
      summary.row(
          ReportRow.of(
              t.currency().code(),
              counterparty.apply(t.counterparty()),
              (long) t.fails(),
              (long) t.days(),
              t.paid(),
              t.received(),
              t.net()));
    }
    ReportSection.Builder days =
        ReportSection.builder("Fail days")
            .columns(
                ReportColumn.text(CURRENCY),
                ReportColumn.date("Date"),
                ReportColumn.text("Trade"),
                ReportColumn.text("Our reference"),
                ReportColumn.text("Counterparty"),
                ReportColumn.text("Instrument"),
                ReportColumn.text("Reason"),
                ReportColumn.decimal("Failing quantity", 0),
                ReportColumn.decimal("Reference price", 4),
                ReportColumn.text("Rate basis"),
                ReportColumn.text("Direction"),
                ReportColumn.moneyInCurrencyOf("Penalty", CURRENCY),
                ReportColumn.text("Booked"),
                ReportColumn.moneyInCurrencyOf("Changed since booked", CURRENCY))
            .groupBy(CURRENCY)
            .totals("Penalty", "Changed since booked");
    for (BookedPenalty b :
        book.penalties().stream()
            .sorted(
                java.util.Comparator.comparing((BookedPenalty b) -> b.penalty().currency().code())
                    .thenComparing(b -> b.penalty().date())
                    .thenComparing(b -> b.penalty().trade().value()))
            .toList()) {
      Penalty p = b.penalty();
      Instrument i = instruments.get(p.instrument());
      days.row(
          ReportRow.of(
              p.currency().code(),
              p.date(),
              p.trade().display(),
              p.reference(),
              counterparty.apply(p.counterparty()),
              i == null ? "" : i.symbol(),
              p.reason(),
              p.failingQuantity(),
              p.referencePrice(),
              p.basis(),
              p.direction() == PenaltyDirection.PAY ? "we pay" : "we receive",
              p.signedAmount(),
              b.booking().map(CsdrPenaltiesReport::booked).orElse(""),
              b.booked() ? signed(p.direction(), b.difference()) : null));
    }
    Report.Builder report =
        Report.builder(title())
            .subtitle("Settlement fails in EU CSDs, " + month)
            .asOf(month.atEndOfMonth())
            .runBy(context.actor().username(), context.runAt())
            .section(summary.build())
            .section(days.build())
            .note(
                "Each business day an instruction fails is charged failing quantity × that day's"
                    + " closing price × the rate of the instrument's class (liquid shares 1.0 bp,"
                    + " illiquid 0.5 bp, other instruments 0.5 bp), or for a lack of cash the"
                    + " central bank's overnight credit rate ÷ 365; each day rounded to the"
                    + " currency's minor units. Net is received less paid.");
    for (String problem : book.problems()) {
      report.note("Not charged: " + problem + ".");
    }
    for (PenaltyBooking w : book.withdrawn()) {
      report.note(
          "Booked but no longer charged: "
              + w.key().trade().display()
              + " on "
              + w.key().date()
              + ", "
              + w.amount().toPlainString()
              + " "
              + w.currency().code()
              + " booked by "
              + w.bookedBy()
              + ".");
    }
    if (charged.isEmpty()) {
      report.note("No penalty accrued in " + month + ".");
    }
    return report.build();
  }

  /** Who booked a penalty and on which day (UTC): {@code accountant 2026-12-01}. */
  private static String booked(PenaltyBooking booking) {
    return booking.bookedBy() + " " + LocalDate.ofInstant(booking.bookedAt(), ZoneOffset.UTC);
  }

  /**
   * A difference from the firm's side, as the penalty column shows amounts: negative when we pay.
   */
  private static BigDecimal signed(PenaltyDirection direction, BigDecimal difference) {
    return direction == PenaltyDirection.PAY ? difference.negate() : difference;
  }
}
