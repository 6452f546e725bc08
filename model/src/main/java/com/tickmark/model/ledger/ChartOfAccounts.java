package com.tickmark.model.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The firm's accounts, in code order, checked as a whole: codes unique, every parent a header of
 * the chart and of the same class as the accounts below it.
 */
public final class ChartOfAccounts {
  private final Map<String, LedgerAccount> byCode = new LinkedHashMap<>();

  /**
   * @throws IllegalArgumentException naming the first account that does not fit
   */
  public ChartOfAccounts(Collection<LedgerAccount> accounts) {
    List<LedgerAccount> sorted = new ArrayList<>(accounts);
    sorted.sort(Comparator.comparing(LedgerAccount::code));
    for (LedgerAccount account : sorted) {
      if (byCode.put(account.code(), account) != null) {
        throw new IllegalArgumentException("Account " + account.code() + " is in the chart twice");
      }
    }
    for (LedgerAccount account : sorted) {
      if (account.parent() == null) {
        continue;
      }
      LedgerAccount parent = byCode.get(account.parent());
      if (parent == null) {
        throw new IllegalArgumentException(
            "Account "
                + account.code()
                + " names parent "
                + account.parent()
                + ", not in the chart");
      }
      if (!parent.header()) {
        throw new IllegalArgumentException(
            "Account "
                + account.code()
                + " names parent "
                + parent.code()
                + ", which takes postings; a parent must be a header");
      }
      if (parent.accountClass() != account.accountClass()) {
        throw new IllegalArgumentException(
            "Account "
                + account.code()
                + " is "
                + account.accountClass()
                + " under "
                + parent.code()
                + ", which is "
                + parent.accountClass());
      }
    }
  }

  /** The chart a trading firm starts with: every posting role's account under its class header. */
  public static ChartOfAccounts standard() {
    List<LedgerAccount> accounts = new ArrayList<>();
    accounts.add(LedgerAccount.header("1000", "Assets", AccountClass.ASSET, null));
    accounts.add(LedgerAccount.header("2000", "Liabilities", AccountClass.LIABILITY, null));
    accounts.add(LedgerAccount.header("3000", "Equity", AccountClass.EQUITY, null));
    accounts.add(LedgerAccount.header("4000", "Income", AccountClass.INCOME, null));
    accounts.add(LedgerAccount.header("5000", "Expenses", AccountClass.EXPENSE, null));
    accounts.add(LedgerAccount.posting("1100", "Cash", AccountClass.ASSET, "1000"));
    accounts.add(LedgerAccount.posting("1200", "Securities at cost", AccountClass.ASSET, "1000"));
    accounts.add(
        LedgerAccount.posting(
            "1210", "Securities: mark-to-market adjustment", AccountClass.ASSET, "1000"));
    accounts.add(
        LedgerAccount.posting("1300", "Receivable from brokers", AccountClass.ASSET, "1000"));
    accounts.add(LedgerAccount.posting("1400", "FX spot position", AccountClass.ASSET, "1000"));
    accounts.add(
        LedgerAccount.posting("2100", "Payable to brokers", AccountClass.LIABILITY, "2000"));
    accounts.add(
        LedgerAccount.posting("2300", "CSDR penalties payable", AccountClass.LIABILITY, "2000"));
    accounts.add(LedgerAccount.posting("3100", "Capital", AccountClass.EQUITY, "3000"));
    accounts.add(LedgerAccount.posting("3200", "Retained earnings", AccountClass.EQUITY, "3000"));
    accounts.add(LedgerAccount.header("4050", "Trading income", AccountClass.INCOME, "4000"));
    accounts.add(
        LedgerAccount.posting("4100", "Realized trading P&L", AccountClass.INCOME, "4050"));
    accounts.add(
        LedgerAccount.posting("4200", "Unrealized trading P&L", AccountClass.INCOME, "4050"));
    accounts.add(LedgerAccount.posting("4300", "FX revaluation P&L", AccountClass.INCOME, "4000"));
    accounts.add(
        LedgerAccount.posting("4400", "CSDR penalties received", AccountClass.INCOME, "4000"));
    accounts.add(LedgerAccount.header("5050", "Trading costs", AccountClass.EXPENSE, "5000"));
    accounts.add(LedgerAccount.posting("5100", "Commissions", AccountClass.EXPENSE, "5050"));
    accounts.add(LedgerAccount.posting("5200", "Fees", AccountClass.EXPENSE, "5050"));
    accounts.add(
        LedgerAccount.posting("5300", "CSDR penalties charged", AccountClass.EXPENSE, "5000"));
    accounts.add(
        LedgerAccount.posting("5400", "Reconciliation write-offs", AccountClass.EXPENSE, "5000"));
    return new ChartOfAccounts(accounts);
  }

  public Optional<LedgerAccount> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** The account with {@code code}; refused with a sentence when the chart has none. */
  public LedgerAccount get(String code) {
    return find(code)
        .orElseThrow(() -> new IllegalArgumentException("No account " + code + " in the chart"));
  }

  /** Every account in code order. */
  public List<LedgerAccount> accounts() {
    return List.copyOf(byCode.values());
  }

  /** The accounts directly below {@code code}, in code order. */
  public List<LedgerAccount> children(String code) {
    return byCode.values().stream().filter(a -> code.equals(a.parent())).toList();
  }

  /** The top-level account of {@code code}'s branch (itself when it has no parent). */
  public LedgerAccount root(String code) {
    LedgerAccount account = get(code);
    while (account.parent() != null) {
      account = get(account.parent());
    }
    return account;
  }

  /** This chart with {@code account} added or, for a code already in it, replaced. */
  public ChartOfAccounts with(LedgerAccount account) {
    Map<String, LedgerAccount> next = new LinkedHashMap<>(byCode);
    next.put(account.code(), account);
    return new ChartOfAccounts(next.values());
  }
}
