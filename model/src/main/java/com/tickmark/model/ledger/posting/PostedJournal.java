package com.tickmark.model.ledger.posting;

import com.tickmark.model.ledger.JournalEntry;
import com.tickmark.model.ledger.lot.LotKey;
import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the posting rules need to know of the journal as it stands: what is already posted.
 *
 * <p>A run asks {@link #posted} about once for every trade, settled part and other event it reads,
 * and {@link #liveTradeEntry} for every trade it has not posted as it now is (new, amended or
 * cancelled), so both should answer from memory (the journal's event keys, and each trade's live
 * trade-date entry id, read once); it reads an entry itself only to reverse it, or to reverse the
 * last mark-to-market.
 */
public interface PostedJournal {
  /** True when an entry with {@code eventKey} is posted. */
  boolean posted(String eventKey);

  /** The posted entry with {@code eventKey}, if there is one. */
  Optional<JournalEntry> entry(String eventKey);

  /**
   * The trade's latest entry of kind {@link com.tickmark.model.ledger.EntryKind#TRADE} that no
   * entry reverses; empty when the trade has none (never posted, or cancelled and reversed).
   */
  Optional<JournalEntry> liveTradeEntry(TradeId trade);

  /** The date of the latest mark-to-market entry (event key {@code MTM:date}); empty if none. */
  Optional<LocalDate> lastMarkToMarket();

  /**
   * The balances of {@code accounts} from the posted entries dated up to {@code through}, one per
   * account, currency and book that has lines.
   */
  List<AccountBalance> balances(Collection<String> accounts, LocalDate through);

  /**
   * The sum of the amounts of every posted line on {@code account}, whatever its date, per book and
   * instrument of the line (lines without both are left out).
   */
  Map<LotKey, BigDecimal> balancesByInstrument(String account);
}
