package com.tickmark.persistence.recon;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.recon.statement.StatementEntry;
import com.tickmark.model.recon.statement.StatementImport;
import com.tickmark.model.recon.statement.StoredEntry;
import com.tickmark.model.recon.statement.StoredStatement;
import com.tickmark.persistence.workspace.OnMigratedWorkspace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bank statements, their entries and imports on the real H2 database after every migration. */
class BankStatementRepositoryTest extends OnMigratedWorkspace {
  static final LocalDate NOV_19 = LocalDate.of(2025, 11, 19);
  static final LocalDate NOV_20 = LocalDate.of(2025, 11, 20);

  static StoredStatement statement(
      long id, String account, String number, LocalDate day, String opening, String closing) {
    return new StoredStatement(
        id,
        1,
        account,
        "GB91ALDM40784046054233",
        "EUR",
        number,
        "001",
        day.minusDays(1),
        new BigDecimal(opening),
        day,
        new BigDecimal(closing),
        1,
        "bank.sta",
        (int) id * 10,
        null);
  }

  @Test
  void statementsReadBackAtTheirCurrencysScaleByAccountAndDate() {
    BankStatementRepository repo = new BankStatementRepository(ws.dsl());
    StoredStatement first = statement(1, "CASH-EUR", "00001", NOV_19, "100.00", "-0.50");
    StoredStatement second = statement(2, "CASH-EUR", "00002", NOV_20, "-0.50", "1234567.89");
    StoredStatement other = statement(3, "CASH-GBP", "00007", NOV_19, "5.00", "5.00");
    ws.run(() -> repo.insertStatements(List.of(second, other, first)));

    assertThat(repo.statements(Optional.empty())).containsExactly(first, second, other);
    assertThat(repo.statements(Optional.of("CASH-GBP"))).containsExactly(other);
    assertThat(repo.latest("CASH-EUR", NOV_20)).contains(second);
    assertThat(repo.latest("CASH-EUR", NOV_19)).contains(first);
    assertThat(repo.latest("CASH-EUR", NOV_19.minusDays(1))).isEmpty();
    assertThat(repo.find("CASH-EUR", "00002", "001", NOV_20)).contains(second);
    assertThat(repo.find("CASH-EUR", "00002", null, NOV_20)).isEmpty();
    assertThat(repo.nextStatementId()).isEqualTo(4);
  }

  @Test
  void entriesAreStoredAndDeletedByTheirIdRange() {
    BankStatementRepository repo = new BankStatementRepository(ws.dsl());
    long first = repo.nextEntryId();
    StatementEntry entry =
        new StatementEntry(
            5,
            NOV_20,
            null,
            new BigDecimal("-42643.11"),
            "D",
            "NTRF",
            "E2E-1",
            "B03",
            "T23",
            "GOLDMAN SACHS",
            "DE89370400440532013000",
            "RVP BUY 230 NFTM ".repeat(40));
    ws.run(
        () ->
            repo.insertEntries(
                List.of(
                    new StoredEntry(first, 1, "bank.sta", entry),
                    new StoredEntry(first + 1, 1, "bank.sta", entry))));
    assertThat(repo.nextEntryId()).isEqualTo(first + 2);

    ws.run(() -> repo.deleteEntries(first, first + 1));

    assertThat(repo.nextEntryId()).isEqualTo(first);
  }

  @Test
  void anImportIsFoundByItsFilesSha256() {
    BankStatementRepository repo = new BankStatementRepository(ws.dsl());
    StatementImport done =
        new StatementImport(
            repo.nextImportId(),
            "bank.sta",
            "a".repeat(64),
            "clerk",
            Instant.parse("2025-11-20T09:30:00.123456Z"),
            2,
            17,
            1,
            1L,
            17L);
    ws.run(() -> repo.recordImport(done));

    assertThat(repo.findBySha256("a".repeat(64))).contains(done);
    assertThat(repo.findBySha256("b".repeat(64))).isEmpty();
    assertThat(repo.nextImportId()).isEqualTo(done.id() + 1);
  }

  @Test
  void anEntryBelongsToTheEarlierOfItsValueAndBookingDates() {
    BankStatementRepository repo = new BankStatementRepository(ws.dsl());
    LocalDate nov18 = NOV_19.minusDays(1);
    LocalDate nov21 = NOV_20.plusDays(1);
    long id = repo.nextEntryId();
    List<StoredEntry> entries =
        List.of(
            entry(id, 1, NOV_19, NOV_19), // on time
            entry(id + 1, 2, nov21, NOV_20), // valued a day after booking: its booking date's
            entry(id + 2, 3, NOV_20, null), // no booking date: its value date's
            entry(id + 3, 4, NOV_19, nov18), // booked the day before: that day's
            entry(id + 4, 5, nov18, NOV_19), // back-valued: its value date's
            entry(id + 5, 6, nov21, nov21)); // the next day's
    ws.run(() -> repo.insertEntries(entries));

    assertThat(repo.entriesOf(NOV_19, NOV_20))
        .extracting(e -> e.entry().line())
        .containsExactly(1, 2, 3);
    assertThat(repo.entriesOf(nov18, nov18))
        .extracting(e -> e.entry().line())
        .containsExactly(4, 5);
  }

  private static StoredEntry entry(long id, int line, LocalDate valued, LocalDate booked) {
    return new StoredEntry(
        id,
        1,
        "bank.sta",
        new StatementEntry(
            line,
            valued,
            booked,
            new BigDecimal("100.00"),
            "C",
            "NTRF",
            null,
            "B0" + line,
            null,
            null,
            null,
            ""));
  }
}
