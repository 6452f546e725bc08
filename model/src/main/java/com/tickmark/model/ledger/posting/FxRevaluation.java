package com.tickmark.model.ledger.posting;

import com.tickmark.model.ledger.EntryDraft;
import com.tickmark.model.ledger.EntryKind;
import com.tickmark.model.ledger.JournalLine;
import com.tickmark.model.ledger.PostingRole;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * The foreign-currency balances of the monetary accounts (cash, receivables, payables, the FX
 * position and penalties payable) revalued at a day's closing rate: for each account, currency and
 * book, the balance at the rate less what it stands at in the reporting currency is posted on the
 * account with no amount in the currency, against FX_REVALUATION. Posting it again at the same
 * rates finds nothing to revalue.
 */
final class FxRevaluation {
  /** The accounts whose foreign-currency balances are revalued. */
  static final Set<PostingRole> MONETARY =
      Set.of(
          PostingRole.CASH,
          PostingRole.RECEIVABLE,
          PostingRole.PAYABLE,
          PostingRole.FX_POSITION,
          PostingRole.PENALTIES_PAYABLE);

  private record Key(String account, CurrencyCode currency, BookId book) {}

  private static final Comparator<Key> ORDER =
      Comparator.comparing(Key::account)
          .thenComparing(Key::currency)
          .thenComparing(k -> k.book() == null ? 0L : k.book().value());

  private final PostingContext context;

  FxRevaluation(PostingContext context) {
    this.context = context;
  }

  /** The accounts' codes, as {@link PostedJournal#balances} takes them. */
  List<String> accounts() {
    return MONETARY.stream().map(context::code).sorted().toList();
  }

  /**
   * The revaluation at the close of {@code day} of the balances {@code posted} before this run plus
   * the lines of {@code posting} (this run's entries) dated up to {@code day}; empty when every
   * balance already stands at the day's rate.
   *
   * @param taken whether the {@code n}th revaluation key of the day is already in the journal
   */
  Optional<EntryDraft> revalue(
      LocalDate day, List<AccountBalance> posted, List<EntryDraft> posting, IntPredicate taken) {
    Set<String> accounts = Set.copyOf(accounts());
    Map<Key, BigDecimal[]> balances = new TreeMap<>(ORDER);
    for (AccountBalance b : posted) {
      if (b.currency().equals(context.reportingCurrency())) {
        continue;
      }
      add(balances, new Key(b.account(), b.currency(), b.book()), b.amount(), b.reportingAmount());
    }
    for (EntryDraft entry : posting) {
      if (entry.date().isAfter(day)) {
        continue;
      }
      for (JournalLine line : entry.lines()) {
        if (!line.currency().equals(context.reportingCurrency())
            && accounts.contains(line.account())) {
          add(
              balances,
              new Key(line.account(), line.currency(), line.book()),
              line.amount(),
              line.reportingAmount());
        }
      }
    }
    String gains = context.code(PostingRole.FX_REVALUATION);
    List<JournalLine> lines = new ArrayList<>();
    balances.forEach(
        (key, sums) -> {
          BigDecimal difference = context.reporting(sums[0], key.currency(), day).subtract(sums[1]);
          if (difference.signum() == 0) {
            return;
          }
          String strategy = context.strategy(key.book());
          String memo = "Revalued at the close of " + day;
          lines.add(
              new JournalLine(
                  key.account(),
                  key.currency(),
                  BigDecimal.ZERO,
                  difference,
                  key.book(),
                  strategy,
                  null,
                  memo));
          lines.add(
              new JournalLine(
                  gains,
                  key.currency(),
                  BigDecimal.ZERO,
                  difference.negate(),
                  key.book(),
                  strategy,
                  null,
                  memo));
        });
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    int n = 1;
    while (taken.test(n)) {
      n++;
    }
    return Optional.of(
        EntryDraft.of(
            day,
            EntryKind.FX_REVALUATION,
            EventKeys.fxRevaluation(day, n),
            null,
            "Foreign-currency balances revalued at the close of " + day,
            lines));
  }

  private static void add(
      Map<Key, BigDecimal[]> balances, Key key, BigDecimal amount, BigDecimal reporting) {
    BigDecimal[] sums =
        balances.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
    sums[0] = sums[0].add(amount);
    sums[1] = sums[1].add(reporting);
  }
}
