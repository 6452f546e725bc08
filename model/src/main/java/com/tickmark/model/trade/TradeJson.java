package com.tickmark.model.trade;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tickmark.model.json.Json;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/** A trade as JSON text, for the audit trail and the four-eyes before/after. */
public final class TradeJson {
  private TradeJson() {}

  public static String of(Trade t) {
    return Json.write(view(t));
  }

  /** The names of the fields {@link #canonical} lists, in its order. */
  public static final List<String> FIELDS =
      Arrays.stream(View.class.getRecordComponents()).map(RecordComponent::getName).toList();

  /**
   * The trade's fields as {@link #of} writes them, each as one text that does not depend on how the
   * value was stored: amounts without trailing zeros, times to the microsecond, no account as "".
   * Two states of a trade are the same when these are equal.
   */
  public static List<String> canonical(Trade t) {
    return view(t).canonical();
  }

  /**
   * {@link #canonical} of a trade as {@link #of} wrote it (an audit record's before or after).
   *
   * @throws IllegalArgumentException the text is not a trade written by {@link #of}
   */
  public static List<String> canonical(String json) {
    try {
      return Json.read(json, View.class).canonical();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Not a trade as the audit trail writes one", e);
    }
  }

  private static View view(Trade t) {
    return new View(
        t.id().toString(),
        t.version(),
        t.status(),
        t.execId(),
        t.orderId(),
        t.brokerRef(),
        t.bookId().value(),
        t.instrumentId().value(),
        t.side(),
        t.quantity(),
        t.price(),
        t.grossAmount(),
        t.commission(),
        t.fees(),
        t.currency().toString(),
        t.tradeDate(),
        t.executionTime(),
        t.settlementDate(),
        t.counterpartyId().value(),
        t.accountId() == null ? null : t.accountId().value(),
        t.source());
  }

  /** The fields in the order people read them; amounts as strings, exactly as booked. */
  private record View(
      String id,
      int version,
      TradeStatus status,
      String execId,
      String orderId,
      String brokerRef,
      long book,
      long instrument,
      Side side,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal grossAmount,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal commission,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fees,
      String currency,
      LocalDate tradeDate,
      Instant executionTime,
      LocalDate settlementDate,
      long counterparty,
      Long account,
      TradeSource source) {
    List<String> canonical() {
      return Arrays.asList(
          id,
          Integer.toString(version),
          String.valueOf(status),
          execId,
          orderId,
          brokerRef,
          Long.toString(book),
          Long.toString(instrument),
          String.valueOf(side),
          plain(quantity),
          plain(price),
          plain(grossAmount),
          plain(commission),
          plain(fees),
          currency,
          String.valueOf(tradeDate),
          executionTime == null ? "" : executionTime.truncatedTo(ChronoUnit.MICROS).toString(),
          String.valueOf(settlementDate),
          Long.toString(counterparty),
          account == null ? "" : account.toString(),
          String.valueOf(source));
    }

    private static String plain(BigDecimal d) {
      return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
  }
}
