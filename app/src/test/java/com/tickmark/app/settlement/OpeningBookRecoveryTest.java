package com.tickmark.app.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.AppServices;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.intake.IntakeRecovery;
import com.tickmark.model.position.OpeningBookService;
import com.tickmark.model.position.OpeningCash;
import com.tickmark.model.position.OpeningLine;
import com.tickmark.model.position.OpeningPosition;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.persistence.settlement.OpeningBookRepository;
import com.tickmark.persistence.trade.PositionRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An opening balances load whose process died part-way: its first chunk committed, its journal row
 * still RUNNING. The next start rolls it back, so the workspace has no half opening book and the
 * file can be loaded again.
 */
class OpeningBookRecoveryTest {
  static final LocalDate AS_OF = LocalDate.of(2025, 11, 14);

  @TempDir Path dir;

  @Test
  void theNextStartDeletesWhatADeadLoadStoredAndSaysSoInTheAuditTrail() {
    try (Workspace ws = RefDataFixture.create(dir.resolve("ws"))) {
      OpeningBookRepository store = new OpeningBookRepository(ws.dsl());
      ws.run(
          () -> {
            long first = store.nextLineId();
            long run =
                store
                    .journal()
                    .begin(
                        OpeningBookService.ENTITY,
                        "opening.csv",
                        "0".repeat(64),
                        RefDataFixture.USER,
                        Instant.parse("2025-11-20T18:00:00Z"),
                        first);
            store.insertLines(
                List.of(
                    new OpeningLine(
                        first,
                        1,
                        2,
                        new OpeningPosition(
                            AS_OF,
                            new BookId(1),
                            new AccountId(2),
                            new InstrumentId(1),
                            new BigDecimal("100"),
                            new BigDecimal("22850.00")),
                        null),
                    new OpeningLine(
                        first + 1,
                        1,
                        3,
                        null,
                        new OpeningCash(AS_OF, new AccountId(3), new BigDecimal("1000.00")))));
            store.journal().advance(run, first + 1);
          });
      assertThat(new PositionRepository(ws.dsl()).openingDate()).contains(AS_OF);

      AppServices half = RefDataFixture.services(ws);
      assertThat(half.area(SettlementServices.class).positions().openingDate())
          .as("what the next start rolls back")
          .isEmpty();
      assertThat(half.repositories().audit().search(AuditFilter.all()))
          .filteredOn(r -> r.event().entityType().equals(IntakeRecovery.ENTITY))
          .singleElement()
          .satisfies(
              r -> assertThat(r.event().reason()).contains("unfinished import of opening.csv"));
    }
  }
}
