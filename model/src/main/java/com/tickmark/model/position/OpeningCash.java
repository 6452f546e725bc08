package com.tickmark.model.position;

import com.tickmark.model.refdata.AccountId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A cash account's balance in the opening book: its booked balance at the close of {@code asOf},
 * before the firm's first trade in Tickmark.
 */
public record OpeningCash(LocalDate asOf, AccountId cashAccount, BigDecimal balance) {}
