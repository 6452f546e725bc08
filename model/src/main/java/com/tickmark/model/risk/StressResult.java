package com.tickmark.model.risk;

import com.tickmark.model.refdata.BookId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stress scenario's P&amp;L for today's portfolio, in the reporting currency (losses negative):
 * in total, by book (in order of first appearance), and the positions that lose most, worst first.
 */
public record StressResult(
    String name, double pnl, Map<BookId, Double> pnlByBook, List<PositionPnl> topLosers) {
  /** How many losing positions a result lists unless told otherwise. */
  public static final int DEFAULT_TOP = 10;

  public StressResult {
    pnlByBook = Collections.unmodifiableMap(new LinkedHashMap<>(pnlByBook));
    topLosers = List.copyOf(topLosers);
  }

  /** One position's P&amp;L under the scenario. */
  public record PositionPnl(RiskPosition position, double pnl) {}

  /** Sums position P&amp;Ls (indexed as the portfolio's positions) into a result. */
  static StressResult of(String name, RiskPortfolio portfolio, double[] positionPnl, int top) {
    if (top < 0) {
      throw new IllegalArgumentException("The number of top losers cannot be negative: " + top);
    }
    Map<BookId, Double> byBook = new LinkedHashMap<>();
    List<PositionPnl> losers = new ArrayList<>();
    double total = 0;
    for (int i = 0; i < positionPnl.length; i++) {
      RiskPosition p = portfolio.positions().get(i);
      byBook.merge(p.book(), positionPnl[i], Double::sum);
      total += positionPnl[i];
      if (positionPnl[i] < 0) {
        losers.add(new PositionPnl(p, positionPnl[i]));
      }
    }
    losers.sort(Comparator.comparingDouble(PositionPnl::pnl));
    return new StressResult(name, total, byBook, losers.subList(0, Math.min(top, losers.size())));
  }
}
