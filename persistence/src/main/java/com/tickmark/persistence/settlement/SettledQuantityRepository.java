package com.tickmark.persistence.settlement;

import static com.tickmark.persistence.jooq.Tables.SETTLEMENT_RECORD;

import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** How much of each trade the settlement records say has settled by a date. */
public final class SettledQuantityRepository {
  private final DSLContext dsl;

  public SettledQuantityRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The settled quantity per trade, summed over its parts settled on or before {@code date}. */
  public Map<TradeId, BigDecimal> through(LocalDate date) {
    Map<TradeId, BigDecimal> settled = new HashMap<>();
    dsl.select(SETTLEMENT_RECORD.TRADE_ID, DSL.sum(SETTLEMENT_RECORD.QUANTITY))
        .from(SETTLEMENT_RECORD)
        .where(SETTLEMENT_RECORD.SETTLED_ON.le(date))
        .groupBy(SETTLEMENT_RECORD.TRADE_ID)
        .forEach(r -> settled.put(new TradeId(r.value1()), r.value2()));
    return settled;
  }
}
