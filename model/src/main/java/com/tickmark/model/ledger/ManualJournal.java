package com.tickmark.model.ledger;

import java.util.List;

/**
 * A manual journal as its author typed it and its approver reads it: plain values, kept as the
 * approval request's payload until a second accountant approves it and it posts.
 *
 * @param date the accounting date, ISO
 */
public record ManualJournal(String date, String description, List<Line> lines) {
  public ManualJournal {
    lines = List.copyOf(lines);
  }

  /**
   * One line: a debit (positive) or credit (negative) in a currency, with an optional book code.
   *
   * @param book a book code; empty for a firm-wide line
   * @param source where the line was typed ({@code FILE:LINE}), for messages; empty when typed in
   *     the app
   */
  public record Line(
      String account, String currency, String amount, String book, String memo, String source) {}
}
