package com.tickmark.model.ledger.posting;

import static com.tickmark.model.ledger.PostingRole.CASH;
import static com.tickmark.model.ledger.PostingRole.PENALTIES_PAYABLE;
import static com.tickmark.model.ledger.PostingRole.PENALTY_EXPENSE;
import static com.tickmark.model.ledger.PostingRole.PENALTY_INCOME;
import static com.tickmark.model.ledger.PostingRole.WRITE_OFFS;

import com.tickmark.model.ledger.EntryDraft;
import com.tickmark.model.ledger.EntryKind;
import com.tickmark.model.settlement.penalty.Penalty;
import com.tickmark.model.settlement.penalty.PenaltyBooking;
import com.tickmark.model.settlement.penalty.PenaltyDirection;
import com.tickmark.model.trade.Trade;

/** Charges outside the trades' own entries: booked CSDR penalties and reconciliation write-offs. */
final class ChargeEntries {
  private final PostingContext context;

  ChargeEntries(PostingContext context) {
    this.context = context;
  }

  /**
   * A booked penalty at the amount booked, dated the day of the fail: one the firm pays is an
   * expense it owes (PENALTY_EXPENSE against PENALTIES_PAYABLE), one it receives is income it is
   * owed (PENALTIES_PAYABLE against PENALTY_INCOME). It carries the failing trade's book when the
   * trade is known.
   *
   * @param trade the failing trade; null when it is not among the run's trades
   */
  EntryDraft penalty(Penalty penalty, PenaltyBooking booking, Trade trade) {
    EntryLines lines = new EntryLines(context);
    String memo = penalty.reference();
    if (penalty.direction() == PenaltyDirection.PAY) {
      lines.pair(
          PENALTY_EXPENSE,
          PENALTIES_PAYABLE,
          booking.currency(),
          booking.amount(),
          trade == null ? null : trade.bookId(),
          penalty.instrument(),
          memo);
    } else {
      lines.pair(
          PENALTIES_PAYABLE,
          PENALTY_INCOME,
          booking.currency(),
          booking.amount(),
          trade == null ? null : trade.bookId(),
          penalty.instrument(),
          memo);
    }
    return lines.draft(
        penalty.date(),
        EntryKind.PENALTY,
        EventKeys.penalty(penalty.key()),
        penalty.trade(),
        "CSDR penalty "
            + (penalty.direction() == PenaltyDirection.PAY ? "charged on " : "received on ")
            + penalty.key().display());
  }

  /** A write-off: a loss debits WRITE_OFFS and credits CASH, a gain the other way. */
  EntryDraft writeOff(WriteOff writeOff) {
    EntryLines lines =
        new EntryLines(context)
            .pair(
                WRITE_OFFS,
                CASH,
                writeOff.currency(),
                writeOff.amount(),
                writeOff.book(),
                null,
                writeOff.reference());
    return lines.draft(
        writeOff.on(),
        EntryKind.WRITE_OFF,
        EventKeys.writeOff(writeOff.reference()),
        null,
        "Reconciliation break " + writeOff.reference() + " written off");
  }
}
