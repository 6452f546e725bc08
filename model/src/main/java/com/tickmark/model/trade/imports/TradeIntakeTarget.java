package com.tickmark.model.trade.imports;

import com.tickmark.model.intake.IntakeTarget;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeJson;
import com.tickmark.model.trade.TradeStore;
import java.util.List;

/**
 * The trades of one store, as the intake pipeline's target: sequential ids, bulk insert, id-range
 * undo.
 */
public record TradeIntakeTarget(TradeStore trades) implements IntakeTarget<Trade> {
  @Override
  public String kind() {
    return TradeImportService.ENTITY;
  }

  @Override
  public long nextId() {
    return trades.nextId().value();
  }

  @Override
  public long id(Trade trade) {
    return trade.id().value();
  }

  @Override
  public void insert(List<Trade> rows) {
    trades.insertBulk(rows);
  }

  @Override
  public List<String> digestValues(Trade trade) {
    return TradeJson.canonical(trade);
  }

  @Override
  public void delete(long first, long last) {
    trades.deleteBulk(new TradeId(first), new TradeId(last));
  }
}
