package com.tickmark.model.position;

import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.InstrumentId;
import java.math.BigDecimal;

/**
 * One book's holding of one security in one custody account as of a date: the trade-date quantity
 * (opening plus everything traded), the settled quantity (opening plus everything received less
 * everything delivered), and what is traded but not yet settled each way. Trade-date = settled +
 * pending receipts − pending deliveries.
 *
 * @param account the custody account; null for trades that name none
 */
public record Position(
    BookId book,
    InstrumentId instrument,
    AccountId account,
    BigDecimal tradeDateQuantity,
    BigDecimal settledQuantity,
    BigDecimal pendingReceipts,
    BigDecimal pendingDeliveries) {}
