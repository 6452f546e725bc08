package com.tickmark.model.ledger.posting;

import com.tickmark.model.ledger.EntryDraft;
import com.tickmark.model.ledger.EntryKind;
import com.tickmark.model.ledger.JournalLine;
import com.tickmark.model.ledger.PostingRole;
import com.tickmark.model.ledger.ReportingAmounts;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The lines of one entry as a rule adds them, by role, then the entry with every line in the
 * reporting currency at the entry's date ({@link ReportingAmounts}).
 */
final class EntryLines {
  private record Pending(
      PostingRole role,
      CurrencyCode currency,
      BigDecimal amount,
      BookId book,
      InstrumentId instrument,
      String memo) {}

  private final PostingContext context;
  private final List<Pending> lines = new ArrayList<>();

  EntryLines(PostingContext context) {
    this.context = context;
  }

  /** Adds a line, debit positive; a zero amount adds nothing. */
  EntryLines add(
      PostingRole role,
      CurrencyCode currency,
      BigDecimal amount,
      BookId book,
      InstrumentId instrument,
      String memo) {
    if (amount.signum() != 0) {
      lines.add(new Pending(role, currency, amount, book, instrument, memo));
    }
    return this;
  }

  /** Adds a debit of {@code amount} on {@code debit} and its credit on {@code credit}. */
  EntryLines pair(
      PostingRole debit,
      PostingRole credit,
      CurrencyCode currency,
      BigDecimal amount,
      BookId book,
      InstrumentId instrument,
      String memo) {
    add(debit, currency, amount, book, instrument, memo);
    return add(credit, currency, amount.negate(), book, instrument, memo);
  }

  /**
   * What the lines post, as a short text that changes whenever an account, currency, amount, book
   * or instrument of a line does (and with {@code also}), and not with their order: 16 hex digits.
   */
  String fingerprint(String also) {
    List<String> texts = new ArrayList<>(lines.size());
    for (Pending p : lines) {
      texts.add(
          context.code(p.role())
              + "|"
              + p.currency()
              + "|"
              + p.amount().stripTrailingZeros().toPlainString()
              + "|"
              + p.book()
              + "|"
              + p.instrument());
    }
    texts.sort(null);
    texts.add(also);
    // FNV-1a, 64 bits: a run fingerprints every trade, and a cryptographic digest would cost more
    // than the posting itself; two different entries of one trade share a fingerprint with odds of
    // one in 2^64.
    long hash = 0xcbf29ce484222325L;
    for (String text : texts) {
      for (int i = 0; i < text.length(); i++) {
        hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
      }
      hash = (hash ^ '\n') * 0x100000001b3L;
    }
    return HexFormat.of().toHexDigits(hash);
  }

  boolean isEmpty() {
    return lines.isEmpty();
  }

  EntryDraft draft(
      LocalDate date, EntryKind kind, String eventKey, TradeId trade, String description) {
    List<JournalLine> journal = new ArrayList<>(lines.size());
    for (Pending p : lines) {
      journal.add(
          new JournalLine(
              context.code(p.role()),
              p.currency(),
              p.amount(),
              BigDecimal.ZERO,
              p.book(),
              context.strategy(p.book()),
              p.instrument(),
              p.memo()));
    }
    return EntryDraft.of(
        date,
        kind,
        eventKey,
        trade,
        description,
        ReportingAmounts.assign(journal, context.rates(), date));
  }
}
