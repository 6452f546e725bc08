package com.tickmark.model.trade;

import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One version of an executed trade, as the back office keeps it.
 *
 * @param execId the execution id the trading system gave it (FIX tag 17)
 * @param orderId the parent order it filled (FIX tag 37)
 * @param brokerRef the broker's own reference, once known
 * @param grossAmount quantity × price in the trade currency, before commission and fees
 * @param executionTime the UTC time of execution (FIX tag 60)
 * @param counterpartyId the executing broker
 * @param accountId the custody account the securities settle into
 * @param version 1 for the trade as captured; each amendment adds one
 */
public record Trade(
    TradeId id,
    int version,
    String execId,
    String orderId,
    String brokerRef,
    BookId bookId,
    InstrumentId instrumentId,
    Side side,
    BigDecimal quantity,
    BigDecimal price,
    BigDecimal grossAmount,
    BigDecimal commission,
    BigDecimal fees,
    CurrencyCode currency,
    LocalDate tradeDate,
    Instant executionTime,
    LocalDate settlementDate,
    CounterpartyId counterpartyId,
    AccountId accountId,
    TradeSource source,
    TradeStatus status) {

  public Trade {
    Objects.requireNonNull(id, "id");
    if (version < 1) {
      throw new IllegalArgumentException("Trade " + id + " version must be 1 or more: " + version);
    }
    Objects.requireNonNull(bookId, "book");
    Objects.requireNonNull(instrumentId, "instrument");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(grossAmount, "gross amount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(tradeDate, "trade date");
    // Stored to the microsecond, so held (and audited) to the microsecond: the database would
    // round what it is given, and the audited time would no longer be the stored one.
    executionTime =
        Objects.requireNonNull(executionTime, "execution time").truncatedTo(ChronoUnit.MICROS);
    Objects.requireNonNull(settlementDate, "settlement date");
    Objects.requireNonNull(counterpartyId, "counterparty");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    commission = commission == null ? BigDecimal.ZERO : commission;
    fees = fees == null ? BigDecimal.ZERO : fees;
    execId = execId == null ? "" : execId;
    orderId = orderId == null ? "" : orderId;
    brokerRef = brokerRef == null ? "" : brokerRef;
    if (quantity.signum() <= 0) {
      throw new IllegalArgumentException("Trade " + id + " quantity must be positive: " + quantity);
    }
    if (price.signum() <= 0) {
      throw new IllegalArgumentException("Trade " + id + " price must be positive: " + price);
    }
    if (commission.signum() < 0 || fees.signum() < 0) {
      throw new IllegalArgumentException(
          "Trade " + id + " commission and fees must not be negative");
    }
    if (settlementDate.isBefore(tradeDate)) {
      throw new IllegalArgumentException(
          "Trade " + id + " settles (" + settlementDate + ") before it trades (" + tradeDate + ")");
    }
  }

  /**
   * What the firm pays (positive) or receives (negative) at settlement: a buy pays gross plus
   * costs, a sell receives gross less costs.
   */
  public BigDecimal netCashOut() {
    BigDecimal costs = commission.add(fees);
    return side == Side.BUY ? grossAmount.add(costs) : grossAmount.subtract(costs).negate();
  }

  /** The trade in a new status, as its next version. */
  public Trade nextVersionWithStatus(TradeStatus newStatus) {
    return asVersion(version + 1, newStatus);
  }

  /**
   * The trade, its terms unchanged, as {@code version} in {@code newStatus}: one of the versions a
   * lifecycle step gives it.
   */
  public Trade asVersion(int version, TradeStatus newStatus) {
    return new Trade(
        id,
        version,
        execId,
        orderId,
        brokerRef,
        bookId,
        instrumentId,
        side,
        quantity,
        price,
        grossAmount,
        commission,
        fees,
        currency,
        tradeDate,
        executionTime,
        settlementDate,
        counterpartyId,
        accountId,
        source,
        newStatus);
  }
}
