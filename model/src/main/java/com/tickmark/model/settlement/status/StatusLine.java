package com.tickmark.model.settlement.status;

import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a custodian's settlement status file, as stored.
 *
 * @param trade the trade whose execution id the line quotes; null when the firm knows no such trade
 *     (the line is kept, and listed as unknown)
 * @param settledQuantity what has settled so far (MT548's settled to date)
 * @param actualDate when it settled (the last part); null unless SETTLED or PARTIALLY_SETTLED
 * @param reasonCode why it failed (LACK, MONY, CMIS, …); empty when none
 */
public record StatusLine(
    long id,
    String fileName,
    int line,
    LocalDate statementDate,
    String reference,
    TradeId trade,
    String accountNumber,
    String isin,
    StatusCode status,
    BigDecimal quantity,
    BigDecimal settledQuantity,
    BigDecimal remainingQuantity,
    BigDecimal amount,
    String currency,
    LocalDate intendedDate,
    LocalDate actualDate,
    String reasonCode) {
  public StatusLine {
    Objects.requireNonNull(fileName, "file");
    Objects.requireNonNull(statementDate, "statement date");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(settledQuantity, "settled quantity");
    Objects.requireNonNull(remainingQuantity, "remaining quantity");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(intendedDate, "intended date");
    accountNumber = accountNumber == null ? "" : accountNumber;
    isin = isin == null ? "" : isin;
    currency = currency == null ? "" : currency;
    reasonCode = reasonCode == null ? "" : reasonCode;
  }

  public boolean known() {
    return trade != null;
  }

  /** {@code FILE:LINE}, where the line came from. */
  public String source() {
    return fileName + ":" + line;
  }
}
