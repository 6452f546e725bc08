package com.tickmark.model.demo;

import com.tickmark.model.demo.DemoMarketSimulator.History;
import com.tickmark.model.demo.DemoUniverse.BrokerTerms;
import com.tickmark.model.demo.DemoUniverse.Listing;
import com.tickmark.model.demo.DemoUniverse.Market;
import com.tickmark.model.money.Money;
import com.tickmark.model.position.OpeningCash;
import com.tickmark.model.position.OpeningPosition;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.SettlementConvention;
import com.tickmark.model.refdata.SettlementDateCalculator;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeSource;
import com.tickmark.model.trade.TradeStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Simulates the demo firm's opening book and its algorithms' executions, then how those executions
 * settle. The rules are documented on {@link DemoFirmGenerator}.
 */
final class DemoTradeSimulator {
  /**
   * Share of each day's executions per book (STATARB-US, STATARB-EU, MOMO-GLOBAL, ETFMM-US,
   * FX-G10).
   */
  private static final double[] BOOK_SHARE = {0.34, 0.24, 0.14, 0.22, 0.06};

  /** Parent order size in US dollars (equity books). */
  private static final double[] ORDER_USD_MIN = {40_000, 40_000, 250_000, 20_000, 0};

  private static final double[] ORDER_USD_MAX = {800_000, 800_000, 1_900_000, 250_000, 0};

  /** Smallest parent order, in US dollars, whatever the liquidity. */
  static final double MIN_ORDER_USD = 20_000;

  /** A parent order takes at most this share of a day's average traded value. */
  private static final double MAX_SHARE_OF_ADV = 0.02;

  private static final int[] FILLS_MIN = {2, 2, 4, 1, 1};
  private static final int[] FILLS_MAX = {8, 8, 14, 3, 3};
  private static final double[] DURATION_MIN_MINUTES = {5, 5, 60, 0.2, 0.5};
  private static final double[] DURATION_MAX_MINUTES = {90, 90, 300, 10, 20};

  /** Opening position size in US dollars and the chance it is long (equity books). */
  private static final double[] OPENING_USD_MIN = {150_000, 150_000, 500_000, 50_000, 0};

  private static final double[] OPENING_USD_MAX = {3_000_000, 3_000_000, 5_000_000, 1_500_000, 0};
  private static final double[] OPENING_LONG_CHANCE = {0.55, 0.55, 0.8, 0.5, 0};
  private static final long FX_LOT = 1_000_000;

  static final BigDecimal UK_STAMP_DUTY = new BigDecimal("0.005");
  static final BigDecimal FRENCH_FTT = new BigDecimal("0.004");

  /** Illustrative US regulatory fee on sales (SEC section 31 style), as a fraction of the gross. */
  static final BigDecimal US_SELL_FEE = new BigDecimal("0.0000278");

  private static final BigDecimal ZERO_2DP = BigDecimal.ZERO.setScale(2);
  private static final BigDecimal ONE_CENT = new BigDecimal("0.01");
  private static final int BRIDGE_STEPS = 48;

  static final class Result {
    final List<OpeningPosition> openingPositions;
    final List<OpeningCash> openingCash;
    final List<Trade> trades;
    final List<SettlementOutcome> outcomes;

    Result(
        List<OpeningPosition> openingPositions,
        List<OpeningCash> openingCash,
        List<Trade> trades,
        List<SettlementOutcome> outcomes) {
      this.openingPositions = openingPositions;
      this.openingCash = openingCash;
      this.trades = trades;
      this.outcomes = outcomes;
    }
  }

  /** A parent order an algorithm works. */
  private static final class Order {
    final int strategy;
    String orderId;

    Order(int strategy) {
      this.strategy = strategy;
    }
  }

  /** One execution, before it gets its ids and status. */
  private static final class Fill {
    final Listing listing;
    final Book book;
    final Order order;
    final Side side;
    final BigDecimal quantity;
    final BigDecimal price;
    final BigDecimal gross;
    final BigDecimal commission;
    final BigDecimal fees;
    final LocalDate tradeDate;
    final long epochMilli;
    final int sequence;
    final LocalDate settlementDate;
    final BrokerTerms broker;
    final AccountId account;
    long tradeId;
    String execId;
    String brokerRef;

