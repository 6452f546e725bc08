package com.tickmark.model.trade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tickmark.model.json.Json;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TradeJsonTest {
  @Test
  void writesATradeExactlyAsTheAuditTrailHasAlwaysShownIt() {
    // the text the hand-written JSON of earlier versions produced for this trade
    assertThat(TradeJson.of(TradeLifecycleTest.trade(TradeStatus.CONFIRMED)))
        .isEqualTo(
            "{\"id\":\"T00000007\",\"version\":1,\"status\":\"CONFIRMED\",\"execId\":\"E7\","
                + "\"orderId\":\"O1\",\"brokerRef\":\"\",\"book\":1,\"instrument\":1,"
                + "\"side\":\"BUY\",\"quantity\":\"100\",\"price\":\"12.345\","
                + "\"grossAmount\":\"1234.50\",\"commission\":\"1.00\",\"fees\":\"0\","
                + "\"currency\":\"USD\",\"tradeDate\":\"2025-11-20\","
                + "\"executionTime\":\"2025-11-20T15:00:00Z\",\"settlementDate\":\"2025-11-21\","
                + "\"counterparty\":1,\"account\":null,\"source\":\"MANUAL\"}");
  }

  @Test
  void aBrokerReferenceWithQuotesAndControlCharactersStaysValidJson() {
    Trade t = TradeLifecycleTest.trade(TradeStatus.NEW);
    String ref = "REF \"7\"\t\\x\u0002";
    Trade odd =
        new Trade(
            t.id(),
            t.version(),
            t.execId(),
            t.orderId(),
            ref,
            t.bookId(),
            t.instrumentId(),
            t.side(),
            t.quantity(),
            t.price(),
            t.grossAmount(),
            t.commission(),
            t.fees(),
            t.currency(),
            t.tradeDate(),
            t.executionTime(),
            t.settlementDate(),
            t.counterpartyId(),
            t.accountId(),
            t.source(),
            t.status());
    JsonNode back = Json.tree(TradeJson.of(odd)).orElseThrow();
    assertThat(back.get("brokerRef").asText()).isEqualTo(ref);
  }

  @Test
  void theCanonicalFormIsTheSameWhateverScaleTheDatabaseGaveTheAmounts() {
    Trade t = TradeLifecycleTest.trade(TradeStatus.NEW);
    Trade asStored =
        new Trade(
            t.id(),
            t.version(),
            t.execId(),
            t.orderId(),
            t.brokerRef(),
            t.bookId(),
            t.instrumentId(),
            t.side(),
            t.quantity().setScale(6),
            t.price().setScale(8),
            t.grossAmount().setScale(6),
            t.commission().setScale(6),
            t.fees().setScale(6),
            t.currency(),
            t.tradeDate(),
            t.executionTime(),
            t.settlementDate(),
            t.counterpartyId(),
            t.accountId(),
            t.source(),
            t.status());
    assertThat(TradeJson.canonical(asStored))
        .isEqualTo(TradeJson.canonical(t))
        .isEqualTo(TradeJson.canonical(TradeJson.of(t)))
        .hasSameSizeAs(TradeJson.FIELDS);
    assertThat(TradeJson.canonical(t).get(TradeJson.FIELDS.indexOf("price"))).isEqualTo("12.345");

    Trade repriced =
        new Trade(
            t.id(),
            t.version(),
            t.execId(),
            t.orderId(),
            t.brokerRef(),
            t.bookId(),
            t.instrumentId(),
            t.side(),
            t.quantity(),
            BigDecimal.ONE,
            t.grossAmount(),
            t.commission(),
            t.fees(),
            t.currency(),
            t.tradeDate(),
            t.executionTime(),
            t.settlementDate(),
            t.counterpartyId(),
            t.accountId(),
            t.source(),
            t.status());
    assertThat(TradeJson.canonical(repriced)).isNotEqualTo(TradeJson.canonical(t));
  }

  @Test
  void anExecutionTimeIsHeldToTheMicrosecondTheDatabaseKeeps() {
    Trade t = TradeLifecycleTest.trade(TradeStatus.NEW);
    Trade withNanos =
        new Trade(
            t.id(),
            t.version(),
            t.execId(),
            t.orderId(),
            t.brokerRef(),
            t.bookId(),
            t.instrumentId(),
            t.side(),
            t.quantity(),
            t.price(),
            t.grossAmount(),
            t.commission(),
            t.fees(),
            t.currency(),
            t.tradeDate(),
            Instant.parse("2025-11-20T15:00:00.123456789Z"),
            t.settlementDate(),
            t.counterpartyId(),
            t.accountId(),
            t.source(),
            t.status());
    assertThat(withNanos.executionTime()).isEqualTo(Instant.parse("2025-11-20T15:00:00.123456Z"));
  }
}
