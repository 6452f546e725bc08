package com.tickmark.model.ledger;

import com.tickmark.model.trade.TradeId;
import java.time.LocalDate;
import java.util.Objects;

/** One line of a posted entry with what a statement shows of its entry. */
public record PostedLine(
    long entryId,
    LocalDate date,
    EntryKind kind,
    String description,
    TradeId trade,
    JournalLine line) {
  public PostedLine {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(line, "line");
  }
}
