package com.tickmark.model.trade;

/** A trade as JSON text, for the audit trail and the four-eyes before/after. */
public final class TradeJson {
  private TradeJson() {}

  public static String of(Trade t) {
    return "{\"id\":\""
        + t.id()
        + "\",\"version\":"
        + t.version()
        + ",\"status\":\""
        + t.status()
        + "\",\"execId\":\""
        + esc(t.execId())
        + "\",\"orderId\":\""
        + esc(t.orderId())
        + "\",\"brokerRef\":\""
        + esc(t.brokerRef())
        + "\",\"book\":"
        + t.bookId().value()
        + ",\"instrument\":"
        + t.instrumentId().value()
        + ",\"side\":\""
        + t.side()
        + "\",\"quantity\":\""
        + t.quantity().toPlainString()
        + "\",\"price\":\""
        + t.price().toPlainString()
        + "\",\"grossAmount\":\""
        + t.grossAmount().toPlainString()
        + "\",\"commission\":\""
        + t.commission().toPlainString()
        + "\",\"fees\":\""
        + t.fees().toPlainString()
        + "\",\"currency\":\""
        + t.currency()
        + "\",\"tradeDate\":\""
        + t.tradeDate()
        + "\",\"executionTime\":\""
        + t.executionTime()
        + "\",\"settlementDate\":\""
        + t.settlementDate()
        + "\",\"counterparty\":"
        + t.counterpartyId().value()
        + ",\"account\":"
        + (t.accountId() == null ? "null" : t.accountId().value())
        + ",\"source\":\""
        + t.source()
        + "\"}";
  }

  private static String esc(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
