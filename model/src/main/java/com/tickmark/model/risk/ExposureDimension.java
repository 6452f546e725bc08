package com.tickmark.model.risk;

import java.util.function.Function;

/** How exposures are grouped; each reads its key off a position. */
public enum ExposureDimension {
  /** By book id. */
  BOOK(p -> p.book().toString()),
  STRATEGY(RiskPosition::strategy),
  /** By asset class name ({@code EQUITY}, {@code ETF}, {@code FX_SPOT}), {@code CASH} for cash. */
  ASSET_CLASS(p -> p.isCash() ? "CASH" : p.assetClass().name()),
  SECTOR(RiskPosition::sector),
  COUNTRY(RiskPosition::country),
  CURRENCY(p -> p.currency().code()),
  /** Only the positions that face a counterparty. */
  COUNTERPARTY(RiskPosition::counterparty);

  /** The key of positions without a strategy, sector or country. */
  public static final String NONE = "(none)";

  private final Function<RiskPosition, String> key;

  ExposureDimension(Function<RiskPosition, String> key) {
    this.key = key;
  }

  /** The position's group; {@link #NONE} when the position has no value for it. */
  String keyOf(RiskPosition position) {
    String k = key.apply(position);
    return k.isEmpty() ? NONE : k;
  }
}
