package com.tickmark.model.ledger.posting;

import com.tickmark.model.ledger.lot.LotKey;
import com.tickmark.model.settlement.penalty.PenaltyKey;
import com.tickmark.model.trade.TradeId;
import java.time.LocalDate;

/**
 * The event keys of the posting rules: what each entry posts, unique in the journal and the same
 * every time the same event is posted, so that posting again books nothing twice. Trades appear as
 * they display ({@code T00000017}), so that their keys sort, and go into the journal's unique
 * index, in the order the trades were booked; instruments and books by their numeric ids, dates in
 * ISO form.
 *
 * <p>A trade's key carries a fingerprint of what its entry posts (accounts, currencies, amounts,
 * book, instrument and trade date) rather than its version: a new version that only changes the
 * trade's status has the same fingerprint, so the run sees it is posted without reading the entry.
 */
public final class EventKeys {
  /** The opening book's one entry. */
  public static final String OPENING = "OPENING";

  private EventKeys() {}

  /**
   * {@code TRADE:T00000017:9f2c4e1a0b3d5c7e}: trade 17 on its trade date, the hex digits being the
   * fingerprint of what the entry posts; {@code TRADE:T00000017:9f2c4e1a0b3d5c7e:2} when the same
   * is posted a second time (an amendment that was later undone).
   */
  public static String trade(TradeId trade, String fingerprint, int n) {
    return "TRADE:" + trade.display() + ":" + fingerprint + (n == 1 ? "" : ":" + n);
  }

  /**
   * {@code LOT:T00000017:9f2c4e1a0b3d5c7e}: the lots relieved by the trade posted as {@code
   * tradeKey}.
   */
  public static String lotRelief(String tradeKey) {
    return "LOT:" + tradeKey.substring("TRADE:".length());
  }

  /**
   * {@code REVERSAL:TRADE:T00000017:9f2c4e1a0b3d5c7e}: the reversal of the entry posted as {@code
   * original}.
   */
  public static String reversal(String original) {
    return "REVERSAL:" + original;
  }

  /**
   * {@code LOTFIX:3:8:2026-11-10:1}: the {@code n}th correction of the realized P&amp;L of book 3's
   * instrument 8 posted on that date, after lots were replayed.
   */
  public static String lotCorrection(LotKey key, LocalDate on, int n) {
    return "LOTFIX:" + key.book().value() + ":" + key.instrument().value() + ":" + on + ":" + n;
  }

  /**
   * {@code SETTLEMENT:T00000017:2026-11-10:s42}: the part of trade 17 that settled that day as
   * status line 42 reported it; {@code ...:m1} for the first part of that day recorded otherwise
   * (marked settled by hand), in the order of their source, quantity and amount.
   */
  public static String settlement(TradeId trade, LocalDate on, String part) {
    return "SETTLEMENT:" + trade.display() + ":" + on + ":" + part;
  }

  /** What every mark-to-market key starts with, its date after. */
  public static final String MARK_TO_MARKET = "MTM:";

  /** {@code MTM:2026-11-10}: the mark-to-market of that day's close. */
  public static String markToMarket(LocalDate day) {
    return MARK_TO_MARKET + day;
  }

  /** {@code MTM-REVERSAL:2026-11-10}: the reversal, the next business day, of that day's mark. */
  public static String markToMarketReversal(LocalDate day) {
    return "MTM-REVERSAL:" + day;
  }

  /** {@code FXREVAL:2026-11-10:1}: the {@code n}th FX revaluation posted at that day's rates. */
  public static String fxRevaluation(LocalDate day, int n) {
    return "FXREVAL:" + day + ":" + n;
  }

  /**
   * {@code PENALTY:T00000017:2026-11-10:PAY}: the booked CSDR penalty of trade 17's fail that day.
   */
  public static String penalty(PenaltyKey key) {
    return "PENALTY:" + key.trade().display() + ":" + key.date() + ":" + key.direction();
  }

  /** {@code WRITEOFF:reference}. */
  public static String writeOff(String reference) {
    return "WRITEOFF:" + reference;
  }
}
