package com.tickmark.model.recon.input;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a custodian's holdings file, as received: the settled quantity of one security in one
 * custody account at the close of the statement date (negative when short).
 */
public record Holding(
    long id,
    LocalDate statementDate,
    String accountNumber,
    String isin,
    String symbol,
    BigDecimal settledQuantity,
    String currency,
    BigDecimal closePrice,
    BigDecimal marketValue,
    String fileName,
    int line) {}