    Fill(
        Listing listing,
        Book book,
        Order order,
        Side side,
        BigDecimal quantity,
        BigDecimal price,
        BigDecimal gross,
        BigDecimal commission,
        BigDecimal fees,
        LocalDate tradeDate,
        long epochMilli,
        int sequence,
        LocalDate settlementDate,
        BrokerTerms broker,
        AccountId account) {
      this.listing = listing;
      this.book = book;
      this.order = order;
      this.side = side;
      this.quantity = quantity;
      this.price = price;
      this.gross = gross;
      this.commission = commission;
      this.fees = fees;
      this.tradeDate = tradeDate;
      this.epochMilli = epochMilli;
      this.sequence = sequence;
      this.settlementDate = settlementDate;
      this.broker = broker;
      this.account = account;
    }
  }

  private final DemoUniverse universe;
  private final History history;
  private final DemoConfig config;
  private final SettlementDateCalculator calculator;
  private final DemoRandom rnd;
  private final List<String> strategyCodes;
  private final int[] strategyOfBook;
  private final Map<CurrencyCode, Currency> currencies = new HashMap<>();

  /** [book][listing]: current and target position (shares, or base-currency amount for FX). */
  private final double[][] position;

  private final double[][] target;

  /** [market][day]: the index of the market's previous open day, or -1. */
  private final int[][] previousOpen;

  private DemoTradeSimulator(
      DemoUniverse universe,
      History history,
      DemoConfig config,
      SettlementDateCalculator calculator) {
    this.universe = universe;
    this.history = history;
    this.config = config;
    this.calculator = calculator;
    this.rnd = DemoRandom.stream(config.seed(), 6);
    this.strategyCodes = universe.referenceData.strategies().stream().map(s -> s.code()).toList();
    universe.referenceData.currencies().forEach(c -> currencies.put(c.code(), c));
    List<Book> books = universe.books();
    this.strategyOfBook = new int[books.size()];
    for (int b = 0; b < books.size(); b++) {
      strategyOfBook[b] = strategyCodes.indexOf(books.get(b).strategyCode());
    }
    int listings = universe.listings.size();
    this.position = new double[books.size()][listings];
    this.target = new double[books.size()][listings];
    int n = history.days.size();
    this.previousOpen = new int[Market.values().length][n];
    for (int m = 0; m < previousOpen.length; m++) {
      int last = -1;
      for (int t = 0; t < n; t++) {
        previousOpen[m][t] = last;
        if (history.open[m][t]) {
          last = t;
        }
      }
    }
  }

  static Result simulate(
      DemoUniverse universe,
      History history,
      DemoConfig config,
      SettlementDateCalculator calculator,
      LocalDate openingDate,
      DemoProgress progress,
      double from,
      double to) {
    return new DemoTradeSimulator(universe, history, config, calculator)
        .run(openingDate, progress, from, to);
  }

  private Result run(LocalDate openingDate, DemoProgress progress, double from, double to) {
    int n = history.days.size();
    int firstTradingDay = n - config.tradingDays();
    List<OpeningPosition> openingPositions = openBook(openingDate, firstTradingDay);
    List<OpeningCash> openingCash = openCash(openingDate);

    List<Fill> fills = new ArrayList<>(config.tradingDays() * config.tradesPerDay());
    long[] nextTradeId = {1};
    double span = (to - from) * 0.85;
    for (int t = firstTradingDay; t < n; t++) {
      progress.at(from + span * (t - firstTradingDay) / config.tradingDays());
      fills.addAll(tradeDay(t, nextTradeId));
    }
    progress.at(from + span);
    List<SettlementOutcome> outcomes = new ArrayList<>();
    List<Trade> trades = settle(fills, outcomes);
    progress.at(to);
    return new Result(openingPositions, openingCash, trades, outcomes);
  }

  // ---------------------------------------------------------------------------------------------
  // Opening book

