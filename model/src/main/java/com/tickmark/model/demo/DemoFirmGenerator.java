package com.tickmark.model.demo;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.demo.DemoMarketSimulator.History;
import com.tickmark.model.demo.DemoMarketSimulator.StressPlan;
import com.tickmark.model.demo.DemoUniverse.Market;
import com.tickmark.model.refdata.SettlementDateCalculator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Makes a complete, realistic demo firm: a fictional algorithmic trading firm with its reference
 * data, two years of market data, an opening book and a few weeks of executions with their
 * settlement history. The same {@link DemoConfig} (seed included) always makes the same firm; no
 * wall clock and no hash ordering is involved. The default configuration takes well under a second.
 *
 * <h2>The firm</h2>
 *
 * <ul>
 *   <li><b>Larkspur Point Capital LP</b> (name in {@code
 *       src-assets/demo/demo-firm-names.properties}), base currency USD. Currencies USD, EUR, GBP
 *       (2 decimals) and, for reference only, CHF, JPY (0 decimals) and CAD.
 *   <li>Strategies and books (BookId 1..5): STATARB runs STATARB-US (USD, US equities) and
 *       STATARB-EU (EUR, UK and euro-area equities); MOMO runs MOMO-GLOBAL (USD, the most liquid 25
 *       US, 10 UK and 10 euro-area names plus the broad index ETFs); ETFMM runs ETFMM-US (USD, the
 *       ten ETFs); FXCARRY runs FX-G10 (USD, EUR/USD, GBP/USD, EUR/GBP spot).
 *   <li>Counterparties (CounterpartyId 1..9): brokers GSX, HMC (US), LWB (UK), MBW (DE), PVX (FR);
 *       custodians BTC (US) and ACS (UK, for UK and euro-area securities); banks FHB (US) and ALD
 *       (UK). Valid LEIs (ISO 7064 check digits) and BICs whose country letters match the country.
 *   <li>Instruments (InstrumentId in this order): 110 US equities (XNYS/XNAS, USD, T+1 XNYS, ISIN
 *       US + CUSIP), 45 UK (XLON, GBP, T+2 XLON, ISIN GB00 + SEDOL), 45 euro area (20 XETR DE, 15
 *       XPAR FR, 10 XAMS NL; EUR, T+2 TARGET), 10 US ETFs (sector "Index"), then FX spot EUR/USD
 *       (T+2 TARGET,USNY), GBP/USD (T+2 XLON,USNY) and EUR/GBP (T+2 TARGET,XLON).
 *   <li>Standing settlement instructions ({@link DemoSsis}): for every broker, one per equities
 *       market (US, GB, DE, FR, NL, each with its CSD; ETFs settle on the US one) and one per FX
 *       currency (USD, EUR, GBP), so that every trade finds its SSI.
 * </ul>
 *
 * <h2>Accounts, and which one a trade uses</h2>
 *
 * <ul>
 *   <li>One TRADING account per book ({@code TRD-<book>}, AccountId = BookId, 1..5).
 *   <li>Two CUSTODY accounts: {@code CUST-US} (id 6) at Beacon Trust holds every US equity and ETF;
 *       {@code CUST-UKEU} (id 7) at Albion Custody holds every UK and euro-area equity. A
 *       securities trade's {@code accountId}, and an opening position's custody account, is the
 *       custody account of the instrument's market.
 *   <li>Exactly one CASH account per currency: {@code CASH-USD} (id 8, US account number, at First
 *       Harborview), {@code CASH-EUR} (id 9, IBAN) and {@code CASH-GBP} (id 10, IBAN), both at
 *       Aldermoor Bank. <b>A trade's cash settles in the single cash account of the trade's
 *       currency</b> (for FX, the quote currency); the inbox writer maps currency to cash account.
 *   <li>An FX spot trade's {@code accountId} is the cash account of the pair's <em>base</em>
 *       currency (where the bought or sold base amount settles); its quote amount settles in the
 *       cash account of the trade currency, by the rule above.
 * </ul>
 *
 * <h2>Business days</h2>
 *
 * The firm works on every weekday on which at least one of its equity markets (XNYS, XLON, XETR) is
 * open ({@link #isBusinessDay}). Price history covers the last {@code historyDays} such days ending
 * on {@code asOf}, which must itself be one ({@link #businessDateOnOrBefore} finds one). An
 * instrument has a closing price only on its own market's business days (XNYS for US equities and
 * ETFs, XLON for UK, XETR for the euro area). FX rates (EUR/USD, GBP/USD, EUR/GBP as their cross,
 * and reference USD/CHF, USD/JPY, USD/CAD; 6 decimals) exist for every weekday of the history
 * except 1 January and 25 December. Trading covers the last {@code tradingDays} business days.
 *
 * <h2>Market data</h2>
 *
 * A correlated factor model (see {@link DemoMarketSimulator}) with regional market, sector and
 * idiosyncratic Student-t shocks, per-stock betas and annual volatilities of 15 to 50 % (ETFs
 * lower), clustered volatility, price levels of $5–$600, £0.5–£60, €5–€400, and daily volumes. One
 * stress episode: see {@link #stressWindow}.
 *
 * <h2>Executions</h2>
 *
 * Each trading day has exactly {@code tradesPerDay} executions, shared among the books whose
 * markets are open (34 % STATARB-US, 24 % STATARB-EU, 14 % MOMO-GLOBAL, 22 % ETFMM-US, 6 % FX-G10).
 * An algorithm works a parent order ({@code O-<strategy>-<yyyymmdd>-<nnnnn>}, numbered per strategy
 * and day in order of first fill) in 1–14 partial executions within the market's continuous session
 * (09:30–16:00 New York, 08:00–16:30 London, 09:00–17:30 Frankfurt, FX 00:00–21:00 UTC; DST
 * handled). Parent orders are $20k–$2M (at most 2 % of the stock's daily value traded, never below
 * $20k) in round lots; FX orders are 1 to 20 million of the base currency, filled in whole
 * millions. Sides revert towards each book's target position. Prices follow a Brownian bridge from
 * the previous close to the day's close, plus half the spread against the algorithm, rounded to the
 * tick (USD 0.01; GBP 0.0001/0.0005/0.001; EUR 0.001/0.005/0.01 by price band; FX 0.00001). Gross =
 * quantity × price, 2 decimals HALF_EVEN; commission = the broker's basis points of gross with a
 * per-execution minimum, HALF_EVEN (none on FX); fees, HALF_UP: 0.5 % stamp duty on UK buys, 0.4 %
 * FTT on French buys, an illustrative 0.00278 % regulatory fee on US sells (at least one cent).
 * Exec ids {@code E<yyyymmdd>-<nnnnnn>} and broker references {@code <broker>-<yyyymmdd><nnnnn>};
 * trade ids run from 1 in execution-time order; source FIX; settlement date from {@link
 * SettlementDateCalculator} with the instrument's convention in force on the trade date; the
 * version is the number of lifecycle steps that led to its status ({@link DemoLifecycle}: NEW is
 * version 1, a trade that failed and then settled late is version 5).
 *
 * <h2>Settlement outcomes and statuses</h2>
 *
 * Every execution whose intended settlement date is on or before {@code asOf} gets a {@link
 * SettlementOutcome}, drawn independently per execution: with probability {@code lateSettlement} it
 * settles 1–3 business days late (days open on all the convention's calendars) — or, if that would
 * be after {@code asOf}, it is still failing; with probability {@code failedSettlement} it is still
 * failing on {@code asOf} ({@code actualDate} null); otherwise it settles on its intended date.
 * Late and failing executions carry an MT548 reason (LACK, CMIS or MONY; FX only CMIS or MONY). The
 * status is the one the back office has at the <em>start</em> of {@code asOf}:
 *
 * <ul>
 *   <li>intended date before {@code asOf}: SETTLED if it actually settled before {@code asOf},
 *       otherwise FAILED (still failing, or settling late on {@code asOf} itself);
 *   <li>intended date equal to {@code asOf}: AFFIRMED (its outcome says whether it will settle
 *       today);
 *   <li>intended date after {@code asOf}: traded before {@code asOf} → AFFIRMED (95 %) or
 *       CONFIRMED; traded on {@code asOf} → NEW (70 %) or CONFIRMED.
 * </ul>
 *
 * <h2>Opening book</h2>
 *
 * At the close of the business day before the first trading day: one position per equity book and
 * instrument it trades (stat-arb 55 % long / 45 % short, $150k–$3M; momentum 80 % long, $0.5M–$5M;
 * ETF market making ±$50k–$1.5M of inventory), held in the custody account of its market; no FX
 * positions (FX exposure lives in the cash balances); and one opening balance per cash account
 * (about USD 85M, EUR 30M, GBP 22M).
 *
 * <p>A generator holds only immutable state: one instance may serve several threads at once.
 */
public final class DemoFirmGenerator {
  /** The holiday calendars a generator needs. */
  public static final List<String> REQUIRED_CALENDARS =
      List.of("XNYS", "XLON", "XETR", "TARGET", "USNY");

  private final Map<String, HolidayCalendar> calendars;
  private final HolidayCalendar xnys;
  private final HolidayCalendar xlon;
  private final HolidayCalendar xetr;
  private final SettlementDateCalculator calculator;
  private final DemoFirmNames names;

  /**
   * A stress episode in the price history.
   *
   * @param start the first business day of the sell-off
   * @param end its last business day, the trough: the US market factor's move from the close before
   *     {@code start} to the close on {@code end} is {@code marketDrawdown}
   * @param recoveryEnd the last business day of the partial recovery that follows
   * @param marketDrawdown the US market factor's simple return over the sell-off, e.g. -0.19 (UK
   *     about 0.9 times as much in log terms, euro area 1.05 times); individual stocks move by
   *     their betas, sectors and noise
   */
  public record StressWindow(
      LocalDate start, LocalDate end, LocalDate recoveryEnd, double marketDrawdown) {}

  public DemoFirmGenerator(Map<String, HolidayCalendar> calendars) {
    Objects.requireNonNull(calendars, "calendars");
    TreeSet<String> missing = new TreeSet<>(REQUIRED_CALENDARS);
    missing.removeAll(calendars.keySet());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "The demo firm needs the holiday calendars "
              + REQUIRED_CALENDARS
              + "; missing: "
              + missing);
    }
    this.calendars = Collections.unmodifiableMap(new TreeMap<>(calendars));
    this.xnys = calendars.get("XNYS");
    this.xlon = calendars.get("XLON");
    this.xetr = calendars.get("XETR");
    this.calculator = new SettlementDateCalculator(calendars);
    this.names = DemoFirmNames.load();
  }

  public DemoFirm generate(DemoConfig config) {
    return generate(config, fraction -> {}, () -> false);
  }

  /**
   * Generates the firm, reporting progress as a fraction from 0 to 1 and checking between phases
   * and trading days whether to stop.
   *
   * @throws CancellationException when {@code cancelled} answers true
   * @throws IllegalArgumentException when {@code config.asOf()} is not a firm business day
   */
  public DemoFirm generate(DemoConfig config, DoubleConsumer progress, BooleanSupplier cancelled) {
    Objects.requireNonNull(config, "config");
    DemoProgress steps = new DemoProgress(progress, cancelled);
    steps.at(0);
    List<LocalDate> days = historyDays(config);
    DemoUniverse universe = DemoUniverse.build(config.seed(), calendars, names);
    steps.at(0.03);

    StressPlan plan = StressPlan.of(config.seed(), days.size());
    History history =
        DemoMarketSimulator.simulate(
            universe, days, openDays(days), config.seed(), plan, steps, 0.03, 0.35);

    int firstTradingDay = days.size() - config.tradingDays();
    LocalDate openingDate =
        firstTradingDay > 0 ? days.get(firstTradingDay - 1) : previousBusinessDay(days.get(0));
    DemoTradeSimulator.Result book =
        DemoTradeSimulator.simulate(
            universe, history, config, calculator, openingDate, steps, 0.35, 1.0);
    List<LocalDate> tradingDays = List.copyOf(days.subList(firstTradingDay, days.size()));
    DemoFirm firm =
        new DemoFirm(
            config,
            universe.referenceData,
            List.copyOf(history.prices),
            List.copyOf(history.fxRates),
            List.copyOf(book.openingPositions),
            List.copyOf(book.openingCash),
            tradingDays,
            List.copyOf(book.trades),
            List.copyOf(book.outcomes));
    steps.at(1);
    return firm;
  }

  /** Where the stress episode of {@code config}'s price history is. */
  public StressWindow stressWindow(DemoConfig config) {
    List<LocalDate> days = historyDays(config);
    StressPlan plan = StressPlan.of(config.seed(), days.size());
    return new StressWindow(
        days.get(plan.start()),
        days.get(plan.end()),
        days.get(plan.end() + plan.recovery()),
        plan.drawdown());
  }

  /** Is {@code date} a firm business day: a weekday on which XNYS, XLON or XETR is open? */
  public boolean isBusinessDay(LocalDate date) {
    return xnys.isBusinessDay(date) || xlon.isBusinessDay(date) || xetr.isBusinessDay(date);
  }

  /** The latest firm business day on or before {@code date}: a valid {@code asOf}. */
  public LocalDate businessDateOnOrBefore(LocalDate date) {
    LocalDate d = date;
    while (!isBusinessDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  private LocalDate previousBusinessDay(LocalDate date) {
    return businessDateOnOrBefore(date.minusDays(1));
  }

  /** The {@code historyDays} firm business days ending on {@code asOf}, oldest first. */
  private List<LocalDate> historyDays(DemoConfig config) {
    LocalDate asOf = config.asOf();
    if (!isBusinessDay(asOf)) {
      throw new IllegalArgumentException(
          "The demo firm's business date must be a day when XNYS, XLON or XETR is open; "
              + asOf
              + " ("
              + asOf.getDayOfWeek()
              + ") is not. The latest such day before it is "
              + businessDateOnOrBefore(asOf)
              + ".");
    }
    List<LocalDate> days = new ArrayList<>(config.historyDays());
    LocalDate d = asOf;
    while (days.size() < config.historyDays()) {
      days.add(d);
      d = previousBusinessDay(d);
    }
    Collections.reverse(days);
    return days;
  }

  /** [market][day]: which markets are open on each history day. */
  private boolean[][] openDays(List<LocalDate> days) {
    boolean[][] open = new boolean[Market.values().length][days.size()];
    for (int t = 0; t < days.size(); t++) {
      LocalDate d = days.get(t);
      open[Market.US.ordinal()][t] = xnys.isBusinessDay(d);
      open[Market.UK.ordinal()][t] = xlon.isBusinessDay(d);
      open[Market.EU.ordinal()][t] = xetr.isBusinessDay(d);
      open[Market.FX.ordinal()][t] = DemoMarketSimulator.isFxDay(d);
    }
    return open;
  }
}
