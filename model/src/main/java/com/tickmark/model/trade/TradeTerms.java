package com.tickmark.model.trade;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A trade as a capture path has read it, before the {@link TradeRules} check it: codes, symbols and
 * numbers as given, not yet looked up. A field the path could not read (a number that is not a
 * number) is null, and the path has already reported it.
 *
 * @param symbol the instrument's symbol, or null
 * @param isin the instrument's ISIN, or null (either or both; when both, they must agree)
 * @param counterparty the executing broker's code
 * @param account the custody account's code, or null
 * @param commission null for none
 * @param fees null for none
 * @param currency the currency the source states, or null when it states none; it must be the
 *     instrument's
 * @param settlementDate a settlement date the source states, or null to compute it from the
 *     instrument's convention and calendars
 */
public record TradeTerms(
    String book,
    String symbol,
    String isin,
    String counterparty,
    String account,
    Side side,
    BigDecimal quantity,
    BigDecimal price,
    BigDecimal commission,
    BigDecimal fees,
    String currency,
    LocalDate tradeDate,
    LocalDate settlementDate) {}
