package com.tickmark.model.ledger;

/** What caused a journal entry. */
public enum EntryKind {
  /** The opening book posted as the opening balance sheet. */
  OPENING("Opening balance"),
  /** A trade on its trade date: securities at cost against the broker, with commission and fees. */
  TRADE("Trade"),
  /** A sale's (or a cover's) relief of open lots: the realized P&L. */
  LOT_RELIEF("Lot relief"),
  /** A trade's cash settling: the broker's payable or receivable against cash. */
  SETTLEMENT("Settlement"),
  /** The day's unrealized P&L from closing prices; reversed the next business day. */
  MARK_TO_MARKET("Mark-to-market"),
  /** Foreign-currency balances revalued to the reporting currency at the closing rate. */
  FX_REVALUATION("FX revaluation"),
  /** A CSDR cash penalty booked. */
  PENALTY("CSDR penalty"),
  /** A reconciliation break written off. */
  WRITE_OFF("Write-off"),
  /** An entry typed by an accountant, approved by a second one. */
  MANUAL("Manual journal"),
  /** The exact opposite of an earlier entry: how a posted entry is corrected. */
  REVERSAL("Reversal");

  private final String label;

  EntryKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