  private List<OpeningPosition> openBook(LocalDate openingDate, int firstTradingDay) {
    List<OpeningPosition> positions = new ArrayList<>();
    List<Book> books = universe.books();
    for (int b = 0; b < books.size(); b++) {
      for (int i : universe.universeByBook[b]) {
        Listing l = universe.listings.get(i);
        if (l.isFx()) {
          continue; // FX positions are currency balances, carried by the cash accounts
        }
        double price = Math.exp(history.logClose[i][firstTradingDay]);
        double notional =
            rnd.logUniform(OPENING_USD_MIN[b], OPENING_USD_MAX[b])
                / usdPerUnit(l.instrument.currency(), openingDate);
        double raw = notional / price;
        long lot = lotFor(raw);
        long quantity =
            Math.max(lot, Math.round(raw / lot) * lot)
                * (rnd.chance(OPENING_LONG_CHANCE[b]) ? 1 : -1);
        position[b][i] = quantity;
        target[b][i] = quantity;
        positions.add(
            new OpeningPosition(
                openingDate,
                books.get(b).id(),
                universe.custodyAccount(l).id(),
                l.instrument.id(),
                BigDecimal.valueOf(quantity),
                BigDecimal.valueOf(price)
                    .setScale(4, RoundingMode.HALF_EVEN)
                    .multiply(BigDecimal.valueOf(quantity))
                    .setScale(2, RoundingMode.HALF_EVEN)));
      }
    }
    return positions;
  }

  private List<OpeningCash> openCash(LocalDate openingDate) {
    return List.of(
        cash(openingDate, universe.cashUsd, 85_000_000),
        cash(openingDate, universe.cashEur, 30_000_000),
        cash(openingDate, universe.cashGbp, 22_000_000));
  }

  private OpeningCash cash(LocalDate date, Account account, double around) {
    long cents = Math.round(around * rnd.uniform(0.9, 1.1) * 100);
    return new OpeningCash(date, account.id(), BigDecimal.valueOf(cents, 2));
  }

  // ---------------------------------------------------------------------------------------------
  // One trading day

  private List<Fill> tradeDay(int t, long[] nextTradeId) {
    LocalDate date = history.days.get(t);
    int fxDay = history.fxIndex(date);
    List<Book> books = universe.books();
    int[][] openUniverse = new int[books.size()][];
    double[] weights = new double[books.size()];
    for (int b = 0; b < books.size(); b++) {
      openUniverse[b] =
          Arrays.stream(universe.universeByBook[b])
              .filter(i -> isOpen(universe.listings.get(i), t, fxDay))
              .toArray();
      weights[b] = openUniverse[b].length == 0 ? 0 : BOOK_SHARE[b];
    }
    int[] budgets = largestRemainder(config.tradesPerDay(), weights);
    double[][] pathCache = new double[universe.listings.size()][];
    List<Fill> day = new ArrayList<>(config.tradesPerDay());
    for (int b = 0; b < books.size(); b++) {
      if (budgets[b] == 0) {
        continue;
      }
      double[] cumulative = cumulativeLiquidity(openUniverse[b]);
      int remaining = budgets[b];
      while (remaining > 0) {
        Listing l = universe.listings.get(openUniverse[b][pick(cumulative)]);
        remaining -= workOrder(b, l, t, fxDay, remaining, pathCache, day);
      }
    }
    day.sort(Comparator.comparingLong((Fill f) -> f.epochMilli).thenComparingInt(f -> f.sequence));
    assignIds(day, date, nextTradeId);
    return day;
  }

  private boolean isOpen(Listing l, int t, int fxDay) {
    return l.isFx() ? fxDay >= 0 : history.open[l.market.ordinal()][t];
  }

  private double[] cumulativeLiquidity(int[] listings) {
    double[] cumulative = new double[listings.length];
    double sum = 0;
    for (int k = 0; k < listings.length; k++) {
      sum += Math.sqrt(universe.listings.get(listings[k]).advNotional);
      cumulative[k] = sum;
    }
    return cumulative;
  }

  private int pick(double[] cumulative) {
    double x = rnd.uniform() * cumulative[cumulative.length - 1];
    int k = Arrays.binarySearch(cumulative, x);
    k = k >= 0 ? k + 1 : -k - 1;
    return Math.min(k, cumulative.length - 1);
  }

