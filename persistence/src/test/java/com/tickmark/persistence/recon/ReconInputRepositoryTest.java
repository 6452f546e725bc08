package com.tickmark.persistence.recon;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.recon.input.Confirmation;
import com.tickmark.model.recon.input.Holding;
import com.tickmark.model.recon.input.InputImport;
import com.tickmark.model.recon.input.InputKind;
import com.tickmark.model.trade.Side;
import com.tickmark.persistence.workspace.OnMigratedWorkspace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.Test;

/** Confirmations, holdings and their imports on the real H2 database after every migration. */
class ReconInputRepositoryTest extends OnMigratedWorkspace {
  static final LocalDate NOV_9 = LocalDate.of(2026, 11, 9);
  static final RecursiveComparisonConfiguration EXACT =
      RecursiveComparisonConfiguration.builder()
          .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
          .build();

  static Confirmation confirmation(long id, LocalDate tradeDate, String execId, int fills) {
    return new Confirmation(
        id,
        "GSX",
        "GSX-" + id,
        execId,
        "O-1",
        tradeDate,
        tradeDate.plusDays(1),
        "US8733361013",
        Side.SELL,
        new BigDecimal("260"),
        new BigDecimal("181.533333"),
        new BigDecimal("47198.67"),
        new BigDecimal("3.78"),
        new BigDecimal("1.31"),
        new BigDecimal("47193.58"),
        "USD",
        "CUST-US",
        fills,
        "GSX_20261109.csv",
        (int) id + 1);
  }

  @Test
  void linesReadBackExactlyByTheirDateAndAnIdRangeIsDeleted() {
    ReconInputRepository repo = new ReconInputRepository(ws.dsl());
    assertThat(repo.nextConfirmationId()).isEqualTo(1);
    Confirmation one = confirmation(1, NOV_9, "E1", 1);
    Confirmation aggregated = confirmation(2, NOV_9, "", 3);
    Confirmation later = confirmation(3, NOV_9.plusDays(1), "E3", 1);
    Holding shortPosition =
        new Holding(
            1,
            NOV_9,
            "ACS-58136208",
            "DE000A5W9XW0",
            "MAIN",
            new BigDecimal("-1820"),
            "EUR",
            new BigDecimal("171.8800"),
            new BigDecimal("-312821.60"),
            "ACS_positions_20261109.csv",
            2);
    ws.run(
        () -> {
          repo.insertConfirmations(List.of(one, aggregated, later));
          repo.insertHoldings(List.of(shortPosition));
        });

    assertThat(repo.confirmations(NOV_9))
        .usingRecursiveFieldByFieldElementComparator(EXACT)
        .containsExactly(one, aggregated);
    assertThat(repo.confirmations(null)).hasSize(3);
    assertThat(repo.holdings(NOV_9))
        .usingRecursiveFieldByFieldElementComparator(EXACT)
        .containsExactly(shortPosition);
    assertThat(repo.holdings(NOV_9.plusDays(1))).isEmpty();
    assertThat(repo.nextConfirmationId()).isEqualTo(4);

    ws.run(() -> repo.deleteConfirmations(2, 3));
    assertThat(repo.confirmations(null)).extracting(Confirmation::id).containsExactly(1L);
  }

  @Test
  void anImportIsFoundByItsKindAndSha256() {
    ReconInputRepository repo = new ReconInputRepository(ws.dsl());
    String sha = "a".repeat(64);
    InputImport record =
        new InputImport(
            repo.nextImportId(),
            InputKind.CONFIRMATIONS,
            "GSX_20261109.csv",
            sha,
            "clerk",
            Instant.parse("2026-11-09T18:00:00.123456Z"),
            3,
            1L,
            3L);
    ws.run(() -> repo.recordImport(record));

    assertThat(repo.findBySha256(InputKind.CONFIRMATIONS, sha)).contains(record);
    assertThat(repo.findBySha256(InputKind.HOLDINGS, sha)).isEmpty();
    assertThat(repo.nextImportId()).isEqualTo(record.id() + 1);
  }
}
