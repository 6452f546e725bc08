package com.tickmark.model.demo;

import com.tickmark.model.demo.DemoUniverse.Listing;
import com.tickmark.model.marketdata.FxRate;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Simulates the demo firm's closing prices, volumes and FX rates.
 *
 * <p>Equities follow a factor model of daily log returns: {@code r = beta * market(region) +
 * loading * sector(region) + idiosyncratic}. The three regional market factors (US, UK, euro area)
 * are correlated (0.68 to 0.80); each region's sector factor mixes a global sector move with a
 * regional one; every draw is Student-t (5 degrees of freedom), and the market and sector draws of
 * one day share their tail scale so that bad days hit everything at once. Volatility clusters (a
 * slowly moving log-volatility multiplier). A latent price moves on every firm business day and is
 * published only on the business days of the instrument's own market, so a UK holiday's move shows
 * up in the next UK close.
 *
 * <p>One stress episode (see {@link StressPlan}): for a few business days the market factors' daily
 * volatility triples while their total move over the window is pinned to the planned drawdown, the
 * dollar strengthens, then markets recover part of the loss while volatility decays back.
 *
 * <p>FX rates follow mean-reverting, correlated log processes kept inside realistic ranges
 * (reflected at the edges); EUR/GBP is always the cross of the published EUR/USD and GBP/USD.
 */
final class DemoMarketSimulator {
  static final double[] MARKET_DAILY_VOL = {
    0.16 / Math.sqrt(252), 0.15 / Math.sqrt(252), 0.17 / Math.sqrt(252), 0
  };
  static final double SECTOR_DAILY_VOL = 0.14 / Math.sqrt(252);
  private static final double[] MARKET_DAILY_DRIFT = {0.07 / 252, 0.05 / 252, 0.06 / 252};
  private static final double[][] MARKET_CHOLESKY =
      cholesky(
          new double[][] {
            {1.00, 0.72, 0.68},
            {0.72, 1.00, 0.80},
            {0.68, 0.80, 1.00}
          });
  private static final int TAIL_DOF = 5;

  /** How much of the US move the other regions take in the stress window. */
  private static final double[] STRESS_REGION_SHARE = {1.0, 0.9, 1.05};

  /** The FX processes: pair, annual vol, loading on the dollar factor, low, centre, high. */
  private static final String[] FX_PAIRS = {"EUR/USD", "GBP/USD", "USD/CHF", "USD/JPY", "USD/CAD"};

  private static final double[] FX_VOL = {0.07, 0.08, 0.07, 0.10, 0.06};
  private static final double[] FX_DOLLAR_LOADING = {-0.80, -0.75, 0.75, 0.50, 0.50};
  private static final double[] FX_LOW = {1.05, 1.22, 0.80, 138, 1.30};
  private static final double[] FX_CENTRE = {1.12, 1.30, 0.87, 150, 1.36};
  private static final double[] FX_HIGH = {1.20, 1.38, 0.94, 162, 1.42};
  private static final double FX_MEAN_REVERSION = 0.01;

  private DemoMarketSimulator() {}

  static double fxDailyVol(String symbol) {
    return switch (symbol) {
      case "EUR/USD" -> FX_VOL[0] / Math.sqrt(252);
      case "GBP/USD" -> FX_VOL[1] / Math.sqrt(252);
      default -> 0.06 / Math.sqrt(252);
    };
  }

  /**
   * Where the stress episode falls, as indices into the history's business days.
   *
   * @param start first day of the sell-off
   * @param length business days of sell-off (the last one is the trough)
   * @param recovery business days of partial recovery after it
   * @param drawdown the US market factor's simple return over the sell-off (e.g. -0.19)
   * @param recoveredShare the part of the (log) loss won back during the recovery
   */
  record StressPlan(int start, int length, int recovery, double drawdown, double recoveredShare) {
    int end() {
      return start + length - 1;
    }

    boolean inSellOff(int day) {
      return day >= start && day <= end();
    }

    boolean inRecovery(int day) {
      return day > end() && day <= end() + recovery;
    }

    /**
     * The sell-off starts 120 to 180 business days before the business date. A history too short
     * for that gets a shorter episode a third of the way in.
     */
    static StressPlan of(long seed, int historyDays) {
      DemoRandom rnd = DemoRandom.stream(seed, 4);
      int back = rnd.between(120, 180);
      double drawdown = -rnd.uniform(0.15, 0.25);
      double recovered = rnd.uniform(0.45, 0.65);
      int start = historyDays - 1 - back;
      if (start >= 20) {
        return new StressPlan(
            start, 10, Math.min(40, historyDays - start - 10), drawdown, recovered);
      }
      int length = Math.max(3, Math.min(10, historyDays / 6));
      start = Math.max(2, historyDays / 3);
      return new StressPlan(
          start,
          length,
          Math.max(0, Math.min(40, historyDays - start - length)),
          drawdown,
          recovered);
    }
  }

