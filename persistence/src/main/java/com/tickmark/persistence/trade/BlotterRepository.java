package com.tickmark.persistence.trade;

import static com.tickmark.persistence.jooq.Tables.FIX_EXECUTION_REPORT;

import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.blotter.BlotterSource;
import com.tickmark.model.trade.blotter.BlotterTrade;
import com.tickmark.persistence.jooq.Tables;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Trades as the blotter reads them, a chunk at a time in id order. Plain JDBC over the primary key:
 * reading a million trades through jOOQ records costs about twice as long.
 */
public final class BlotterRepository implements BlotterSource {
  private static final String COLUMNS =
      "id, trade_version, exec_id, order_id, broker_ref, book_id, instrument_id, side, quantity,"
          + " price, gross_amount, commission, fees, currency, trade_date, execution_time,"
          + " settlement_date, counterparty_id, account_id, source, status, affirmed_at";

  private final DSLContext dsl;
  private final Map<String, CurrencyCode> currencies = new HashMap<>();

  public BlotterRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public List<BlotterTrade> newestBefore(long beforeId, int limit) {
    return query(
        "SELECT " + COLUMNS + " FROM trade WHERE id < ? ORDER BY id DESC LIMIT ?", beforeId, limit);
  }

  @Override
  public List<BlotterTrade> after(long afterId, int limit) {
    return query(
        "SELECT " + COLUMNS + " FROM trade WHERE id > ? ORDER BY id LIMIT ?", afterId, limit);
  }

  @Override
  public List<BlotterTrade> byIds(Collection<TradeId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    String list =
        ids.stream()
            .map(id -> Long.toString(id.value()))
            .distinct()
            .collect(Collectors.joining(","));
    return query("SELECT " + COLUMNS + " FROM trade WHERE id IN (" + list + ") ORDER BY id");
  }

  @Override
  public int count() {
    return dsl.fetchCount(Tables.TRADE);
  }

  @Override
  public List<FixMessage> fixMessages(TradeId id) {
    return dsl.selectFrom(FIX_EXECUTION_REPORT)
        .where(FIX_EXECUTION_REPORT.TRADE_ID.eq(id.value()))
        .orderBy(FIX_EXECUTION_REPORT.ID)
        .fetch(
            r ->
                new FixMessage(
                    r.getReceivedAt().toInstant(),
                    r.getMsgSeqNum(),
                    r.getExecId(),
                    r.getExecType(),
                    r.getOutcome(),
                    r.getTradeVersion() == null ? 0 : r.getTradeVersion(),
                    r.getDetail(),
                    r.getRawMessage()));
  }

  private List<BlotterTrade> query(String sql, Object... parameters) {
    return dsl.connectionResult(
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
              s.setObject(i + 1, parameters[i]);
            }
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
              List<BlotterTrade> out = new ArrayList<>();
              while (rs.next()) {
                out.add(read(rs));
              }
              return out;
            }
          }
        });
  }

  private BlotterTrade read(ResultSet rs) throws SQLException {
    return new BlotterTrade(TradeRepository.trade(rs, currencies), instant(rs, 22));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
