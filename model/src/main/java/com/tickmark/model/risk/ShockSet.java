package com.tickmark.model.risk;

import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.CurrencyCode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A named hypothetical scenario: shocks applied together. Where several select the same price or
 * currency their moves compound: (1 + a)(1 + b) − 1.
 */
public record ShockSet(String name, List<Shock> shocks) {
  public ShockSet {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A stress scenario needs a name");
    }
    shocks = List.copyOf(Objects.requireNonNull(shocks, "shocks"));
  }

  /** Equities and ETFs move by {@code move} ("Equities −20%" for −0.20). */
  public static ShockSet equities(double move) {
    return new ShockSet(
        "Equities " + percent(move),
        List.of(Shock.assetClass(AssetClass.EQUITY, move), Shock.assetClass(AssetClass.ETF, move)));
  }

  /** One currency moves by {@code move} against the reporting currency ("EUR +10%"). */
  public static ShockSet currency(CurrencyCode currency, double move) {
    return new ShockSet(currency + " " + percent(move), List.of(Shock.currency(currency, move)));
  }

  /** One sector's instruments move by {@code move} ("Sector Technology −30%"). */
  public static ShockSet sector(String sector, double move) {
    return new ShockSet(
        "Sector " + sector + " " + percent(move), List.of(Shock.sector(sector, move)));
  }

  private static String percent(double move) {
    long p = Math.round(move * 100);
    return (p > 0 ? "+" : p < 0 ? "−" : "") + Math.abs(p) + "%";
  }

  /** The factors' moves under these shocks, indexed as {@code portfolio.factors()}. */
  double[] factorMoves(RiskPortfolio portfolio) {
    List<RiskFactor> factors = portfolio.factors();
    double[] growth = new double[factors.size()];
    Arrays.fill(growth, 1);
    boolean[] priced = new boolean[factors.size()];
    for (int i = 0; i < portfolio.positions().size(); i++) {
      int f = portfolio.priceIndex(i);
      if (f < 0 || priced[f]) {
        continue;
      }
      priced[f] = true;
      for (Shock s : shocks) {
        if (s.movesPriceOf(portfolio.positions().get(i))) {
          growth[f] *= 1 + s.move();
        }
      }
    }
    for (Shock s : shocks) {
      if (s.target() != Shock.Target.CURRENCY) {
        continue;
      }
      boolean reporting = s.key().equals(portfolio.reportingCurrency().code());
      for (int f = 0; f < factors.size(); f++) {
        RiskFactor factor = factors.get(f);
        if (reporting && factor.isFx()) {
          growth[f] /= 1 + s.move();
        } else if (factor.isFx() && factor.currency().code().equals(s.key())) {
          growth[f] *= 1 + s.move();
        }
      }
    }
    double[] moves = new double[growth.length];
    for (int f = 0; f < moves.length; f++) {
      moves[f] = growth[f] - 1;
    }
    return moves;
  }
}