  /** Works one parent order of book {@code b} in {@code l}; returns the number of executions. */
  private int workOrder(
      int b, Listing l, int t, int fxDay, int budget, double[][] pathCache, List<Fill> day) {
    LocalDate date = history.days.get(t);
    Book book = universe.books().get(b);
    double[] path = pathCache[l.index];
    if (path == null) {
      path = intradayPath(l, t, fxDay);
      pathCache[l.index] = path;
    }
    double reference = Math.exp(path[0]);

    long quantity;
    long lot;
    if (l.isFx()) {
      quantity = rnd.between(1, 20) * FX_LOT;
      lot = FX_LOT;
    } else {
      double usdPerUnit = usdPerUnit(l.instrument.currency(), date);
      double notional = rnd.logUniform(ORDER_USD_MIN[b], ORDER_USD_MAX[b]) / usdPerUnit;
      notional =
          Math.min(
              notional, Math.max(MIN_ORDER_USD / usdPerUnit, MAX_SHARE_OF_ADV * l.advNotional));
      double raw = notional / reference;
      lot = lotFor(raw);
      quantity = (long) Math.ceil(raw / lot) * lot;
    }
    Side side = chooseSide(b, l, quantity);
    int fills =
        (int) Math.min(Math.min(rnd.between(FILLS_MIN[b], FILLS_MAX[b]), quantity / lot), budget);
    long[] slices = slice(quantity / lot, fills);

    long open = sessionMillis(l.market, date, true);
    long close = sessionMillis(l.market, date, false);
    long session = close - open;
    long duration =
        Math.min(
            (long) (rnd.uniform(DURATION_MIN_MINUTES[b], DURATION_MAX_MINUTES[b]) * 60_000),
            session * 9 / 10);
    long start = open + (long) (rnd.uniform() * (session - duration));
    long[] times = new long[fills];
    for (int k = 0; k < fills; k++) {
      times[k] = start + (long) (rnd.uniform() * duration);
    }
    Arrays.sort(times);

    BrokerTerms broker =
        universe
            .brokersByMarket[l.market.ordinal()][
            rnd.weighted(universe.brokerWeightsByMarket[l.market.ordinal()])];
    LocalDate settlementDate = calculator.settlementDate(l.instrument, date);
    AccountId account = universe.tradeAccount(l).id();
    Order order = new Order(strategyOfBook[b]);
    for (int k = 0; k < fills; k++) {
      long sliceQuantity = slices[k] * lot;
      double f = (double) (times[k] - open) / session;
      double mid = Math.exp(interpolate(path, f));
      double executed = mid * Math.exp(side.sign() * l.halfSpread + 0.00005 * rnd.gaussian());
      BigDecimal price =
          DemoMarketSimulator.roundToTick(executed, l.tick(executed), l.isFx() ? 5 : 4);
      BigDecimal qty =
          l.isFx() ? BigDecimal.valueOf(sliceQuantity * 100, 2) : BigDecimal.valueOf(sliceQuantity);
      BigDecimal gross = Money.gross(currencies.get(l.instrument.currency()), qty, price).amount();
      BigDecimal commission = l.isFx() ? ZERO_2DP : commission(broker, gross);
      BigDecimal fees = fees(l, side, gross);
      day.add(
          new Fill(
              l,
              book,
              order,
              side,
              qty,
              price,
              gross,
              commission,
              fees,
              date,
              times[k],
              day.size(),
              settlementDate,
              broker,
              account));
      position[b][l.index] += side.sign() * sliceQuantity;
    }
    return fills;
  }

  /**
   * Mean reversion towards the book's target: the further the position has drifted above its
   * target, the likelier the algorithm sells.
   */
  private Side chooseSide(int b, Listing l, long orderQuantity) {
    double scale = Math.max(Math.abs(target[b][l.index]), 3.0 * orderQuantity);
    double drift = (position[b][l.index] - target[b][l.index]) / scale;
    double buy = Math.max(0.1, Math.min(0.9, 0.5 - 0.35 * Math.tanh(2 * drift)));
    return rnd.chance(buy) ? Side.BUY : Side.SELL;
  }

  /** Splits {@code units} lots into {@code parts} slices of at least one lot, of random sizes. */
  private long[] slice(long units, int parts) {
    long[] slices = new long[parts];
    double[] w = new double[parts];
    double sum = 0;
    for (int k = 0; k < parts; k++) {
      w[k] = rnd.uniform(0.5, 1.5);
      sum += w[k];
    }
    long spare = units - parts;
    long given = 0;
    for (int k = 0; k < parts; k++) {
      slices[k] = 1 + (long) Math.floor(spare * w[k] / sum);
      given += slices[k];
    }
    int k = rnd.index(parts);
    while (given < units) {
      slices[k]++;
      given++;
      k = (k + 1) % parts;
    }
    return slices;
  }

