package com.tickmark.model.ledger;

import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An account's statement over a range of dates, per currency: the opening balance, each posted line
 * with the running balance after it, and the closing balance. Balances are debit positive.
 */
public record AccountStatement(
    LedgerAccount account, LocalDate from, LocalDate to, List<Section> sections) {
  public AccountStatement {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    sections = List.copyOf(sections);
  }

  /** The statement in one currency. */
  public record Section(
      CurrencyCode currency, BigDecimal opening, List<Line> lines, BigDecimal closing) {
    public Section {
      lines = List.copyOf(lines);
    }

    public BigDecimal debits() {
      return lines.stream()
          .map(l -> l.posted().line().debitAmount())
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal credits() {
      return lines.stream()
          .map(l -> l.posted().line().creditAmount())
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /** A posted line and the balance after it. */
  public record Line(PostedLine posted, BigDecimal balance) {}

  /**
   * The statement of {@code account} from {@code openingBalances} (what was posted to it before
   * {@code from}) and the {@code lines} posted from {@code from} to {@code to} in posting order.
   * Revaluation lines (nothing in the account's currency) move only the reporting balance, so a
   * statement in the account's currency leaves them out.
   */
  public static AccountStatement of(
      LedgerAccount account,
      LocalDate from,
      LocalDate to,
      List<BalanceRow> openingBalances,
      List<PostedLine> lines) {
    Map<CurrencyCode, BigDecimal> opening = new TreeMap<>();
    for (BalanceRow b : openingBalances) {
      if (b.account().equals(account.code())) {
        opening.merge(b.currency(), b.balance(), BigDecimal::add);
      }
    }
    Map<CurrencyCode, List<PostedLine>> byCurrency = new TreeMap<>();
    for (PostedLine l : lines) {
      if (l.line().amount().signum() != 0) {
        byCurrency.computeIfAbsent(l.line().currency(), c -> new ArrayList<>()).add(l);
      }
    }
    opening.forEach((c, b) -> byCurrency.computeIfAbsent(c, x -> new ArrayList<>()));
    List<Section> sections = new ArrayList<>();
    byCurrency.forEach(
        (currency, posted) -> {
          BigDecimal start = opening.getOrDefault(currency, BigDecimal.ZERO);
          BigDecimal running = start;
          List<Line> out = new ArrayList<>(posted.size());
          for (PostedLine p : posted) {
            running = running.add(p.line().amount());
            out.add(new Line(p, running));
          }
          if (start.signum() != 0 || !out.isEmpty()) {
            sections.add(new Section(currency, start, out, running));
          }
        });
    return new AccountStatement(account, from, to, sections);
  }
}