  /**
   * The simulated market: published prices and rates, and the latent paths the trade simulation
   * prices from.
   */
  static final class History {
    final List<LocalDate> days;

    /** [market ordinal][day]: is that market open? */
    final boolean[][] open;

    /**
     * [listing][day + 1]: latent log close; index 0 is the close before the first day. Null for FX.
     */
    final double[][] logClose;

    final List<Price> prices;
    final List<LocalDate> fxDays;

    /** [EUR/USD, GBP/USD, EUR/GBP][fx day]: published rates. */
    final double[][] tradedFxRates;

    final List<FxRate> fxRates;

    History(
        List<LocalDate> days,
        boolean[][] open,
        double[][] logClose,
        List<Price> prices,
        List<LocalDate> fxDays,
        double[][] tradedFxRates,
        List<FxRate> fxRates) {
      this.days = days;
      this.open = open;
      this.logClose = logClose;
      this.prices = prices;
      this.fxDays = fxDays;
      this.tradedFxRates = tradedFxRates;
      this.fxRates = fxRates;
    }

    /** The index of {@code date} among the FX days, or -1 when there is no rate that day. */
    int fxIndex(LocalDate date) {
      int i = Collections.binarySearch(fxDays, date);
      return i >= 0 ? i : -1;
    }

    /** The published rate of an FX spot listing on an FX day. */
    double fxRate(Listing fx, int fxDay) {
      return tradedFxRates[fxPairIndex(fx)][fxDay];
    }

    static int fxPairIndex(Listing fx) {
      return switch (fx.instrument.symbol()) {
        case "EUR/USD" -> 0;
        case "GBP/USD" -> 1;
        case "EUR/GBP" -> 2;
        default ->
            throw new IllegalArgumentException("No FX history for " + fx.instrument.symbol());
      };
    }
  }

  static History simulate(
      DemoUniverse universe,
      List<LocalDate> days,
      boolean[][] open,
      long seed,
      StressPlan plan,
      DemoProgress progress,
      double from,
      double to) {
    int n = days.size();
    List<Listing> listings = universe.listings;
    double[][] logClose =
        simulateEquityPaths(universe, n, seed, plan, progress, from, from + (to - from) * 0.5);
    fitPriceLevels(listings, logClose);
    progress.at(from + (to - from) * 0.6);
    List<Price> prices = publishPrices(listings, days, open, logClose, seed, plan);
    progress.at(from + (to - from) * 0.85);

    List<LocalDate> fxDays = fxDays(days.get(0), days.get(n - 1));
    List<FxRate> fxRates = new ArrayList<>(fxDays.size() * 6);
    double[][] traded = simulateFx(fxDays, days, seed, plan, fxRates);
    progress.at(to);
    return new History(days, open, logClose, prices, fxDays, traded, fxRates);
  }

  // ---------------------------------------------------------------------------------------------
  // Equities

  private static double[][] simulateEquityPaths(
      DemoUniverse universe,
      int n,
      long seed,
      StressPlan plan,
      DemoProgress progress,
      double from,
      double to) {
    DemoRandom rnd = DemoRandom.stream(seed, 2);
    List<Listing> listings = universe.listings;
    int sectors = universe.sectorCodes.size();
    double[][] logClose = new double[listings.size()][];
    for (Listing l : listings) {
      if (!l.isFx()) {
        logClose[l.index] = new double[n + 1];
      }
    }
    double[] market = new double[3];
    double[][] sector = new double[3][sectors];
    double[] z = new double[3];
    double logVol = 0;
    double[][] pinned = null;
    double[] pinnedScale = new double[3];
    double stressLog = Math.log1p(plan.drawdown());

    for (int t = 0; t < n; t++) {
      if (t % 25 == 0) {
        progress.at(from + (to - from) * t / n);
      }
      logVol = 0.98 * logVol + 0.05 * rnd.gaussian();
      double cluster = Math.exp(logVol - 0.03);
      double marketMultiplier = 1;
      double sectorMultiplier = 1;
      double idioMultiplier = 1;
      double recoveryDrift = 0;
      if (plan.inSellOff(t)) {
        marketMultiplier = 3;
        sectorMultiplier = 2;
        idioMultiplier = 1.6;
      } else if (plan.inRecovery(t)) {
        double done = (double) (t - plan.end()) / plan.recovery();
        marketMultiplier = 2 - done;
        sectorMultiplier = 1.5 - 0.5 * done;
        idioMultiplier = 1.3 - 0.3 * done;
        recoveryDrift = -plan.recoveredShare() * stressLog / plan.recovery();
      }
      if (t == plan.start()) {
        pinned = pinnedSellOffNoise(rnd, plan.length());
        for (int r = 0; r < 3; r++) {
          pinnedScale[r] = MARKET_DAILY_VOL[r] * cluster * marketMultiplier;
        }
      }
      double tail = rnd.tScale(TAIL_DOF);
      correlated(rnd, z);
      for (int r = 0; r < 3; r++) {
        if (plan.inSellOff(t)) {
          market[r] =
              pinnedScale[r] * pinned[t - plan.start()][r]
                  + STRESS_REGION_SHARE[r] * stressLog / plan.length();
        } else {
          market[r] =
              MARKET_DAILY_DRIFT[r]
                  + MARKET_DAILY_VOL[r] * cluster * marketMultiplier * tail * z[r]
                  + STRESS_REGION_SHARE[r] * recoveryDrift;
        }
      }
      for (int k = 0; k < sectors; k++) {
        double global = rnd.gaussian();
        for (int r = 0; r < 3; r++) {
          sector[r][k] =
              SECTOR_DAILY_VOL
                  * cluster
                  * sectorMultiplier
                  * tail
                  * (0.6 * global + 0.8 * rnd.gaussian());
        }
      }
      for (Listing l : listings) {
        if (l.isFx()) {
          continue;
        }
        int r = l.market.ordinal();
        double ret =
            l.beta * market[r]
                - 0.5 * l.dailyVol * l.dailyVol
                + l.idioDailyVol * idioMultiplier * rnd.studentT(TAIL_DOF);
        if (l.sector >= 0) {
          ret += l.sectorLoading * sector[r][l.sector];
        }
        double[] path = logClose[l.index];
        path[t + 1] = path[t] + ret;
      }
    }
    return logClose;
  }

