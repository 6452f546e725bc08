package com.tickmark.persistence.trade;

import static com.tickmark.persistence.trade.TestTrades.trades;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.tickmark.model.intake.QuarantinedRow;
import com.tickmark.model.trade.imports.ImportRecord;
import com.tickmark.model.trade.imports.QuarantineEntry;
import com.tickmark.model.trade.imports.QuarantineStatus;
import com.tickmark.persistence.workspace.OnMigratedWorkspace;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** File imports, their quarantined rows and mapping profiles on a real, migrated workspace. */
class TradeImportRepositoryTest extends OnMigratedWorkspace {
  private static final Instant T1 = Instant.parse("2025-07-02T17:00:00.000001Z");
  private static final Instant T2 = Instant.parse("2025-07-03T09:00:00Z");
  private static final String SHA =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  TradeImportRepository imports;

  @BeforeEach
  void open() {
    imports = new TradeImportRepository(ws.dsl());
  }

  private static ImportRecord record(long id, String sha256, int quarantined) {
    return new ImportRecord(
        id, "fills-" + id + ".csv", sha256, "broker-x", "clerk", T1, 3, quarantined, 1L, 3L);
  }

  private void importWithRows(long id, QuarantinedRow... rows) {
    ws.run(
        () -> imports.recordImport(record(id, "%064x".formatted(id), rows.length), List.of(rows)));
  }

  @Test
  void anImportIsFoundByItsFilesHashAndTheFirstImportWinsWhenAFileCameTwice() {
    assertThat(imports.nextImportId()).isEqualTo(1);
    ws.run(() -> imports.recordImport(record(1, SHA, 0), List.of()));
    ws.run(() -> imports.recordImport(record(2, SHA, 0), List.of()));

    assertThat(imports.findBySha256(SHA)).contains(record(1, SHA, 0));
    assertThat(imports.findBySha256("0".repeat(64))).isEmpty();
    assertThat(imports.imports()).containsExactly(record(1, SHA, 0), record(2, SHA, 0));
    assertThat(imports.nextImportId()).isEqualTo(3);
  }

  @Test
  void quarantinedRowsComeBackInLineOrderAsTheyWereInTheFile() {
    importWithRows(
        1,
        new QuarantinedRow(9, "E9,ACME,SELL,100,abc", "fills-1.csv:9: price: not a number"),
        new QuarantinedRow(4, "E4,NOPE,BUY,100,12.5", "fills-1.csv:4: symbol: unknown"));

    assertThat(imports.quarantined(1))
        .containsExactly(
            new QuarantinedRow(4, "E4,NOPE,BUY,100,12.5", "fills-1.csv:4: symbol: unknown"),
            new QuarantinedRow(9, "E9,ACME,SELL,100,abc", "fills-1.csv:9: price: not a number"));
    assertThat(imports.quarantined(2)).isEmpty();
  }

  @Test
  void anOverlongRowIsKeptClippedRatherThanFailingTheImport() {
    importWithRows(1, new QuarantinedRow(2, "x".repeat(20_000), "fills-1.csv:2: too many fields"));

    String kept = imports.quarantined(1).get(0).rawLine();
    assertThat(kept).hasSize(10_000).startsWith("xxx").endsWith("...");
  }

  @Test
  void aQuarantineEntryCarriesItsFileProfileAndHeaderLine() {
    importWithRows(1, new QuarantinedRow(4, "E4,NOPE", "fills-1.csv:4: symbol: unknown"));
    ws.run(() -> imports.saveHeaderLine(1, "ExecId,Symbol"));

    assertThat(imports.quarantineEntry(1, 4))
        .contains(
            new QuarantineEntry(
                1,
                "fills-1.csv",
                "broker-x",
                "ExecId,Symbol",
                4,
                "E4,NOPE",
                "fills-1.csv:4: symbol: unknown",
                QuarantineStatus.OPEN,
                null,
                null,
                null,
                null));
    assertThat(imports.quarantineEntry(1, 5)).isEmpty();
  }

  @Test
  void resolvingARowTakesItOffTheOpenCountOnceAndOnlyOnce() {
    importWithRows(1, new QuarantinedRow(4, "E4,NOPE", "symbol"), new QuarantinedRow(6, "E6", "x"));
    importWithRows(2, new QuarantinedRow(3, "E3", "price"));
    ws.run(() -> new TradeRepository(ws.dsl()).insertBulk(trades(40, 40)));
    assertThat(imports.openQuarantineCount()).isEqualTo(3);

    ws.run(
        () ->
            imports.resolveQuarantined(
                1, 4, QuarantineStatus.REPAIRED, "ops", T2, "symbol corrected to ACME", 40L));
    ws.run(
        () ->
            imports.resolveQuarantined(
                2, 3, QuarantineStatus.DISCARDED, "ops", T2, "the broker cancelled it", null));

    assertThat(imports.openQuarantineCount()).isEqualTo(1);
    QuarantineEntry repaired = imports.quarantineEntry(1, 4).orElseThrow();
    assertThat(repaired.status()).isEqualTo(QuarantineStatus.REPAIRED);
    assertThat(repaired.resolvedBy()).isEqualTo("ops");
    assertThat(repaired.resolvedAt()).isEqualTo(T2);
    assertThat(repaired.reason()).isEqualTo("symbol corrected to ACME");
    assertThat(repaired.tradeId()).isEqualTo(40L);
    assertThat(imports.quarantineEntry(2, 3).orElseThrow().tradeId()).isNull();
    assertThat(imports.quarantineEntries())
        .extracting(QuarantineEntry::importId, QuarantineEntry::line, QuarantineEntry::status)
        .containsExactly(
            tuple(1L, 4, QuarantineStatus.REPAIRED),
            tuple(1L, 6, QuarantineStatus.OPEN),
            tuple(2L, 3, QuarantineStatus.DISCARDED));

    assertThatThrownBy(
            () ->
                ws.run(
                    () ->
                        imports.resolveQuarantined(
                            1, 4, QuarantineStatus.DISCARDED, "clerk", T2, "again", null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Row 4 of import 1 is no longer open; refresh the list.");
    assertThat(imports.quarantineEntry(1, 4)).contains(repaired);
  }

  @Test
  void storedExecIdsHoldEveryTradesExecId() {
    assertThat(imports.storedExecIds()).isEmpty();
    ws.run(() -> new TradeRepository(ws.dsl()).insertBulk(trades(1, 3)));

    assertThat(imports.storedExecIds()).containsExactlyInAnyOrder("E1", "E2", "E3");
  }

  @Test
  void aProfileSavedAgainUnderItsNameReplacesTheOldOne() {
    ws.run(() -> imports.saveProfile("zeta", "delimiter=;"));
    ws.run(() -> imports.saveProfile("alpha", "delimiter=,"));
    ws.run(() -> imports.saveProfile("zeta", "delimiter=\\t"));

    assertThat(imports.profiles())
        .containsExactly(Map.entry("alpha", "delimiter=,"), Map.entry("zeta", "delimiter=\\t"));
  }
}
