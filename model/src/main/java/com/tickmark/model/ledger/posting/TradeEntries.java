package com.tickmark.model.ledger.posting;

import static com.tickmark.model.ledger.PostingRole.CASH;
import static com.tickmark.model.ledger.PostingRole.COMMISSIONS;
import static com.tickmark.model.ledger.PostingRole.FEES;
import static com.tickmark.model.ledger.PostingRole.FX_POSITION;
import static com.tickmark.model.ledger.PostingRole.PAYABLE;
import static com.tickmark.model.ledger.PostingRole.REALIZED;
import static com.tickmark.model.ledger.PostingRole.RECEIVABLE;
import static com.tickmark.model.ledger.PostingRole.SECURITIES;

import com.tickmark.model.ledger.EntryDraft;
import com.tickmark.model.ledger.EntryKind;
import com.tickmark.model.ledger.PostingRole;
import com.tickmark.model.ledger.lot.Relief;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.settlement.status.SettledPart;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The entries of one trade: on its trade date, the lots it relieved, and each part that settled.
 * Every line carries the trade's book, the book's strategy and the trade's instrument.
 *
 * <p>A security buy debits SECURITIES with the gross amount and the expenses with commission and
 * fees, and owes the broker all three (PAYABLE); a sale is owed the net proceeds (RECEIVABLE),
 * expenses the same costs and credits SECURITIES with the gross amount. The lots are kept at gross
 * cost, so the realized P&amp;L of a sale is on gross amounts: commission and fees stay expenses.
 *
 * <p>An FX spot trade moves each currency through FX_POSITION: buying EUR/USD receives the base
 * currency (RECEIVABLE in EUR against FX_POSITION in EUR) and pays the quote currency with its
 * costs (FX_POSITION, commission and fees in USD against PAYABLE in USD); selling is the mirror.
 * Each currency balances on its own. At settlement both legs move to CASH.
 */
final class TradeEntries {
  private final PostingContext context;

  TradeEntries(PostingContext context) {
    this.context = context;
  }

  /** The lines of {@code trade}'s trade-date entry. */
  EntryLines tradeDateLines(Trade trade) {
    Instrument instrument = context.instrument(trade.instrumentId());
    EntryLines lines = new EntryLines(context);
    CurrencyCode quote = trade.currency();
    BookId book = trade.bookId();
    InstrumentId id = trade.instrumentId();
    String memo = null;
    PostingRole position = instrument.isFx() ? FX_POSITION : SECURITIES;
    BigDecimal gross = trade.grossAmount();
    if (trade.side() == Side.BUY) {
      lines.add(position, quote, gross, book, id, memo);
    } else {
      lines.add(RECEIVABLE, quote, trade.netCashOut().negate(), book, id, memo);
    }
    lines.add(COMMISSIONS, quote, trade.commission(), book, id, memo);
    lines.add(FEES, quote, trade.fees(), book, id, memo);
    if (trade.side() == Side.BUY) {
      lines.add(PAYABLE, quote, trade.netCashOut().negate(), book, id, memo);
    } else {
      lines.add(position, quote, gross.negate(), book, id, memo);
    }
    if (instrument.isFx()) {
      CurrencyCode base = instrument.baseCurrency();
      if (trade.side() == Side.BUY) {
        lines.pair(RECEIVABLE, FX_POSITION, base, trade.quantity(), book, id, memo);
      } else {
        lines.pair(FX_POSITION, PAYABLE, base, trade.quantity(), book, id, memo);
      }
    }
    return lines;
  }

  /** The trade-date entry of {@code trade} with {@code lines} (its own), dated {@code on}. */
  EntryDraft tradeDate(Trade trade, EntryLines lines, LocalDate on, String eventKey) {
    Instrument instrument = context.instrument(trade.instrumentId());
    return lines.draft(on, EntryKind.TRADE, eventKey, trade.id(), describe(trade, instrument));
  }

  /**
   * The realized P&amp;L of {@code relief} between SECURITIES and REALIZED, so that SECURITIES
   * stays at the cost of the open lots: a gain debits SECURITIES and credits REALIZED.
   */
  EntryDraft lotRelief(Trade trade, Relief relief, LocalDate on, String eventKey) {
    Instrument instrument = context.instrument(trade.instrumentId());
    EntryLines lines =
        new EntryLines(context)
            .pair(
                SECURITIES,
                REALIZED,
                trade.currency(),
                relief.realized(),
                trade.bookId(),
                trade.instrumentId(),
                null);
    return lines.draft(
        on,
        EntryKind.LOT_RELIEF,
        eventKey,
        trade.id(),
        "Lots relieved by "
            + describe(trade, instrument)
            + ": "
            + relief.quantity().abs().toPlainString()
            + " at cost "
            + relief.cost().abs().toPlainString());
  }

  /**
   * The settled part's cash against the broker, dated when it settled: a buy pays PAYABLE from
   * CASH, a sale receives RECEIVABLE into CASH; an FX trade's base leg moves the part's quantity
   * the other way.
   */
  EntryDraft settlement(Trade trade, SettledPart part, String eventKey) {
    Instrument instrument = context.instrument(trade.instrumentId());
    EntryLines lines = new EntryLines(context);
    BookId book = trade.bookId();
    InstrumentId id = trade.instrumentId();
    String memo = null;
    if (trade.side() == Side.BUY) {
      lines.pair(PAYABLE, CASH, trade.currency(), part.amount(), book, id, memo);
    } else {
      lines.pair(CASH, RECEIVABLE, trade.currency(), part.amount(), book, id, memo);
    }
    if (instrument.isFx()) {
      CurrencyCode base = instrument.baseCurrency();
      if (trade.side() == Side.BUY) {
        lines.pair(CASH, RECEIVABLE, base, part.quantity(), book, id, memo);
      } else {
        lines.pair(PAYABLE, CASH, base, part.quantity(), book, id, memo);
      }
    }
    return lines.draft(
        part.settledOn(),
        EntryKind.SETTLEMENT,
        eventKey,
        trade.id(),
        "Settlement of " + part.quantity().toPlainString() + " of " + describe(trade, instrument));
  }

  private static String describe(Trade trade, Instrument instrument) {
    return (trade.side() == Side.BUY ? "Buy " : "Sell ")
        + trade.quantity().toPlainString()
        + " "
        + instrument.symbol()
        + " at "
        + trade.price().toPlainString()
        + " ("
        + trade.id().display()
        + " v"
        + trade.version()
        + ")";
  }
}
