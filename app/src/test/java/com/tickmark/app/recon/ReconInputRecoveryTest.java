package com.tickmark.app.recon;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.AppServices;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.intake.IntakeRecovery;
import com.tickmark.model.recon.input.Holding;
import com.tickmark.model.recon.input.InputKind;
import com.tickmark.persistence.recon.ReconInputRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A holdings import whose process died part-way: its first chunk committed, its journal row still
 * RUNNING. The next start rolls it back, so no half file of holdings is left to reconcile.
 */
class ReconInputRecoveryTest {
  static final LocalDate NOV_9 = LocalDate.of(2026, 11, 9);

  @TempDir Path dir;

  private static Holding holding(long id, int line) {
    return new Holding(
        id,
        NOV_9,
        "ACS-58136208",
        "DE000A437PJ3",
        "RHE",
        new BigDecimal("201000"),
        "EUR",
        new BigDecimal("31.4350"),
        new BigDecimal("6318435.00"),
        "ACS_positions_20261109.csv",
        line);
  }

  @Test
  void theNextStartDeletesWhatADeadImportStoredAndSaysSoInTheAuditTrail() {
    try (Workspace ws = RefDataFixture.create(dir.resolve("ws"))) {
      ReconInputRepository store = new ReconInputRepository(ws.dsl());
      ws.run(
          () -> {
            long first = store.nextHoldingId();
            long run =
                store
                    .journal()
                    .begin(
                        InputKind.HOLDINGS.entity(),
                        "ACS_positions_20261109.csv",
                        "0".repeat(64),
                        RefDataFixture.USER,
                        Instant.parse("2026-11-09T18:00:00Z"),
                        first);
            store.insertHoldings(List.of(holding(first, 2), holding(first + 1, 3)));
            store.journal().advance(run, first + 1);
          });
      assertThat(store.holdings(NOV_9)).hasSize(2);

      AppServices next = RefDataFixture.services(ws);
      assertThat(store.holdings(null)).as("what the next start rolls back").isEmpty();
      assertThat(next.repositories().audit().search(AuditFilter.all()))
          .filteredOn(r -> r.event().entityType().equals(IntakeRecovery.ENTITY))
          .singleElement()
          .satisfies(
              r ->
                  assertThat(r.event().reason())
                      .contains("unfinished import of ACS_positions_20261109.csv"));
    }
  }
}
