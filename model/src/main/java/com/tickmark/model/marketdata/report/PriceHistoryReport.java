package com.tickmark.model.marketdata.report;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.report.InstrumentParameter;
import com.tickmark.model.refdata.report.ReferenceDataReader;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportChart;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.report.catalog.ParameterValues;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.report.catalog.ReportParameterException;
import com.tickmark.model.report.catalog.ReportParameterSpec;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One instrument's closing prices over a period: date, close, volume and the change from the
 * previous close, with a line chart of the close. By default the last 250 business days (about a
 * year) of the instrument's market ending on the business date.
 */
public final class PriceHistoryReport implements ReportDefinition {
  public static final String NAME = "price-history";
  public static final String INSTRUMENT = "instrument";
  public static final String FROM = "from";
  public static final String TO = "to";

  /** Business days shown when no start is given. */
  public static final int DEFAULT_DAYS = 250;

  private static final int MIN_SCALE = 2;
  private static final int MAX_SCALE = 6;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "Price history";
  }

  @Override
  public String description() {
    return "One instrument's closing prices over a period, with the volume and the daily change,"
        + " and a chart of the close.";
  }

  @Override
  public List<ReportParameterSpec> parameters() {
    return List.of(
        InstrumentParameter.of(INSTRUMENT, "Instrument", "The symbol of the instrument.")
            .required(),
        ReportParameterSpec.date(FROM, "From", "The first day of the period.")
            .withDefaultDescribed(DEFAULT_DAYS + " business days before 'to'"),
        ReportParameterSpec.date(TO, "To", "The last day of the period.")
            .withDefault("the business date", context -> context.businessDate().toString()));
  }

  @Override
  public Report build(ParameterValues parameters, ReportContext context) {
    Instrument instrument = parameters.lookup(INSTRUMENT, Instrument.class).orElseThrow();
    LocalDate to = parameters.date(TO).orElseThrow();
    LocalDate from =
        parameters
            .date(FROM)
            .orElseGet(
                () ->
                    calendarOf(instrument, context).businessDaysEndingOn(to, DEFAULT_DAYS).get(0));
    if (from.isAfter(to)) {
      throw new ReportParameterException(
          FROM,
          "Parameter 'from' ("
              + from
              + ") is after 'to' ("
              + to
              + "); give a period that starts on or before its end.");
    }
    List<Price> prices = context.reader(PriceReader.class).prices(instrument.id(), from, to);
    BigDecimal previous =
        context
            .reader(PriceReader.class)
            .latestOnOrBefore(instrument.id(), from.minusDays(1))
            .map(Price::close)
            .orElse(null);

    int scale = MIN_SCALE;
    for (Price p : prices) {
      scale =
          Math.max(scale, Math.min(MAX_SCALE, Math.max(0, p.close().stripTrailingZeros().scale())));
    }
    ReportSection.Builder section =
        ReportSection.builder("Prices")
            .columns(
                ReportColumn.date("Date"),
                ReportColumn.money("Close", instrument.currency().code(), scale),
                ReportColumn.integer("Volume"),
                ReportColumn.percentage("Change"));
    List<String> dates = new ArrayList<>(prices.size());
    List<BigDecimal> closes = new ArrayList<>(prices.size());
    for (Price p : prices) {
      section.row(ReportRow.of(p.date(), p.close(), p.volume(), change(previous, p.close())));
      previous = p.close();
      dates.add(p.date().toString());
      closes.add(p.close());
    }

    String currency = instrument.currency().code();
    Report.Builder report =
        Report.builder(title())
            .subtitle(
                instrument.symbol()
                    + " \u00b7 "
                    + instrument.name()
                    + " \u00b7 closing prices in "
                    + currency)
            .parameter("Instrument", instrument.symbol())
            .period(from, to)
            .runBy(context.actor().username(), context.runAt())
            .section(section.build());
    if (prices.isEmpty()) {
      report.note(
          "No closing prices of "
              + instrument.symbol()
              + " are stored from "
              + from
              + " to "
              + to
              + ".");
    } else {
      report.note(
          "Change is the change from the previous stored close; the first row compares with the"
              + " last close before "
              + from
              + " when there is one.");
      report.chart(
          ReportChart.line(instrument.symbol() + " closing price")
              .categories(dates)
              .series("Close", closes)
              .valueAxisTitle(currency)
              .build());
    }
    return report.build();
  }

  /**
   * The change from {@code previous} to {@code close} as a fraction (0.0125 is 1.25%), or null
   * without a previous close.
   */
  static BigDecimal change(BigDecimal previous, BigDecimal close) {
    if (previous == null || previous.signum() == 0) {
      return null;
    }
    return close
        .subtract(previous)
        .divide(previous, MathContext.DECIMAL64)
        .setScale(6, RoundingMode.HALF_EVEN);
  }

  /**
   * The business days the instrument's market keeps: the first calendar of its settlement
   * convention (XNYS for a New York listing, TARGET for EUR/USD), or weekdays when the workspace
   * does not hold that calendar.
   */
  static HolidayCalendar calendarOf(Instrument instrument, ReportContext context) {
    String code = instrument.settlement().calendars().get(0);
    return context
        .reader(ReferenceDataReader.class)
        .calendar(code)
        .orElseGet(() -> new HolidayCalendar("WEEKDAYS", "Monday to Friday", List.of()));
  }
}
