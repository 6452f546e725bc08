package com.tickmark.model.ledger.posting;

import com.tickmark.model.ledger.JournalEntry;
import com.tickmark.model.ledger.lot.LotKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the posting rules need to know of the journal as it stands: what is already posted. */
public interface PostedJournal {
  /** The posted entry with {@code eventKey}, if there is one. */
  Optional<JournalEntry> entry(String eventKey);

  /** True when an entry with {@code eventKey} is posted. */
  default boolean posted(String eventKey) {
    return entry(eventKey).isPresent();
  }

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
