package com.tickmark.app.recon;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.AppServices;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.intake.IntakeRecovery;
import com.tickmark.model.recon.statement.BankStatementService;
import com.tickmark.model.recon.statement.StatementEntry;
import com.tickmark.model.recon.statement.StoredEntry;
import com.tickmark.persistence.recon.BankStatementRepository;
import com.tickmark.persistence.recon.ReconRepositories;
import com.tickmark.persistence.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bank statement import whose process died part-way: its first chunk of entries committed, its
 * journal row still RUNNING, no statement or import row yet. The next start deletes those entries,
 * so no entry is left without its statement and the file can be imported again.
 */
class BankStatementRecoveryTest {
  static final LocalDate DAY = LocalDate.of(2025, 11, 20);

  @TempDir Path dir;

  static StatementEntry entry(int line, String amount) {
    return new StatementEntry(
        line,
        DAY,
        DAY,
        new BigDecimal(amount),
        "C",
        "NTRF",
        null,
        "B" + line,
        null,
        null,
        null,
        "");
  }

  @Test
  void theNextStartDeletesTheEntriesADeadImportStoredAndSaysSoInTheAuditTrail() {
    try (Workspace ws = RefDataFixture.create(dir.resolve("ws"))) {
      BankStatementRepository store = ReconRepositories.of(ws).statements();
      long first = store.nextEntryId();
      ws.run(
          () -> {
            long run =
                store
                    .journal()
                    .begin(
                        BankStatementService.ENTITY,
                        "bank.sta",
                        "0".repeat(64),
                        RefDataFixture.USER,
                        Instant.parse("2025-11-20T18:00:00Z"),
                        first);
            store.insertEntries(
                List.of(
                    new StoredEntry(first, 1, "bank.sta", entry(5, "10.00")),
                    new StoredEntry(first + 1, 1, "bank.sta", entry(7, "20.00"))));
            store.journal().advance(run, first + 1);
          });
      assertThat(store.nextEntryId()).as("what the dead import stored").isEqualTo(first + 2);

      AppServices next = RefDataFixture.services(ws);

      assertThat(store.nextEntryId()).as("rolled back").isEqualTo(first);
      assertThat(next.repositories().audit().search(AuditFilter.all()))
          .filteredOn(r -> r.event().entityType().equals(IntakeRecovery.ENTITY))
          .singleElement()
          .satisfies(r -> assertThat(r.event().reason()).contains("unfinished import of bank.sta"));
    }
  }
}
