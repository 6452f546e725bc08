package com.tickmark.model.demo;

import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.InstrumentId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A settled holding the demo firm already has before its first demo trading day (negative = short),
 * held in a custody account for a book.
 */
public record OpeningPosition(
    LocalDate asOf,
    BookId book,
    AccountId custodyAccount,
    InstrumentId instrument,
    BigDecimal quantity) {}
