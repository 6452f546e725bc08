package com.tickmark.model.risk;

import java.time.LocalDate;

/**
 * A business day on which a risk factor had no close of its own.
 *
 * @param kind {@link Kind#CARRIED_FORWARD}: the previous close stands in (the factor does not move
 *     that day); {@link Kind#MISSING}: there is no close yet on or before the day, and the factor
 *     does not move until its first close
 */
public record MarketGap(RiskFactor factor, LocalDate date, Kind kind) {
  public enum Kind {
    CARRIED_FORWARD,
    MISSING
  }
}
