package com.tickmark.model.settlement.penalty;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.settlement.status.SettledPart;
import com.tickmark.model.settlement.status.SettlementFail;
import com.tickmark.model.trade.ReferencePrices;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * CSDR cash penalties (Regulation (EU) 909/2014 article 7, Delegated Regulation 2017/389): for an
 * instruction settling in a CSD of the European Union, every business day it fails on or after its
 * intended settlement date is charged failing quantity × that day's reference price × the daily
 * rate.
 *
 * <ul>
 *   <li>Days: the business days of the place of settlement's calendars (the instrument's settlement
 *       convention) from the intended date up to the day before the last part settled, while an
 *       open fail runs to the date asked about. A fail resolved N business days late is charged N
 *       days; a day whose end leaves nothing failing is not charged.
 *   <li>Failing quantity: the trade's quantity less the parts settled by the end of that day.
 *   <li>Reference price: that day's close (the latest earlier close when the day has none).
 *   <li>Rate: lack of cash (reason MONY) at the central bank's overnight credit rate, floored at
 *       zero, as a daily rate (the annual rate ÷ 365); anything else at the rate of the
 *       instrument's {@link PenaltyClass}.
 *   <li>Direction: LACK (lack of securities) is the deliverer's fail, MONY (lack of cash) the
 *       buyer's: we PAY when that is us (we sell and lack securities, or buy and lack cash) and
 *       RECEIVE otherwise. Every other reason code (CMIS counterparty instruction missing, …) is
 *       the counterparty's fail: we RECEIVE. A late settlement with no reason reported is read as a
 *       lack of securities of the deliverer.
 *   <li>Rounding: each daily amount is rounded half-up to the currency's minor units (2 decimals
 *       when the currency is not in reference data); monthly totals add the rounded daily amounts,
 *       as the CSDs' daily reports do.
 * </ul>
 */
public final class PenaltyCalculator {
  public static final String LACK_OF_SECURITIES = "LACK";
  public static final String LACK_OF_CASH = "MONY";
  public static final String CASH_BASIS = "lack of cash";
  private static final BigDecimal DAYS_PER_YEAR_PERCENT = new BigDecimal("36500");
  private static final int RATE_SCALE = 12;

  private final Map<InstrumentId, Instrument> instruments;
  private final Map<String, HolidayCalendar> calendars;
  private final ReferencePrices prices;
  private final PenaltyClassifier classes;
  private final CashRates cashRates;
  private final Function<CurrencyCode, Integer> minorUnits;
  private final Predicate<Trade> settlesInEuCsd;

  /**
   * @param settlesInEuCsd whether a trade's place of settlement (the CSD of its SSI) is in the
   *     European Union
   */
  public PenaltyCalculator(
      Map<InstrumentId, Instrument> instruments,
      Map<String, HolidayCalendar> calendars,
      ReferencePrices prices,
      PenaltyClassifier classes,
      CashRates cashRates,
      Function<CurrencyCode, Integer> minorUnits,
      Predicate<Trade> settlesInEuCsd) {
    this.instruments = Map.copyOf(instruments);
    this.calendars = Map.copyOf(calendars);
    this.prices = prices;
    this.classes = classes;
    this.cashRates = cashRates;
    this.minorUnits = minorUnits;
    this.settlesInEuCsd = settlesInEuCsd;
  }

  /**
   * The penalties of {@code fail} for the days from {@code from} to {@code to} inclusive; what
   * could not be charged is added to {@code problems}.
   *
   * @param parts the trade's settled parts (any order)
   */
  public List<Penalty> penalties(
      SettlementFail fail,
      List<SettledPart> parts,
      LocalDate from,
      LocalDate to,
      List<String> problems) {
    Trade trade = fail.trade();
    Instrument instrument = instruments.get(trade.instrumentId());
    if (instrument == null || instrument.isFx() || !settlesInEuCsd.test(trade)) {
      return List.of();
    }
    List<HolidayCalendar> days =
        instrument.settlement().calendars().stream()
            .map(
                code -> {
                  HolidayCalendar c = calendars.get(code);
                  if (c == null) {
                    throw new IllegalArgumentException(
                        "No holiday calendar '" + code + "' in this workspace");
                  }
                  return c;
                })
            .toList();
    String reason = fail.reason() == null ? "" : fail.reason().trim();
    boolean cash = LACK_OF_CASH.equals(reason);
    PenaltyDirection direction = direction(trade.side(), reason);
    LocalDate first = fail.intendedDate().isAfter(from) ? fail.intendedDate() : from;
    List<Penalty> out = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(to); d = d.plusDays(1)) {
      if (!businessDayOnAll(days, d)) {
        continue;
      }
      BigDecimal failing = trade.quantity().subtract(settledBy(parts, d));
      if (failing.signum() <= 0) {
        break;
      }
      Optional<BigDecimal> price = prices.closeOnOrBefore(instrument.id(), d);
      if (price.isEmpty()) {
        problems.add(
            trade.id().display() + " on " + d + ": no closing price of " + instrument.symbol());
        continue;
      }
      BigDecimal value = failing.multiply(price.get());
      BigDecimal rate;
      BigDecimal amount;
      String basis;
      if (cash) {
        Optional<BigDecimal> annual = cashRates.annualPercent(trade.currency(), d);
        if (annual.isEmpty()) {
          problems.add(
              trade.id().display()
                  + " on "
                  + d
                  + ": no central bank rate for "
                  + trade.currency()
                  + " (lack of cash)");
          continue;
        }
        BigDecimal percent = annual.get().max(BigDecimal.ZERO); // floored at zero
        rate = percent.divide(DAYS_PER_YEAR_PERCENT, RATE_SCALE, RoundingMode.HALF_UP);
        amount = value.multiply(percent).divide(DAYS_PER_YEAR_PERCENT, 20, RoundingMode.HALF_UP);
        basis = CASH_BASIS;
      } else {
        PenaltyClass c = classes.classify(instrument, d);
        rate = c.dailyRate();
        amount = value.multiply(rate);
        basis = c.label();
      }
      out.add(
          new Penalty(
              trade.id(),
              trade.execId(),
              trade.counterpartyId(),
              d,
              instrument.id(),
              instrument.isin(),
              failing,
              price.get(),
              rate.stripTrailingZeros(),
              basis,
              amount.setScale(minorUnits.apply(trade.currency()), RoundingMode.HALF_UP),
              trade.currency(),
              direction,
              reason));
    }
    return out;
  }

  /** Who failed, from our side and the reason code (see the class comment). */
  public static PenaltyDirection direction(Side side, String reason) {
    boolean weDeliver = side != Side.BUY;
    return switch (reason == null ? "" : reason.trim()) {
      case LACK_OF_SECURITIES, "" -> weDeliver ? PenaltyDirection.PAY : PenaltyDirection.RECEIVE;
      case LACK_OF_CASH -> weDeliver ? PenaltyDirection.RECEIVE : PenaltyDirection.PAY;
      default -> PenaltyDirection.RECEIVE;
    };
  }

  private static BigDecimal settledBy(List<SettledPart> parts, LocalDate day) {
    BigDecimal settled = BigDecimal.ZERO;
    for (SettledPart p : parts) {
      if (!p.settledOn().isAfter(day)) {
        settled = settled.add(p.quantity());
      }
    }
    return settled;
  }

  private static boolean businessDayOnAll(List<HolidayCalendar> calendars, LocalDate date) {
    for (HolidayCalendar c : calendars) {
      if (!c.isBusinessDay(date)) {
        return false;
      }
    }
    return true;
  }
}
