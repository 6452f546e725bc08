package com.tickmark.persistence.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.ledger.BalanceRow;
import com.tickmark.model.ledger.ChartOfAccounts;
import com.tickmark.model.ledger.EntryDraft;
import com.tickmark.model.ledger.EntryFilter;
import com.tickmark.model.ledger.EntryKind;
import com.tickmark.model.ledger.EntryState;
import com.tickmark.model.ledger.JournalEntry;
import com.tickmark.model.ledger.JournalLine;
import com.tickmark.model.ledger.PostedLine;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.trade.TradeId;
import com.tickmark.persistence.workspace.OnMigratedWorkspace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The journal on the real H2 database after every migration: entries read back exactly, balances
 * add up as entries post, and the database itself refuses an entry that does not balance.
 */
class LedgerRepositoryTest extends OnMigratedWorkspace {
  static final LocalDate NOV_20 = LocalDate.of(2025, 11, 20);
  static final Instant AT = Instant.parse("2025-11-20T18:05:12.123456Z");
  static final CurrencyCode USD = CurrencyCode.USD;
  static final BookId BOOK = new BookId(3);

  static JournalLine line(String account, String amount) {
    return new JournalLine(
        account,
        USD,
        new BigDecimal(amount),
        new BigDecimal(amount),
        BOOK,
        "STATARB",
        account.equals("1200") ? new InstrumentId(29) : null,
        "");
  }

  static JournalEntry buy(long id, LocalDate on, String key) {
    return new JournalEntry(
        id,
        EntryDraft.of(
            on,
            EntryKind.TRADE,
            key,
            new TradeId(17),
            "Buy 100 GSX",
            List.of(line("1200", "2020"), line("5100", "1.5"), line("2100", "-2021.5"))),
        EntryState.POSTED,
        "system",
        AT,
        "system",
        AT);
  }

  @Test
  void entriesReadBackExactlyAndBalancesAddUpPerDayAccountAndBook() {
    LedgerRepository repo = new LedgerRepository(ws.dsl());
    ws.run(
        () -> {
          ChartOfAccounts.standard().accounts().forEach(a -> repo.saveAccount(a, "system", AT));
          repo.insert(List.of(buy(1, NOV_20, "TRADE:17:1"), buy(2, NOV_20, "TRADE:18:1")));
          repo.insert(List.of(buy(3, NOV_20.plusDays(1), "TRADE:19:1")));
        });

    assertThat(repo.accounts()).isEqualTo(ChartOfAccounts.standard().accounts());
    assertThat(repo.lastEntryId()).isEqualTo(3);
    assertThat(repo.entry(1)).contains(buy(1, NOV_20, "TRADE:17:1"));
    assertThat(repo.entryForEvent("TRADE:19:1").orElseThrow().id()).isEqualTo(3);
    assertThat(repo.postedEvents(List.of("TRADE:17:1", "TRADE:99:1")))
        .containsExactly("TRADE:17:1");
    assertThat(repo.eventKeys("TRADE:1"))
        .isEqualTo(Set.of("TRADE:17:1", "TRADE:18:1", "TRADE:19:1"));

    List<BalanceRow> firstDay = repo.balances(NOV_20);
    assertThat(firstDay)
        .filteredOn(b -> b.account().equals("2100"))
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.book()).isEqualTo(BOOK);
              assertThat(b.credit()).isEqualByComparingTo("4043");
              assertThat(b.reportingCredit()).isEqualByComparingTo("4043");
              assertThat(b.debit()).isEqualByComparingTo("0");
            });
    assertThat(repo.balances(NOV_20.plusDays(1)))
        .filteredOn(b -> b.account().equals("1200"))
        .singleElement()
        .satisfies(b -> assertThat(b.balance()).isEqualByComparingTo("6060"));

    List<PostedLine> lines = repo.lines("1200", NOV_20, NOV_20.plusDays(1));
    assertThat(lines).extracting(PostedLine::entryId).containsExactly(1L, 2L, 3L);
    assertThat(lines.get(0).trade()).isEqualTo(new TradeId(17));
    assertThat(lines.get(0).line().instrument()).isEqualTo(new InstrumentId(29));
    assertThat(repo.entries(EntryFilter.ALL, 2))
        .extracting(JournalEntry::id)
        .containsExactly(3L, 2L);
    assertThat(repo.entries(new EntryFilter(null, NOV_20, null, null, "5100", null), 10))
        .hasSize(2);
    assertThat(repo.hasPostings("5100")).isTrue();
    assertThat(repo.hasPostings("5200")).isFalse();
  }

  @Test
  void aBalanceAddsEveryCentOfALaterPostingToTheSameDayAccountAndBook() {
    LedgerRepository repo = new LedgerRepository(ws.dsl());
    JournalEntry fee =
        new JournalEntry(
            2,
            EntryDraft.of(
                NOV_20,
                EntryKind.MANUAL,
                null,
                null,
                "Fee",
                List.of(line("5100", "0.47"), line("2100", "-0.47"))),
            EntryState.POSTED,
            "accountant",
            AT,
            "controller",
            AT);
    ws.run(() -> repo.insert(List.of(buy(1, NOV_20, "TRADE:17:1"))));
    ws.run(() -> repo.insert(List.of(fee)));

    assertThat(repo.balances(NOV_20))
        .filteredOn(b -> b.account().equals("2100"))
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.credit()).isEqualByComparingTo("2021.97");
              assertThat(b.reportingCredit()).isEqualByComparingTo("2021.97");
            });
    assertThat(repo.balances(NOV_20))
        .filteredOn(b -> b.account().equals("5100"))
        .singleElement()
        .satisfies(b -> assertThat(b.debit()).isEqualByComparingTo("1.97"));
  }

  @Test
  void theDatabaseRefusesAnEventTwiceAndAnEntryWhoseReportingAmountsDoNotBalance() {
    LedgerRepository repo = new LedgerRepository(ws.dsl());
    ws.run(() -> repo.insert(List.of(buy(1, NOV_20, "TRADE:17:1"))));

    assertThatThrownBy(() -> ws.run(() -> repo.insert(List.of(buy(2, NOV_20, "TRADE:17:1")))))
        .hasMessageContaining("journal_entry");
    int updated =
        ws.dsl()
            .update(com.tickmark.persistence.jooq.Tables.JOURNAL_ENTRY_TOTAL)
            .set(com.tickmark.persistence.jooq.Tables.JOURNAL_ENTRY_TOTAL.DEBIT, BigDecimal.ONE)
            .where(com.tickmark.persistence.jooq.Tables.JOURNAL_ENTRY_TOTAL.ENTRY_ID.eq(99L))
            .execute();
    assertThat(updated).isZero();
    assertThatThrownBy(
            () ->
                ws.dsl()
                    .update(com.tickmark.persistence.jooq.Tables.JOURNAL_ENTRY_TOTAL)
                    .set(
                        com.tickmark.persistence.jooq.Tables.JOURNAL_ENTRY_TOTAL.DEBIT,
                        BigDecimal.ONE)
                    .where(com.tickmark.persistence.jooq.Tables.JOURNAL_ENTRY_TOTAL.ENTRY_ID.eq(1L))
                    .execute())
        .hasMessageContaining("JOURNAL_ENTRY_TOTAL_BALANCED");
    assertThat(repo.lastEntryId()).isEqualTo(1);
  }
}