  /** Correlated standard normal draws for the three regional market factors. */
  private static void correlated(DemoRandom rnd, double[] out) {
    double e0 = rnd.gaussian();
    double e1 = rnd.gaussian();
    double e2 = rnd.gaussian();
    double[][] c = MARKET_CHOLESKY;
    out[0] = c[0][0] * e0;
    out[1] = c[1][0] * e0 + c[1][1] * e1;
    out[2] = c[2][0] * e0 + c[2][1] * e1 + c[2][2] * e2;
  }

  /**
   * Market noise for the sell-off, de-meaned so that the window's total move is exactly the planned
   * one.
   */
  private static double[][] pinnedSellOffNoise(DemoRandom rnd, int length) {
    double[][] noise = new double[length][3];
    double[] mean = new double[3];
    for (int d = 0; d < length; d++) {
      correlated(rnd, noise[d]);
      for (int r = 0; r < 3; r++) {
        mean[r] += noise[d][r] / length;
      }
    }
    for (int d = 0; d < length; d++) {
      for (int r = 0; r < 3; r++) {
        noise[d][r] -= mean[r];
      }
    }
    return noise;
  }

  /**
   * Shifts each path so that its price ends near the instrument's target level while the whole
   * history stays inside the instrument's price range (when the path's spread allows).
   */
  private static void fitPriceLevels(List<Listing> listings, double[][] logClose) {
    for (Listing l : listings) {
      double[] path = logClose[l.index];
      if (path == null) {
        continue;
      }
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double x : path) {
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
      double lowest = Math.log(l.priceLo) + 0.05 - min;
      double highest = Math.log(l.priceHi) - 0.05 - max;
      double shift = Math.log(l.targetPrice) - path[path.length - 1];
      shift =
          lowest <= highest ? Math.max(lowest, Math.min(highest, shift)) : (lowest + highest) / 2;
      for (int i = 0; i < path.length; i++) {
        path[i] += shift;
      }
    }
  }

  private static List<Price> publishPrices(
      List<Listing> listings,
      List<LocalDate> days,
      boolean[][] open,
      double[][] logClose,
      long seed,
      StressPlan plan) {
    DemoRandom rnd = DemoRandom.stream(seed, 3);
    List<Price> prices = new ArrayList<>(listings.size() * days.size());
    for (Listing l : listings) {
      if (l.isFx()) {
        continue;
      }
      double[] path = logClose[l.index];
      boolean[] marketOpen = open[l.market.ordinal()];
      int last = 0;
      for (int t = 0; t < days.size(); t++) {
        if (!marketOpen[t]) {
          continue;
        }
        double close = Math.exp(path[t + 1]);
        double move = Math.abs(path[t + 1] - path[last]) / l.dailyVol;
        last = t + 1;
        double shares =
            l.advNotional
                / close
                * Math.exp(0.35 * rnd.gaussian() - 0.06)
                * (0.6 + 0.4 * Math.min(move, 5))
                * (plan.inSellOff(t) ? 2.0 : 1.0);
        long volume = Math.max(100, Math.round(shares / 100) * 100);
        prices.add(
            new Price(
                l.instrument.id(), days.get(t), roundToTick(close, l.tick(close), 4), volume));
      }
    }
    return prices;
  }

