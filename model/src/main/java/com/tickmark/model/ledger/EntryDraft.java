package com.tickmark.model.ledger;

import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The content of a journal entry, before it is stored: balanced per currency and in the reporting
 * currency, or refused.
 *
 * @param date the accounting date: the period it falls in must be open to post it
 * @param eventKey what caused it, unique in the journal (such as {@code TRADE:17:1}), so that
 *     posting the same event again books nothing twice; null for a manual journal
 * @param trade the trade behind it; null for entries not about one trade
 * @param reverses the id of the entry this one reverses; null otherwise
 */
public record EntryDraft(
    LocalDate date,
    EntryKind kind,
    String eventKey,
    TradeId trade,
    String description,
    List<JournalLine> lines,
    Long reverses) {
  public EntryDraft {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    description = description == null ? "" : description;
    lines = List.copyOf(lines);
    if (lines.size() < 2) {
      throw new UnbalancedEntryException(
          "An entry needs at least two lines; " + what(kind, eventKey) + " has " + lines.size());
    }
    checkBalanced(kind, eventKey, lines);
  }

  /** An entry of the lifecycle, not a reversal. */
  public static EntryDraft of(
      LocalDate date,
      EntryKind kind,
      String eventKey,
      TradeId trade,
      String description,
      List<JournalLine> lines) {
    return new EntryDraft(date, kind, eventKey, trade, description, lines, null);
  }

  /**
   * The reversal of the stored entry {@code id} with this content, dated {@code on}: every line the
   * other way round.
   */
  public EntryDraft reversal(long id, LocalDate on, String eventKey, String description) {
    return new EntryDraft(
        on,
        EntryKind.REVERSAL,
        eventKey,
        trade,
        description,
        lines.stream().map(JournalLine::negated).toList(),
        id);
  }

  private static void checkBalanced(EntryKind kind, String eventKey, List<JournalLine> lines) {
    Map<CurrencyCode, BigDecimal[]> byCurrency = new TreeMap<>();
    BigDecimal reporting = BigDecimal.ZERO;
    for (JournalLine line : lines) {
      BigDecimal[] sides =
          byCurrency.computeIfAbsent(
              line.currency(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sides[0] = sides[0].add(line.debitAmount());
      sides[1] = sides[1].add(line.creditAmount());
      reporting = reporting.add(line.reportingAmount());
    }
    for (Map.Entry<CurrencyCode, BigDecimal[]> e : byCurrency.entrySet()) {
      BigDecimal[] sides = e.getValue();
      if (sides[0].compareTo(sides[1]) != 0) {
        throw new UnbalancedEntryException(
            what(kind, eventKey)
                + " does not balance in "
                + e.getKey()
                + ": debits "
                + sides[0].toPlainString()
                + ", credits "
                + sides[1].toPlainString());
      }
    }
    if (reporting.signum() != 0) {
      throw new UnbalancedEntryException(
          what(kind, eventKey)
              + " does not balance in the reporting currency: off by "
              + reporting.toPlainString());
    }
  }

  private static String what(EntryKind kind, String eventKey) {
    return eventKey == null ? "The " + kind.label().toLowerCase() + " entry" : "Entry " + eventKey;
  }
}
