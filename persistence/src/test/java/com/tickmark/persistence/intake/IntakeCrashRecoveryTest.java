package com.tickmark.persistence.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.intake.CsvRows;
import com.tickmark.model.intake.ImportMode;
import com.tickmark.model.intake.ImportMonitor;
import com.tickmark.model.intake.Intake;
import com.tickmark.model.intake.IntakeField;
import com.tickmark.model.intake.IntakeLayout;
import com.tickmark.model.intake.IntakeRecovery;
import com.tickmark.model.intake.IntakeRequest;
import com.tickmark.model.intake.IntakeRun;
import com.tickmark.model.intake.IntakeTarget;
import com.tickmark.model.intake.StandardCsvProfile;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeSource;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.imports.TradeIntakeTarget;
import com.tickmark.persistence.audit.JooqAuditTrail;
import com.tickmark.persistence.trade.TradeImportRepository;
import com.tickmark.persistence.trade.TradeRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import whose process dies part-way, on a real migrated workspace: its committed chunks stay in
 * the database with its journal row RUNNING, and the next start deletes them and says so in the
 * audit trail.
 */
class IntakeCrashRecoveryTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-20T18:00:00Z"), ZoneOffset.UTC);

  /** What a kill -9 does to the importing thread: it stops, and nothing after it runs. */
  static final class Killed extends Error {
    private static final long serialVersionUID = 1L;
  }

  enum Field implements IntakeField {
    EXEC_ID;

    @Override
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  record Profile() implements StandardCsvProfile<Field> {
    @Override
    public String name() {
      return "test";
    }

    @Override
    public Map<Field, String> columns() {
      return Map.of(Field.EXEC_ID, "exec_id");
    }

    @Override
    public Class<Field> fieldType() {
      return Field.class;
    }
  }

  @TempDir Path dir;
  Workspace ws;
  TradeRepository trades;

  @BeforeEach
  void open() {
    ws = Workspace.open(dir);
    trades = new TradeRepository(ws.dsl());
  }

  @AfterEach
  void close() {
    ws.close();
  }

  IntakeTarget<Trade> target() {
    return new TradeIntakeTarget(trades);
  }

  static Trade trade(long id, String execId) {
    return new Trade(
        new TradeId(id),
        1,
        execId,
        "",
        "",
        new BookId(1),
        new InstrumentId(1),
        Side.BUY,
        BigDecimal.TEN,
        new BigDecimal("100.50"),
        new BigDecimal("1005.00"),
        BigDecimal.ZERO.setScale(2),
        BigDecimal.ZERO.setScale(2),
        CurrencyCode.USD,
        LocalDate.of(2025, 11, 20),
        Instant.parse("2025-11-20T14:31:05Z"),
        LocalDate.of(2025, 11, 21),
        new CounterpartyId(1),
        null,
        TradeSource.FILE,
        TradeStatus.NEW);
  }

  static String file(int rows) {
    StringBuilder b = new StringBuilder("exec_id\n");
    for (int i = 1; i <= rows; i++) {
      b.append("E-").append(i).append('\n');
    }
    return b.toString();
  }

  /** Imports {@code rows} rows, the importing thread stopping dead at row {@code killedAt}. */
  void importDyingAt(int rows, int killedAt) {
    Intake<Field, Trade> intake =
        new Intake<>(target(), new TradeImportRepository(ws.dsl()).journal(), ws, CLOCK);
    intake.run(
        new IntakeRequest(
            "trades.csv",
            "trades.csv",
            "a".repeat(64),
            "clerk",
            ImportMode.ALL_OR_NOTHING,
            1,
            false),
        new Profile(),
        CsvRows.of(file(rows), IntakeLayout.csv()),
        (row, id) -> {
          if (row.line() - 1 == killedAt) {
            throw new Killed();
          }
          return trade(id, row.text(Field.EXEC_ID));
        },
        null,
        ImportMonitor.NONE,
        outcome -> {});
  }

  @Test
  void anImportKilledPartWayIsRolledBackAtTheNextStartAndTheAuditTrailSaysSo() {
    assertThatThrownBy(() -> importDyingAt(2_500, 2_400)).isInstanceOf(Killed.class);
    assertThat(trades.count()).as("two chunks were committed before it died").isEqualTo(2_000);

    ws.close(); // the process is gone; the workspace is opened again
    ws = Workspace.open(dir);
    trades = new TradeRepository(ws.dsl());
    IntakeRunRepository journal = new IntakeRunRepository(ws.dsl());
    assertThat(journal.unfinished("TradeImport"))
        .singleElement()
        .satisfies(
            run -> {
              assertThat(run.firstId()).isEqualTo(1);
              assertThat(run.lastId()).isEqualTo(2_000);
              assertThat(run.startedBy()).isEqualTo("clerk");
            });

    JooqAuditTrail audit = new JooqAuditTrail(ws.dsl());
    List<IntakeRun> recovered = new IntakeRecovery(journal, ws, audit, CLOCK).recover(target());

    assertThat(recovered).hasSize(1);
    assertThat(trades.count()).isZero();
    assertThat(journal.unfinished("TradeImport")).isEmpty();
    List<AuditRecord> records = audit.search(AuditFilter.all());
    assertThat(records)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.event().entityType()).isEqualTo(IntakeRecovery.ENTITY);
              assertThat(r.event().action()).isEqualTo(AuditAction.STATUS_CHANGE);
              assertThat(r.event().actor()).isEqualTo("clerk");
              assertThat(r.event().after()).contains("\"state\":\"RECOVERED\"", "\"lastId\":2000");
              assertThat(r.event().reason()).contains("trades.csv", "rolled back");
            });
    assertThat(audit.verify().isIntact()).isTrue();
    assertThat(new IntakeRecovery(journal, ws, audit, CLOCK).recover(target()))
        .as("once only")
        .isEmpty();
  }

  @Test
  void aFinishedImportAndOneThatUndidItselfAreLeftAlone() {
    Intake<Field, Trade> intake =
        new Intake<>(target(), new TradeImportRepository(ws.dsl()).journal(), ws, CLOCK);
    intake.run(
        new IntakeRequest(
            "ok.csv", "ok.csv", "b".repeat(64), "clerk", ImportMode.ALL_OR_NOTHING, 1, false),
        new Profile(),
        CsvRows.of(file(1_500), IntakeLayout.csv()),
        (row, id) -> trade(id, row.text(Field.EXEC_ID)),
        null,
        ImportMonitor.NONE,
        outcome -> {});
    assertThatThrownBy(
            () ->
                intake.run(
                    new IntakeRequest(
                        "bad.csv",
                        "bad.csv",
                        "c".repeat(64),
                        "clerk",
                        ImportMode.ALL_OR_NOTHING,
                        1,
                        false),
                    new Profile(),
                    CsvRows.of(file(2_500), IntakeLayout.csv()),
                    (row, id) -> {
                      if (row.line() == 2_400) {
                        throw new IllegalStateException("the database is full");
                      }
                      return trade(id, "X-" + row.text(Field.EXEC_ID));
                    },
                    null,
                    ImportMonitor.NONE,
                    outcome -> {}))
        .hasMessage("the database is full");
    assertThat(trades.count()).as("the failed import deleted its chunks").isEqualTo(1_500);

    JooqAuditTrail audit = new JooqAuditTrail(ws.dsl());
    assertThat(
            new IntakeRecovery(new IntakeRunRepository(ws.dsl()), ws, audit, CLOCK)
                .recover(target()))
        .isEmpty();
    assertThat(trades.count()).isEqualTo(1_500);
    assertThat(audit.search(AuditFilter.all())).isEmpty();
  }
}