  /** The price rounded to a whole number of ticks (at least one), at the given scale. */
  static BigDecimal roundToTick(double price, BigDecimal tick, int scale) {
    long ticks = Math.max(1, Math.round(price / tick.doubleValue()));
    return BigDecimal.valueOf(ticks).multiply(tick).setScale(scale, RoundingMode.UNNECESSARY);
  }

  // ---------------------------------------------------------------------------------------------
  // FX

  /** Weekdays from {@code first} to {@code last}, but not 1 January or 25 December. */
  static List<LocalDate> fxDays(LocalDate first, LocalDate last) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (isFxDay(d)) {
        days.add(d);
      }
    }
    return days;
  }

  static boolean isFxDay(LocalDate d) {
    DayOfWeek w = d.getDayOfWeek();
    if (w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY) {
      return false;
    }
    return !(d.getMonth() == Month.JANUARY && d.getDayOfMonth() == 1)
        && !(d.getMonth() == Month.DECEMBER && d.getDayOfMonth() == 25);
  }

  private static double[][] simulateFx(
      List<LocalDate> fxDays, List<LocalDate> days, long seed, StressPlan plan, List<FxRate> out) {
    DemoRandom rnd = DemoRandom.stream(seed, 5);
    int pairs = FX_PAIRS.length;
    double[] x = new double[pairs];
    for (int p = 0; p < pairs; p++) {
      double lo = Math.log(FX_LOW[p]);
      double hi = Math.log(FX_HIGH[p]);
      x[p] = Math.log(FX_CENTRE[p]) + rnd.uniform(-0.3, 0.3) * (hi - lo) / 2;
    }
    LocalDate stressStart = days.get(plan.start());
    LocalDate stressEnd = days.get(Math.min(plan.end(), days.size() - 1));
    CurrencyCode usd = CurrencyCode.USD;
    CurrencyCode eur = CurrencyCode.EUR;
    CurrencyCode gbp = CurrencyCode.GBP;
    CurrencyCode chf = CurrencyCode.of("CHF");
    CurrencyCode jpy = CurrencyCode.of("JPY");
    CurrencyCode cad = CurrencyCode.of("CAD");
    double[][] traded = new double[3][fxDays.size()];
    for (int k = 0; k < fxDays.size(); k++) {
      LocalDate date = fxDays.get(k);
      if (k > 0) {
        double dollar = rnd.gaussian();
        if (!date.isBefore(stressStart) && !date.isAfter(stressEnd)) {
          dollar += 0.6; // flight to the dollar during the sell-off
        }
        for (int p = 0; p < pairs; p++) {
          double a = FX_DOLLAR_LOADING[p];
          double vol = FX_VOL[p] / Math.sqrt(252);
          double lo = Math.log(FX_LOW[p]);
          double hi = Math.log(FX_HIGH[p]);
          x[p] +=
              FX_MEAN_REVERSION * (Math.log(FX_CENTRE[p]) - x[p])
                  + vol * (a * dollar + Math.sqrt(1 - a * a) * rnd.gaussian());
          if (x[p] > hi) {
            x[p] = 2 * hi - x[p];
          }
          if (x[p] < lo) {
            x[p] = 2 * lo - x[p];
          }
        }
      }
      BigDecimal eurUsd = rate(x[0]);
      BigDecimal gbpUsd = rate(x[1]);
      BigDecimal eurGbp = eurUsd.divide(gbpUsd, 6, RoundingMode.HALF_EVEN);
      out.add(new FxRate(date, eur, usd, eurUsd));
      out.add(new FxRate(date, gbp, usd, gbpUsd));
      out.add(new FxRate(date, eur, gbp, eurGbp));
      out.add(new FxRate(date, usd, chf, rate(x[2])));
      out.add(new FxRate(date, usd, jpy, rate(x[3])));
      out.add(new FxRate(date, usd, cad, rate(x[4])));
      traded[0][k] = eurUsd.doubleValue();
      traded[1][k] = gbpUsd.doubleValue();
      traded[2][k] = eurGbp.doubleValue();
    }
    return traded;
  }

  private static BigDecimal rate(double logRate) {
    return BigDecimal.valueOf(Math.exp(logRate)).setScale(6, RoundingMode.HALF_EVEN);
  }

  private static double[][] cholesky(double[][] a) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = a[i][j];
        for (int k = 0; k < j; k++) {
          sum -= l[i][k] * l[j][k];
        }
        l[i][j] = i == j ? Math.sqrt(sum) : sum / l[j][j];
      }
    }
    return l;
  }
}
