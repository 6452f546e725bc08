package com.tickmark.model.trade.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.audit.AuditVerification;
import com.tickmark.model.calendar.Holiday;
import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.intake.Columns;
import com.tickmark.model.intake.ImportMode;
import com.tickmark.model.intake.ImportMonitor;
import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.intake.QuarantinedRow;
import com.tickmark.model.position.PositionChanges;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.Bic;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.Isin;
import com.tickmark.model.refdata.Lei;
import com.tickmark.model.refdata.Mic;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.refdata.SettlementConvention;
import com.tickmark.model.refdata.Ssi;
import com.tickmark.model.refdata.Strategy;
import com.tickmark.model.security.AccessDeniedException;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeStore;
import com.tickmark.model.trade.TradeVersion;
import com.tickmark.model.tx.Transactions;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preview, cancellation and the repair of quarantined rows, over in-memory stores. */
class TradeImportRepairTest {
  static final CurrencyCode EUR = new CurrencyCode("EUR");
  static final CurrencyCode USD = CurrencyCode.USD;
  static final LocalDate TODAY = LocalDate.of(2025, 4, 30);
  static final HolidayCalendar TARGET2 =
      new HolidayCalendar(
          "TARGET2", "TARGET2", List.of(new Holiday(LocalDate.of(2025, 5, 1), "Labour Day")));
  static final HolidayCalendar XNYS = new HolidayCalendar("XNYS", "NYSE", List.of());
  static final Instrument SAP =
      new Instrument(
          new InstrumentId(1),
          "SAP",
          "SAP SE",
          AssetClass.EQUITY,
          Isin.parse("DE0007164600"),
          Mic.XETR,
          EUR,
          null,
          "Technology",
          "DE",
          SettlementConvention.of(2, "TARGET2"));
  static final Instrument AAPL =
      new Instrument(
          new InstrumentId(2),
          "AAPL",
          "Apple",
          AssetClass.EQUITY,
          Isin.parse("US0378331005"),
          Mic.XNAS,
          USD,
          null,
          "Technology",
          "US",
          SettlementConvention.of(1, "XNYS"));
  static final Book EQ = new Book(new BookId(10), "EQ-EU", "European equities", "", EUR);
  static final Counterparty BROKER =
      new Counterparty(
          new CounterpartyId(30),
          "GSCO",
          "Broker",
          CounterpartyRole.BROKER,
          Lei.withCheckDigits("529900T8BM49AURSDO"),
          new Bic("GSCOGB2L"),
          "GB");
  static final String HEADER = ImportProfile.tickmarkHeader();

  @TempDir Path dir;
  final MemoryStore store = new MemoryStore();
  final List<AuditEvent> audited = new ArrayList<>();
  final Transactions tx = new Rollback();
  final Actor clerk = new Actor(new UserId(1), "clerk", Set.of(Role.CLERK));
  final Actor viewer = new Actor(new UserId(2), "viewer", Set.of(Role.VIEWER));
  final TradeImportService service =
      new TradeImportService(
          store,
          store.tradeStore(),
          new RefData(),
          (instrument, date) ->
              Optional.of(
                  instrument.equals(SAP.id()) ? new BigDecimal("180") : new BigDecimal("200")),
          new Audit(),
          tx,
          Clock.fixed(Instant.parse("2025-04-30T18:00:00Z"), ZoneOffset.UTC),
          () -> TODAY);

  static String row(String execId, String symbol, String quantity, String price, String currency) {
    return execId
        + ",O1,,EQ-EU,"
        + symbol
        + ",,B,"
        + quantity
        + ","
        + price
        + ",1.50,0.20,"
        + currency
        + ",2025-04-30,2025-04-30T14:03:07Z,GSCO,";
  }

