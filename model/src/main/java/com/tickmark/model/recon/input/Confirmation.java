package com.tickmark.model.recon.input;

import com.tickmark.model.trade.Side;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a broker's confirmation file, as received: not matched to the firm's trades (the
 * reconciliation does that), so a client execution id the firm does not know is kept.
 *
 * @param broker the broker, from the file's name ({@code GSX_20261109.csv})
 * @param clientExecId the firm's execution id; empty on a line confirming several fills
 * @param instrument the ISIN or symbol as the broker gave it
 * @param fills how many executions the line confirms
 */
public record Confirmation(
    long id,
    String broker,
    String brokerRef,
    String clientExecId,
    String orderId,
    LocalDate tradeDate,
    LocalDate settlementDate,
    String instrument,
    Side side,
    BigDecimal quantity,
    BigDecimal price,
    BigDecimal grossAmount,
    BigDecimal commission,
    BigDecimal fees,
    BigDecimal netAmount,
    String currency,
    String account,
    int fills,
    String fileName,
    int line) {}