  /**
   * The instrument's log mid price through the session: a Brownian bridge from the previous close
   * to the day's close with the instrument's own daily volatility.
   */
  private double[] intradayPath(Listing l, int t, int fxDay) {
    double from;
    double to;
    if (l.isFx()) {
      to = Math.log(history.fxRate(l, fxDay));
      from = fxDay > 0 ? Math.log(history.fxRate(l, fxDay - 1)) : to;
    } else {
      double[] closes = history.logClose[l.index];
      to = closes[t + 1];
      from = closes[previousOpen[l.market.ordinal()][t] + 1];
    }
    double[] walk = new double[BRIDGE_STEPS + 1];
    double step = l.dailyVol / Math.sqrt(BRIDGE_STEPS);
    for (int k = 1; k <= BRIDGE_STEPS; k++) {
      walk[k] = walk[k - 1] + step * rnd.gaussian();
    }
    double[] path = new double[BRIDGE_STEPS + 1];
    for (int k = 0; k <= BRIDGE_STEPS; k++) {
      double s = (double) k / BRIDGE_STEPS;
      path[k] = from + s * (to - from) + walk[k] - s * walk[BRIDGE_STEPS];
    }
    return path;
  }

  private static double interpolate(double[] path, double fraction) {
    double x = Math.max(0, Math.min(1, fraction)) * (path.length - 1);
    int k = Math.min((int) x, path.length - 2);
    double w = x - k;
    return path[k] * (1 - w) + path[k + 1] * w;
  }

  private static long sessionMillis(Market market, LocalDate date, boolean open) {
    return ZonedDateTime.of(date, open ? market.open : market.close, market.zone)
        .toInstant()
        .toEpochMilli();
  }

  private static BigDecimal commission(BrokerTerms broker, BigDecimal gross) {
    BigDecimal c =
        gross
            .multiply(BigDecimal.valueOf(broker.bps()))
            .movePointLeft(4)
            .setScale(2, RoundingMode.HALF_EVEN);
    BigDecimal minimum = broker.minimum().setScale(2, RoundingMode.HALF_EVEN);
    return c.compareTo(minimum) < 0 ? minimum : c;
  }

  /** UK stamp duty and French FTT on buys; a US regulatory fee on sells; nothing on FX. */
  static BigDecimal fees(Listing l, Side side, BigDecimal gross) {
    if (l.isFx()) {
      return ZERO_2DP;
    }
    if (side == Side.BUY && l.market == Market.UK) {
      return gross.multiply(UK_STAMP_DUTY).setScale(2, RoundingMode.HALF_UP);
    }
    if (side == Side.BUY && l.instrument.country().equals("FR")) {
      return gross.multiply(FRENCH_FTT).setScale(2, RoundingMode.HALF_UP);
    }
    if (side == Side.SELL && l.market == Market.US) {
      BigDecimal fee = gross.multiply(US_SELL_FEE).setScale(2, RoundingMode.HALF_UP);
      return fee.signum() == 0 ? ONE_CENT : fee;
    }
    return ZERO_2DP;
  }

  /** A round lot for an order of about {@code shares} shares. */
  private static long lotFor(double shares) {
    if (shares >= 50_000) {
      return 1000;
    }
    if (shares >= 5_000) {
      return 100;
    }
    if (shares >= 500) {
      return 10;
    }
    return 1;
  }

  /** US dollars per unit of {@code currency} at the last FX close on or before {@code date}. */
  private double usdPerUnit(CurrencyCode currency, LocalDate date) {
    int pair =
        switch (currency.code()) {
          case "EUR" -> 0;
          case "GBP" -> 1;
          default -> -1;
        };
    if (pair < 0) {
      return 1;
    }
    int k = Collections.binarySearch(history.fxDays, date);
    k = k >= 0 ? k : Math.max(0, -k - 2);
    return history.tradedFxRates[pair][k];
  }