  Path file(String name, String... rows) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.addAll(List.of(rows));
    return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
  }

  @Test
  void aPreviewCountsValidAndRefusedRowsAndTotalsEachCurrencyWithoutWriting() throws IOException {
    Path f =
        file(
            "mixed.csv",
            row("E1", "SAP", "100", "180.10", "EUR"),
            row("E2", "SAP", "50", "-1", "EUR"),
            row("E3", "AAPL", "10", "200.5", "USD"),
            row("E4", "SAP", "20", "179.5", "EUR"),
            row("E5", "NOPE", "1", "1", "EUR"));
    ImportPreview p = service.preview(viewer, f, ImportProfile.BUILT_IN, 2, ImportMonitor.NONE);
    assertThat(p.result().rows()).isEqualTo(5);
    assertThat(p.valid()).isEqualTo(3);
    assertThat(p.refused()).isEqualTo(2);
    assertThat(p.firstTrades()).extracting(Trade::execId).containsExactly("E1", "E3");
    assertThat(p.totals().get(EUR).trades()).isEqualTo(2);
    assertThat(p.totals().get(EUR).quantity()).isEqualByComparingTo("120");
    assertThat(p.totals().get(EUR).notional())
        .isEqualByComparingTo("21600.00"); // 18010.00 + 3590.00
    assertThat(p.totals().get(USD).notional()).isEqualByComparingTo("2005.00");
    assertThat(p.result().problems())
        .extracting(x -> x.line() + " " + x.field())
        .containsExactly("3 price", "6 symbol");
    assertThat(p.problemValues()).containsExactly("-1", "NOPE");
    assertThat(p.canImportAll()).isFalse();
    assertThat(p.canQuarantine()).isTrue();
    assertThat(store.trades).isEmpty();
    assertThat(store.imports).isEmpty();
  }

  @Test
  void aDateThatDoesNotExistIsRefusedNotMovedToTheEndOfTheMonth() throws IOException {
    Path f =
        file(
            "april.csv",
            row("E1", "SAP", "100", "180", "EUR")
                .replace("2025-04-30,2025-04-30T", "2025-04-31,2025-04-30T"));
    ImportResult r =
        service.importFile(clerk, f, ImportProfile.BUILT_IN, ImportMode.ALL_OR_NOTHING);
    assertThat(r.written()).isFalse();
    assertThat(r.problems())
        .extracting(ImportProblem::field, ImportProblem::message)
        .containsExactly(
            Tuple.tuple("trade_date", "'2025-04-31' is not a date in the pattern yyyy-MM-dd"));
  }

  @Test
  void aPreviewAppliesTheSameRulesAsTheImport() throws IOException {
    Path f =
        file(
            "same.csv",
            row("E1", "SAP", "100", "250", "EUR"),
            row("E2", "SAP", "1", "180", "USD"),
            row("E3", "SAP", "1", "180", "EUR"));
    ImportPreview preview =
        service.preview(clerk, f, ImportProfile.BUILT_IN, 10, ImportMonitor.NONE);
    ImportResult real =
        service.importFile(clerk, f, ImportProfile.BUILT_IN, ImportMode.ALL_OR_NOTHING);
    assertThat(preview.result().problems()).isEqualTo(real.problems()).hasSize(2);
    assertThat(real.written()).isFalse();
  }

  @Test
  void aPreviewReportsAFileImportedBeforeAndItCannotBeImportedAgain() throws IOException {
    Path f = file("once.csv", row("E1", "SAP", "100", "180", "EUR"));
    service.importFile(clerk, f, ImportProfile.BUILT_IN, ImportMode.ALL_OR_NOTHING);
    ImportPreview again = service.preview(clerk, f, ImportProfile.BUILT_IN, 10, ImportMonitor.NONE);
    assertThat(again.importedBefore()).isTrue();
    assertThat(again.canImportAll()).isFalse();
    assertThat(again.canQuarantine()).isFalse();
    assertThat(again.result().earlier().importedBy()).isEqualTo("clerk");
  }

  @Test
  void aCancelledImportStopsAndWritesNothing() throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= 2_000; i++) {
      rows.add(row("E" + i, "SAP", "100", "180", "EUR"));
    }
    Path f = file("big.csv", rows.toArray(String[]::new));
    CancelAfter monitor = new CancelAfter(20_000);
    assertThatThrownBy(
            () ->
                service.importFile(
                    clerk, f, ImportProfile.BUILT_IN, ImportMode.ALL_OR_NOTHING, monitor))
        .isInstanceOf(CancellationException.class);
    assertThat(monitor.lastRead).isGreaterThanOrEqualTo(20_000).isLessThan(Files.size(f));
    assertThat(store.trades).isEmpty();
    assertThat(store.imports).isEmpty();
    assertThat(audited).isEmpty();
  }

  @Test
  void progressReachesTheWholeFile() throws IOException {
    Path f = file("small.csv", row("E1", "SAP", "100", "180", "EUR"));
    CancelAfter monitor = new CancelAfter(Long.MAX_VALUE);
    service.importFile(clerk, f, ImportProfile.BUILT_IN, ImportMode.ALL_OR_NOTHING, monitor);
    assertThat(monitor.lastRead).isEqualTo(Files.size(f));
    assertThat(monitor.lastTotal).isEqualTo(Files.size(f));
  }

  /** Imports a file with a bad price on line 3 and a bad book on line 4, quarantining them. */
  ImportResult quarantineImport() throws IOException {
    Path f =
        file(
            "q.csv",
            row("E1", "SAP", "100", "180", "EUR"),
            row("E2", "SAP", "50", "999", "EUR"),
            row("E3", "SAP", "50", "181", "EUR").replace("EQ-EU", "NOBOOK"));
    ImportResult r = service.importFile(clerk, f, ImportProfile.BUILT_IN, ImportMode.QUARANTINE);
    assertThat(r.loaded()).isEqualTo(1);
    assertThat(r.quarantined()).isEqualTo(2);
    return r;
  }

  @Test
  void aQuarantinedRowIsShownFieldByFieldWithItsFileAndProblems() throws IOException {
    quarantineImport();
    List<QuarantineEntry> rows = service.quarantine(viewer);
    assertThat(rows).extracting(QuarantineEntry::where).containsExactly("q.csv:3", "q.csv:4");
    assertThat(rows.get(0).problems()).startsWith("price: 999 is");
    assertThat(rows.get(0).headerLine()).isEqualTo(HEADER);
    Map<ImportField, String> values = service.fields(viewer, rows.get(0));
    assertThat(values)
        .containsEntry(ImportField.EXEC_ID, "E2")
        .containsEntry(ImportField.PRICE, "999")
        .containsEntry(ImportField.ACCOUNT, "");
  }

  @Test
  void aRepairedRowPassesTheImportChecksAndBecomesATradeWithItsAuditRecords() throws IOException {
    ImportResult r = quarantineImport();
    long importId = r.record().id();
    QuarantineEntry entry = service.quarantine(clerk).get(0);
    Map<ImportField, String> values = new EnumMap<>(service.fields(clerk, entry));
    values.put(ImportField.PRICE, "180.25");
    audited.clear();
    RepairResult repaired = service.resubmit(clerk, importId, 3, values);
    assertThat(repaired.booked()).isTrue();
    assertThat(repaired.trade().id().value()).isEqualTo(2);
    assertThat(repaired.trade().price()).isEqualByComparingTo("180.25");
    assertThat(repaired.trade().settlementDate()).isEqualTo(LocalDate.of(2025, 5, 5));
    assertThat(store.trades).containsKey(2L);
    QuarantineEntry after = service.quarantine(clerk).get(0);
    assertThat(after.status()).isEqualTo(QuarantineStatus.REPAIRED);
    assertThat(after.tradeId()).isEqualTo(2L);
    assertThat(after.resolvedBy()).isEqualTo("clerk");
    assertThat(audited)
        .extracting(e -> e.entityType() + " " + e.entityId() + " " + e.action())
        .containsExactly(
            "Trade T00000002 CREATE", "TradeImportRow " + importId + ":3 STATUS_CHANGE");
    assertThatThrownBy(() -> service.resubmit(clerk, importId, 3, values))
        .hasMessageContaining("already repaired by clerk");
  }

  @Test
  void aRepairThatStillFailsWritesNothingAndNamesTheProblemsOnTheRowsLine() throws IOException {
    ImportResult r = quarantineImport();
    QuarantineEntry entry = service.quarantine(clerk).get(1);
    Map<ImportField, String> values = new EnumMap<>(service.fields(clerk, entry));
    values.put(ImportField.QUANTITY, "-5");
    values.put(ImportField.EXEC_ID, "E1");
    audited.clear();
    RepairResult result = service.resubmit(clerk, r.record().id(), 4, values);
    assertThat(result.booked()).isFalse();
    assertThat(result.problems())
        .extracting(p -> p.line() + " " + p.field())
        .containsExactly("4 exec_id", "4 book", "4 quantity");
    assertThat(store.trades).hasSize(1);
    assertThat(service.quarantine(clerk).get(1).isOpen()).isTrue();
    assertThat(audited).isEmpty();
  }

  @Test
  void aRowIsDiscardedOnlyWithAReasonWhichTheAuditTrailKeeps() throws IOException {
    ImportResult r = quarantineImport();
    long id = r.record().id();
    assertThatThrownBy(() -> service.discard(clerk, id, 4, " ")).hasMessageContaining("reason");
    assertThatThrownBy(() -> service.discard(viewer, id, 4, "dup"))
        .isInstanceOf(AccessDeniedException.class);
    audited.clear();
    QuarantineEntry discarded = service.discard(clerk, id, 4, "Broker cancelled the execution");
    assertThat(discarded.status()).isEqualTo(QuarantineStatus.DISCARDED);
    assertThat(service.quarantine(clerk).get(1).reason())
        .isEqualTo("Broker cancelled the execution");
    assertThat(audited)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.reason()).isEqualTo("Broker cancelled the execution");
              assertThat(e.after()).contains("DISCARDED");
            });
    assertThatThrownBy(() -> service.discard(clerk, id, 4, "again"))
        .hasMessageContaining("already discarded");
  }

  @Test
  void aFailureWhileMarkingTheRowUndoesTheRepairedTrade() throws IOException {
    ImportResult r = quarantineImport();
    QuarantineEntry entry = service.quarantine(clerk).get(0);
    Map<ImportField, String> values = new EnumMap<>(service.fields(clerk, entry));
    values.put(ImportField.PRICE, "180");
    store.failResolve = true;
    assertThatThrownBy(() -> service.resubmit(clerk, r.record().id(), 3, values))
        .hasMessageContaining("disk full");
    assertThat(store.trades).hasSize(1);
    assertThat(service.quarantine(clerk).get(0).isOpen()).isTrue();
  }

  @Test
  void aRowOfAProfileWithoutHeaderIsSynthesisedByPosition() {
    ImportProfile p =
        ImportProfile.parse(
            "pos",
            String.join(
                "\n",
                "delimiter=;",
                "header=false",
                "decimal.separator=,",
                "column.exec_id=2",
                "column.book=1",
                "column.symbol=3",
                "column.side=4",
                "column.quantity=5",
                "column.price=6",
                "column.trade_date=7",
                "column.execution_time=8",
                "column.counterparty=9"));
    Map<ImportField, String> values = new EnumMap<>(ImportField.class);
    values.put(ImportField.EXEC_ID, "a;b");
    values.put(ImportField.BOOK, "EQ");
    values.put(ImportField.PRICE, "1,5");
    assertThat(Columns.oneRowFile(p, values)).isEqualTo("EQ;\"a;b\";;;;1,5;;;\n");
  }

  static final class CancelAfter implements ImportMonitor {
    final long bytes;
    long lastRead;
    long lastTotal;

    CancelAfter(long bytes) {
      this.bytes = bytes;
    }

    @Override
    public void progress(long bytesRead, long totalBytes) {
      lastRead = bytesRead;
      lastTotal = totalBytes;
    }

    @Override
    public boolean isCancelled() {
      return lastRead >= bytes;
    }
  }

  /** Runs work directly, restoring the store's state when it throws: a transaction. */
  final class Rollback implements Transactions {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
      MemoryStore saved = store.copy();
      List<AuditEvent> savedAudit = new ArrayList<>(audited);
      try {
        return work.get();
      } catch (RuntimeException e) {
        store.restore(saved);
        audited.clear();
        audited.addAll(savedAudit);
        throw e;
      }
    }
  }

  static final class MemoryStore implements TradeImportStore {
    Map<Long, Trade> trades = new TreeMap<>();
    List<ImportRecord> imports = new ArrayList<>();
    Map<String, QuarantineEntry> quarantine = new LinkedHashMap<>();
    Map<Long, String> headers = new TreeMap<>();
    Map<String, String> profiles = new TreeMap<>();
    boolean failResolve;

    MemoryStore copy() {
      MemoryStore c = new MemoryStore();
      c.trades = new TreeMap<>(trades);
      c.imports = new ArrayList<>(imports);
      c.quarantine = new LinkedHashMap<>(quarantine);
      c.headers = new TreeMap<>(headers);
      c.profiles = new TreeMap<>(profiles);
      return c;
    }

    void restore(MemoryStore s) {
      trades = s.trades;
      imports = s.imports;
      quarantine = s.quarantine;
      headers = s.headers;
      profiles = s.profiles;
    }

    /** The same trades seen through the TradeStore port, as the import stores them. */
    TradeStore tradeStore() {
      MemoryStore self = this;
      return new TradeStore() {
        @Override
        public Optional<Trade> find(TradeId id) {
          return Optional.ofNullable(self.trades.get(id.value()));
        }

        @Override
        public TradeId nextId() {
          return new TradeId(self.maxTradeId() + 1);
        }

        @Override
        public void insert(Trade trade, String recordedBy, Instant recordedAt, String reason) {
          self.insertTrades(List.of(trade));
        }

        @Override
        public void insertBulk(List<Trade> batch) {
          self.insertTrades(batch);
        }

        @Override
        public void postBulk(PositionChanges changes) {}

        @Override
        public void deleteBulk(TradeId first, TradeId last) {
          self.deleteTrades(first.value(), last.value());
        }

        @Override
        public void supersede(Trade next, String recordedBy, Instant recordedAt, String reason) {
          self.trades.put(next.id().value(), next);
        }

        @Override
        public List<TradeVersion> history(TradeId id) {
          return List.of();
        }
      };
    }

    @Override
    public Optional<ImportRecord> findBySha256(String sha256) {
      return imports.stream().filter(r -> r.sha256().equals(sha256)).findFirst();
    }

    @Override
    public Set<String> storedExecIds() {
      Set<String> ids = new HashSet<>();
      trades.values().forEach(t -> ids.add(t.execId()));
      return ids;
    }

    public long maxTradeId() {
      return trades.isEmpty() ? 0 : ((TreeMap<Long, Trade>) trades).lastKey();
    }

    public void insertTrades(Collection<Trade> batch) {
      batch.forEach(t -> trades.put(t.id().value(), t));
    }

    public void deleteTrades(long first, long last) {
      trades.keySet().removeIf(id -> id >= first && id <= last);
    }

    @Override
    public long nextImportId() {
      return imports.size() + 1;
    }

    @Override
    public void recordImport(ImportRecord record, List<QuarantinedRow> rows) {
      imports.add(record);
      rows.forEach(
          q ->
              quarantine.put(
                  record.id() + ":" + q.line(),
                  new QuarantineEntry(
                      record.id(),
                      record.fileName(),
                      record.profile(),
                      null,
                      q.line(),
                      q.rawLine(),
                      q.problems(),
                      QuarantineStatus.OPEN,
                      null,
                      null,
                      null,
                      null)));
    }

    @Override
    public List<QuarantinedRow> quarantined(long importId) {
      return List.of();
    }

    @Override
    public List<ImportRecord> imports() {
      return imports;
    }

    @Override
    public Map<String, String> profiles() {
      return profiles;
    }

    @Override
    public void saveProfile(String name, String properties) {
      profiles.put(name, properties);
    }

    @Override
    public void saveHeaderLine(long importId, String headerLine) {
      headers.put(importId, headerLine);
    }

    @Override
    public List<QuarantineEntry> quarantineEntries() {
      return quarantine.values().stream()
          .map(
              e ->
                  new QuarantineEntry(
                      e.importId(),
                      e.fileName(),
                      e.profile(),
                      headers.get(e.importId()),
                      e.line(),
                      e.rawLine(),
                      e.problems(),
                      e.status(),
                      e.resolvedBy(),
                      e.resolvedAt(),
                      e.reason(),
                      e.tradeId()))
          .toList();
    }

    @Override
    public void resolveQuarantined(
        long importId,
        int line,
        QuarantineStatus status,
        String by,
        Instant at,
        String reason,
        Long tradeId) {
      if (failResolve) {
        throw new IllegalStateException("disk full");
      }
      QuarantineEntry e = quarantine.get(importId + ":" + line);
      quarantine.put(
          importId + ":" + line,
          new QuarantineEntry(
              importId,
              e.fileName(),
              e.profile(),
              null,
              line,
              e.rawLine(),
              e.problems(),
              status,
              by,
              at,
              reason,
              tradeId));
    }
  }

  final class Audit implements AuditTrail {
    @Override
    public AuditRecord append(AuditEvent event) {
      audited.add(event);
      return AuditRecord.chain(audited.size(), event, AuditRecord.GENESIS);
    }

    @Override
    public AuditVerification verify() {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<AuditRecord> search(AuditFilter filter) {
      return List.of();
    }
  }

  static final class RefData implements ReferenceDataStore {
    @Override
    public List<Currency> currencies() {
      return List.of(new Currency(EUR, "Euro", 2), new Currency(USD, "US dollar", 2));
    }

    @Override
    public Map<String, HolidayCalendar> calendars() {
      return Map.of("TARGET2", TARGET2, "XNYS", XNYS);
    }

    @Override
    public List<Strategy> strategies() {
      return List.of();
    }

    @Override
    public List<Book> books() {
      return List.of(EQ);
    }

    @Override
    public List<Counterparty> counterparties() {
      return List.of(BROKER);
    }

    @Override
    public List<Instrument> instruments() {
      return List.of(SAP, AAPL);
    }

    @Override
    public List<Account> accounts() {
      return List.of();
    }

    @Override
    public List<Ssi> ssis() {
      return List.of();
    }
  }
}
