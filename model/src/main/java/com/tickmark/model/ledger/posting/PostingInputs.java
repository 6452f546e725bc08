package com.tickmark.model.ledger.posting;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.ledger.PostingAccounts;
import com.tickmark.model.ledger.lot.LotMethod;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.marketdata.ReportingRates;
import com.tickmark.model.position.OpeningCash;
import com.tickmark.model.position.OpeningPosition;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.ReferenceData;
import com.tickmark.model.settlement.penalty.BookedPenalty;
import com.tickmark.model.settlement.status.SettledPart;
import com.tickmark.model.trade.Trade;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the day's posting reads, as the stores hold it. The order of each list does not
 * matter: the rules sort what they read.
 *
 * @param referenceData the books (their strategies), instruments, cash accounts and currencies
 * @param accounts which account of the chart plays each role
 * @param rates the closing FX rates to the reporting currency
 * @param calendar the calendar whose business days are marked to market
 * @param trades the newest version of every trade, in any status; those dated after the posting
 *     date wait for a later run
 * @param settledParts every settled part of every trade
 * @param closes the instruments' closing prices
 * @param openingPositions the opening book's holdings
 * @param openingCash the opening book's cash balances
 * @param penalties the CSDR penalties; only the booked ones post
 * @param writeOffs the reconciliation write-offs
 * @param lotMethods each book's lot method; a book not named uses FIFO
 */
public record PostingInputs(
    ReferenceData referenceData,
    PostingAccounts accounts,
    ReportingRates rates,
    HolidayCalendar calendar,
    List<Trade> trades,
    List<SettledPart> settledParts,
    List<Price> closes,
    List<OpeningPosition> openingPositions,
    List<OpeningCash> openingCash,
    List<BookedPenalty> penalties,
    List<WriteOff> writeOffs,
    Map<BookId, LotMethod> lotMethods) {
  public PostingInputs {
    Objects.requireNonNull(referenceData, "reference data");
    Objects.requireNonNull(accounts, "posting accounts");
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(calendar, "calendar");
    trades = List.copyOf(trades);
    settledParts = List.copyOf(settledParts);
    closes = List.copyOf(closes);
    openingPositions = List.copyOf(openingPositions);
    openingCash = List.copyOf(openingCash);
    penalties = List.copyOf(penalties);
    writeOffs = List.copyOf(writeOffs);
    lotMethods = Map.copyOf(lotMethods);
  }

  /** The lot method of {@code book}: FIFO unless the book names another. */
  public LotMethod lotMethod(BookId book) {
    return lotMethods.getOrDefault(book, LotMethod.FIFO);
  }
}