  /** Splits {@code total} into integers proportional to {@code weights} (largest remainder). */
  static int[] largestRemainder(int total, double[] weights) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    int[] out = new int[weights.length];
    if (sum <= 0) {
      return out;
    }
    double[] remainder = new double[weights.length];
    int given = 0;
    for (int i = 0; i < weights.length; i++) {
      double exact = total * weights[i] / sum;
      out[i] = (int) Math.floor(exact);
      remainder[i] = weights[i] > 0 ? exact - out[i] : -1;
      given += out[i];
    }
    while (given < total) {
      int best = 0;
      for (int i = 1; i < weights.length; i++) {
        if (remainder[i] > remainder[best]) {
          best = i;
        }
      }
      out[best]++;
      remainder[best] = -1;
      given++;
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Identifiers

  /**
   * Numbers the day's executions in execution-time order: trade ids, exec ids, broker refs and
   * order ids.
   */
  private void assignIds(List<Fill> day, LocalDate date, long[] nextTradeId) {
    String ymd = yyyymmdd(date);
    int[] orderSequence = new int[strategyCodes.size()];
    int[] brokerSequence = new int[universe.referenceData.counterparties().size() + 1];
    int execSequence = 0;
    for (Fill f : day) {
      f.tradeId = nextTradeId[0]++;
      f.execId = "E" + ymd + "-" + pad(++execSequence, 6);
      int broker = (int) f.broker.counterparty().id().value();
      f.brokerRef = f.broker.code() + "-" + ymd + pad(++brokerSequence[broker], 5);
      if (f.order.orderId == null) {
        int s = f.order.strategy;
        f.order.orderId =
            "O-" + strategyCodes.get(s) + "-" + ymd + "-" + pad(++orderSequence[s], 5);
      }
    }
  }

  private static String yyyymmdd(LocalDate d) {
    return pad(d.getYear(), 4) + pad(d.getMonthValue(), 2) + pad(d.getDayOfMonth(), 2);
  }

  private static String pad(long value, int width) {
    String s = Long.toString(value);
    if (s.length() >= width) {
      return s;
    }
    StringBuilder b = new StringBuilder(width);
    for (int i = s.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(s).toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Settlement and status

  private List<Trade> settle(List<Fill> fills, List<SettlementOutcome> outcomes) {
    DemoRandom chance = DemoRandom.stream(config.seed(), 7);
    LocalDate asOf = config.asOf();
    double late = config.faultRates().lateSettlement();
    double failed = config.faultRates().failedSettlement();
    List<Trade> trades = new ArrayList<>(fills.size());
    for (Fill f : fills) {
      TradeStatus status;
      SettlementOutcome outcome = null;
      if (!f.settlementDate.isAfter(asOf)) {
        LocalDate actual = f.settlementDate;
        String reason = "";
        double u = chance.uniform();
        if (u < late) {
          SettlementConvention delay =
              new SettlementConvention(
                  chance.between(1, 3), f.listing.instrument.settlement().calendars());
          actual = calculator.settlementDate(delay, f.settlementDate);
          if (actual.isAfter(asOf)) {
            actual = null; // would settle after the business date: still failing today
          }
          reason = failReason(chance, f.listing);
        } else if (u < late + failed) {
          actual = null;
          reason = failReason(chance, f.listing);
        }
        outcome = new SettlementOutcome(new TradeId(f.tradeId), f.settlementDate, actual, reason);
        outcomes.add(outcome);
        if (f.settlementDate.isBefore(asOf)) {
          status =
              actual != null && actual.isBefore(asOf) ? TradeStatus.SETTLED : TradeStatus.FAILED;
        } else {
          status = TradeStatus.AFFIRMED;
        }
      } else if (f.tradeDate.isBefore(asOf)) {
        status = chance.chance(0.95) ? TradeStatus.AFFIRMED : TradeStatus.CONFIRMED;
      } else {
        status = chance.chance(0.7) ? TradeStatus.NEW : TradeStatus.CONFIRMED;
      }
      TradeId id = new TradeId(f.tradeId);
      trades.add(
          new Trade(
              id,
              DemoLifecycle.statuses(id, status, outcome).size(),
              f.execId,
              f.order.orderId,
              f.brokerRef,
              f.book.id(),
              f.listing.instrument.id(),
              f.side,
              f.quantity,
              f.price,
              f.gross,
              f.commission,
              f.fees,
              f.listing.instrument.currency(),
              f.tradeDate,
              Instant.ofEpochMilli(f.epochMilli),
              f.settlementDate,
              f.broker.counterparty().id(),
              f.account,
              TradeSource.FIX,
              status));
    }
    return trades;
  }

  /**
   * MT548 reason: lack of securities, lack of cash or counterparty instruction missing (no
   * securities leg in FX).
   */
  private static String failReason(DemoRandom chance, Listing l) {
    double u = chance.uniform();
    if (l.isFx()) {
      return u < 0.6 ? "CMIS" : "MONY";
    }
    return u < 0.5 ? "LACK" : u < 0.8 ? "CMIS" : "MONY";
  }
}
