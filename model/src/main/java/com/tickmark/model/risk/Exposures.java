package com.tickmark.model.risk;

import com.tickmark.model.refdata.InstrumentId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A portfolio's exposures: in total, grouped by a dimension, and its largest names. */
public final class Exposures {
  /** The key of the whole portfolio's exposure. */
  public static final String FIRM = "FIRM";

  private final RiskPortfolio portfolio;

  public Exposures(RiskPortfolio portfolio) {
    this.portfolio = portfolio;
  }

  public Exposure total() {
    Exposure total = new Exposure(FIRM, 0, 0, 0);
    for (RiskPosition p : portfolio.positions()) {
      total = total.plus(p.marketValue());
    }
    return total;
  }

  /**
   * The exposure of each group, largest gross first (ties by key). {@link
   * ExposureDimension#COUNTERPARTY} leaves out the positions that face none.
   */
  public List<Exposure> by(ExposureDimension dimension) {
    Map<String, Exposure> groups = new LinkedHashMap<>();
    for (RiskPosition p : portfolio.positions()) {
      String key = dimension.keyOf(p);
      if (dimension == ExposureDimension.COUNTERPARTY && key.equals(ExposureDimension.NONE)) {
        continue;
      }
      groups.merge(key, new Exposure(key, 0, 0, 0).plus(p.marketValue()), Exposures::combine);
    }
    List<Exposure> list = new ArrayList<>(groups.values());
    list.sort(Comparator.comparingDouble(Exposure::gross).reversed().thenComparing(Exposure::key));
    return list;
  }

  private static Exposure combine(Exposure a, Exposure b) {
    return new Exposure(
        a.key(),
        a.positions() + b.positions(),
        a.longValue() + b.longValue(),
        a.shortValue() + b.shortValue());
  }

  /**
   * The {@code n} largest names: each instrument's net market value over all books, largest in
   * absolute value first, as a share of the portfolio's gross exposure. Cash is not a name.
   */
  public List<Concentration> topConcentrations(int n) {
    Map<InstrumentId, Concentration> names = new LinkedHashMap<>();
    double gross = total().gross();
    for (RiskPosition p : portfolio.positions()) {
      if (!p.isCash()) {
        names.merge(
            p.instrument(),
            new Concentration(p.instrument(), p.name(), p.marketValue(), 0),
            (a, b) ->
                new Concentration(a.instrument(), a.name(), a.marketValue() + b.marketValue(), 0));
      }
    }
    return names.values().stream()
        .map(
            c ->
                new Concentration(
                    c.instrument(),
                    c.name(),
                    c.marketValue(),
                    gross == 0 ? 0 : Math.abs(c.marketValue()) / gross))
        .sorted(
            Comparator.comparingDouble((Concentration c) -> Math.abs(c.marketValue())).reversed())
        .limit(n)
        .toList();
  }

  /**
   * One name's weight in the portfolio.
   *
   * @param marketValue net over all books, in the reporting currency
   * @param shareOfGross |market value| / the portfolio's gross exposure (0.12 for 12 %)
   */
  public record Concentration(
      InstrumentId instrument, String name, double marketValue, double shareOfGross) {}
}
