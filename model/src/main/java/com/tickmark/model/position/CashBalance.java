package com.tickmark.model.position;

import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;

/**
 * One cash account's balance as of a date: settled (opening plus every payment made and received)
 * and projected (opening plus every trade done, settled or not).
 *
 * @param account the cash account; null for cash in a currency the firm has no single cash account
 *     in (no account, or several for the settlement instructions to choose between)
 */
public record CashBalance(
    AccountId account, CurrencyCode currency, BigDecimal projected, BigDecimal settled) {}
