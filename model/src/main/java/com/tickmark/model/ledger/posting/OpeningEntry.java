package com.tickmark.model.ledger.posting;

import static com.tickmark.model.ledger.PostingRole.CAPITAL;
import static com.tickmark.model.ledger.PostingRole.CASH;
import static com.tickmark.model.ledger.PostingRole.SECURITIES;

import com.tickmark.model.ledger.EntryDraft;
import com.tickmark.model.ledger.EntryKind;
import com.tickmark.model.position.OpeningCash;
import com.tickmark.model.position.OpeningPosition;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The opening book as the opening balance sheet, in one entry dated the opening book's date: each
 * holding at cost on SECURITIES (a short's negative cost is a credit), each cash balance on CASH,
 * and CAPITAL credited with what they add up to in each currency.
 */
final class OpeningEntry {
  private final PostingContext context;

  OpeningEntry(PostingContext context) {
    this.context = context;
  }

  /** The opening entry; empty when the opening book holds nothing. */
  Optional<EntryDraft> entry(List<OpeningPosition> positions, List<OpeningCash> cash) {
    if (positions.isEmpty() && cash.isEmpty()) {
      return Optional.empty();
    }
    EntryLines lines = new EntryLines(context);
    Map<CurrencyCode, BigDecimal> capital = new TreeMap<>();
    LocalDate asOf = LocalDate.MIN;
    List<OpeningPosition> sortedPositions = new ArrayList<>(positions);
    sortedPositions.sort(
        Comparator.comparingLong((OpeningPosition p) -> p.book().value())
            .thenComparingLong(p -> p.instrument().value())
            .thenComparingLong(p -> p.custodyAccount().value()));
    for (OpeningPosition p : sortedPositions) {
      CurrencyCode currency = context.instrument(p.instrument()).currency();
      lines.add(SECURITIES, currency, p.cost(), p.book(), p.instrument(), "Opening holding");
      capital.merge(currency, p.cost(), BigDecimal::add);
      asOf = later(asOf, p.asOf());
    }
    List<OpeningCash> sortedCash = new ArrayList<>(cash);
    sortedCash.sort(Comparator.comparingLong(c -> c.cashAccount().value()));
    for (OpeningCash c : sortedCash) {
      Account account = context.account(c.cashAccount());
      lines.add(CASH, account.currency(), c.balance(), null, null, account.code());
      capital.merge(account.currency(), c.balance(), BigDecimal::add);
      asOf = later(asOf, c.asOf());
    }
    capital.forEach(
        (currency, total) -> lines.add(CAPITAL, currency, total.negate(), null, null, "Capital"));
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        lines.draft(asOf, EntryKind.OPENING, EventKeys.OPENING, null, "Opening balance sheet"));
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
