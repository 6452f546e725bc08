package com.tickmark.model.demo;

import com.tickmark.model.refdata.AccountId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The booked balance of a cash account at the close of {@code asOf}, before the first demo trading
 * day.
 */
public record OpeningCash(LocalDate asOf, AccountId cashAccount, BigDecimal balance) {}
