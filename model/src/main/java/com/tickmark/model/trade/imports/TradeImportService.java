package com.tickmark.model.trade.imports;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.settlement.SettlementDateCalculator;
import com.tickmark.model.time.BusinessDateProvider;
import com.tickmark.model.trade.ReferencePrices;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeService;
import com.tickmark.model.trade.TradeSource;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.TradeStore;
import com.tickmark.model.tx.Transactions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Imports broker and trading-system trade files. Each row is checked field by field (formats,
 * reference data, positive quantity and price, price within 10 % of the day's reference price, exec
 * ids unique in the file and against stored trades); every problem names its line and field. By
 * default one problem refuses the whole file; a quarantine import loads the good rows and sets the
 * bad ones aside. The file is streamed and its trades stored in chunks of {@value #CHUNK} committed
 * one by one, on a second thread while the reading thread checks the rows that follow; if the
 * import then fails, it deletes the trades it stored (by their id range), so it stays all or
 * nothing. The last chunk, the import record and its one audit record (naming the file, its SHA-256
 * and the trade id range) commit together. A file already imported (same SHA-256) is refused.
 */
public final class TradeImportService {
  public static final String ENTITY = "TradeImport";

  /** Trades per stored chunk: H2 commits small transactions faster than one large one. */
  public static final int CHUNK = 1_000;

  static final int SAMPLE = 5;
  private static final int MAX_TEXT = 64;

  private final TradeImportStore store;
  private final TradeStore trades;
  private final ReferenceDataStore referenceData;
  private final ReferencePrices prices;
  private final AuditTrail audit;
  private final Transactions tx;
  private final Clock clock;
  private final BusinessDateProvider businessDate;

  public TradeImportService(
      TradeImportStore store,
      TradeStore trades,
      ReferenceDataStore referenceData,
      ReferencePrices prices,
      AuditTrail audit,
      Transactions tx,
      Clock clock,
      BusinessDateProvider businessDate) {
    this.store = store;
    this.trades = trades;
    this.referenceData = referenceData;
    this.prices = prices;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
    this.businessDate = businessDate;
  }

  /** The built-in profile and every saved one, by name. */
  public Map<String, ImportProfile> profiles(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    Map<String, ImportProfile> all = new TreeMap<>();
    all.put(ImportProfile.BUILT_IN, ImportProfile.tickmark());
    store.profiles().forEach((name, text) -> all.put(name, ImportProfile.parse(name, text)));
    return all;
  }

  public ImportProfile profile(Actor actor, String name) {
    ImportProfile p = profiles(actor).get(name);
    if (p == null) {
      throw new IllegalArgumentException(
          "There is no import profile '" + name + "'; known: " + profiles(actor).keySet() + ".");
    }
    return p;
  }

  /**
   * Checks and saves a profile (replacing one of the same name); the built-in one cannot be
   * replaced.
   */
  public ImportProfile saveProfile(Actor actor, String name, String propertiesText) {
    actor.require(Permission.CAPTURE_TRADES);
    if (ImportProfile.BUILT_IN.equalsIgnoreCase(name)) {
      throw new IllegalArgumentException(
          "'"
              + ImportProfile.BUILT_IN
              + "' is the built-in profile; save yours under another name.");
    }
    ImportProfile profile = ImportProfile.parse(name, propertiesText);
    if (!profile.broker().isEmpty()) {
      Counterparty broker =
          referenceData.counterparties().stream()
              .filter(c -> c.code().equalsIgnoreCase(profile.broker()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "Import profile '"
                              + name
                              + "': broker '"
                              + profile.broker()
                              + "' is not a counterparty in the reference data."));
      if (broker.role() != CounterpartyRole.BROKER) {
        throw new IllegalArgumentException(
            "Import profile '"
                + name
                + "': "
                + broker.code()
                + " is a "
                + role(broker)
                + ", not a broker.");
      }
    }
    tx.run(
        () -> {
          store.saveProfile(name, profile.toProperties());
          audit.append(
              new AuditEvent(
                  actor.username(),
                  clock.instant(),
                  "ImportProfile",
                  name,
                  AuditAction.CONFIGURE,
                  "",
                  profile.toProperties(),
                  "import profile saved"));
        });
    return profile;
  }

  /** Every import, oldest first. */
  public List<ImportRecord> imports(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.imports();
  }

  public List<QuarantinedRow> quarantined(Actor actor, long importId) {
    actor.require(Permission.VIEW_DATA);
    return store.quarantined(importId);
  }

  /** Imports {@code file} with the named profile. */
  public ImportResult importFile(Actor actor, Path file, String profileName, ImportMode mode) {
    return importFile(actor, file, profileName, mode, ImportMonitor.NONE);
  }

  /**
   * Imports {@code file} with the named profile, reporting progress to {@code monitor}; when it is
   * cancelled the import throws {@link java.util.concurrent.CancellationException} and writes
   * nothing.
   */
  public ImportResult importFile(
      Actor actor, Path file, String profileName, ImportMode mode, ImportMonitor monitor) {
    return run(actor, file, null, profileName, mode, monitor, SAMPLE, null);
  }

  /**
   * Imports a file converted to text (an Excel workbook): its lines are read from {@code
   * source.text()} exactly as a CSV file's, while the problems, the import record, the audit trail
   * and the check for an earlier import use {@code source}'s file name and SHA-256.
   */
  public ImportResult importFile(
      Actor actor,
      ImportSource source,
      String profileName,
      ImportMode mode,
      ImportMonitor monitor) {
    return run(actor, source.text(), source, profileName, mode, monitor, SAMPLE, null);
  }

  /**
   * Checks {@code file} exactly as an import would — the same parsing and the same rules, in the
   * same pass — and writes nothing: how many rows are valid and refused, every problem, the first
   * {@code firstRows} trades as they would be stored and the totals per currency. A file imported
   * before is reported ({@link ImportPreview#importedBefore()}), not refused.
   */
  public ImportPreview preview(
      Actor actor, Path file, String profileName, int firstRows, ImportMonitor monitor) {
    return preview(actor, file, null, profileName, firstRows, monitor);
  }

  /**
   * {@link #preview(Actor, Path, String, int, ImportMonitor)} of a file converted to text (see
   * {@link ImportSource}).
   */
  public ImportPreview preview(
      Actor actor, ImportSource source, String profileName, int firstRows, ImportMonitor monitor) {
    return preview(actor, source.text(), source, profileName, firstRows, monitor);
  }

  private ImportPreview preview(
      Actor actor,
      Path file,
      ImportSource source,
      String profileName,
      int firstRows,
      ImportMonitor monitor) {
    Map<CurrencyCode, CurrencyTotals> totals =
        new TreeMap<>(java.util.Comparator.comparing(CurrencyCode::code));
    int[] valid = {0};
    ImportResult result =
        run(
            actor,
            file,
            source,
            profileName,
            ImportMode.PREVIEW,
            monitor,
            Math.max(0, firstRows),
            trade -> {
              valid[0]++;
              totals.computeIfAbsent(trade.currency(), CurrencyTotals::zero);
              totals.computeIfPresent(
                  trade.currency(), (c, t) -> t.plus(trade.quantity(), trade.grossAmount()));
            });
    return new ImportPreview(
        result,
        valid[0],
        result.rows() - valid[0],
        result.sample(),
        totals,
        problemValues(file, profile(actor, profileName), result.problems()));
  }

  /**
   * The cell each problem is about, read again from the lines that have problems (a second,
   * read-only pass).
   */
  private static List<String> problemValues(
      Path file, ImportProfile profile, List<ImportProblem> problems) {
    if (problems.isEmpty()) {
      return List.of();
    }
    java.util.Set<Integer> wanted = new java.util.HashSet<>();
    problems.forEach(p -> wanted.add(p.line()));
    Map<Integer, String> lines = new HashMap<>();
    String header = null;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (header == null && profile.header() && !line.isBlank()) {
          header = line;
        } else if (wanted.contains(lineNo)) {
          lines.put(lineNo, line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file + " again: " + e.getMessage(), e);
    }
    int[] index = columnIndex(profile, header == null ? "" : header);
    List<String> cells = new ArrayList<>();
    List<String> values = new ArrayList<>(problems.size());
    int cachedLine = -1;
    for (ImportProblem p : problems) {
      String raw = lines.get(p.line());
      ImportField field = fieldOf(p.field());
      if (raw == null || field == null || index[field.ordinal()] < 0) {
        values.add("");
        continue;
      }
      if (cachedLine != p.line()) {
        split(raw, profile.delimiter(), cells);
        cachedLine = p.line();
      }
      int i = index[field.ordinal()];
      values.add(i < cells.size() ? cells.get(i).trim() : "");
    }
    return values;
  }

  private static ImportField fieldOf(String key) {
    for (ImportField f : ImportField.values()) {
      if (f.key().equals(key)) {
        return f;
      }
    }
    return null;
  }

  /**
   * Reads {@code file}; {@code source}, when not null, is the file it was converted from: its name
   * and hash are recorded.
   */
  private ImportResult run(
      Actor actor,
      Path file,
      ImportSource source,
      String profileName,
      ImportMode mode,
      ImportMonitor monitor,
      int sampleSize,
      java.util.function.Consumer<Trade> onValid) {
    actor.require(mode == ImportMode.PREVIEW ? Permission.VIEW_DATA : Permission.CAPTURE_TRADES);
    ImportProfile profile = profile(actor, profileName);
    String fileName = source == null ? file.getFileName().toString() : source.fileName();
    String sha256 = source == null ? sha256(file) : source.sha256();
    Optional<ImportRecord> earlier = store.findBySha256(sha256);
    if (earlier.isPresent() && mode != ImportMode.PREVIEW) {
      ImportRecord e = earlier.get();
      throw new ImportRefusedException(
          fileName
              + " was already imported on "
              + e.importedAt()
              + " by "
              + e.importedBy()
              + " (as "
              + e.fileName()
              + ", import "
              + e.id()
              + ", "
              + e.rowsLoaded()
              + " trades); nothing was written.");
    }
    long firstId = trades.nextId().value();
    Run run = new Run(profile, mode, firstId);
    run.sampleSize = sampleSize;
    run.onValid = onValid;
    try (BufferedReader in = open(file, monitor)) {
      try {
        run.read(in);
      } finally {
        run.writer.finish();
      }
      run.writer.rethrow();
      if (monitor.isCancelled()) {
        throw new java.util.concurrent.CancellationException(
            "The import of " + fileName + " was cancelled; nothing was written.");
      }
      if (run.problems.isEmpty() || mode == ImportMode.QUARANTINE) {
        if (mode == ImportMode.PREVIEW) {
          return run.result(fileName, sha256, null, earlier.orElse(null));
        }
        ImportRecord record =
            tx.inTransaction(
                () -> {
                  run.flush();
                  long id = store.nextImportId();
                  int loaded = (int) (run.nextId - firstId);
                  ImportRecord r =
                      new ImportRecord(
                          id,
                          fileName,
                          sha256,
                          profile.name(),
                          actor.username(),
                          clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                          loaded,
                          run.quarantine.size(),
                          loaded == 0 ? null : firstId,
                          loaded == 0 ? null : run.nextId - 1);
                  store.recordImport(r, run.quarantine);
                  keepHeaderLine(r, file, profile);
                  audit.append(
                      new AuditEvent(
                          actor.username(),
                          r.importedAt(),
                          ENTITY,
                          Long.toString(id),
                          AuditAction.IMPORT,
                          "",
                          String.format(
                              Locale.ROOT,
                              "{\"file\":\"%s\",\"sha256\":\"%s\",\"profile\":\"%s\",\"rowsLoaded\":%d,\"rowsQuarantined\":%d,\"firstTrade\":%s,\"lastTrade\":%s}",
                              json(fileName),
                              sha256,
                              json(profile.name()),
                              r.rowsLoaded(),
                              r.rowsQuarantined(),
                              r.firstTradeId() == null
                                  ? "null"
                                  : "\"" + new TradeId(r.firstTradeId()).display() + "\"",
                              r.lastTradeId() == null
                                  ? "null"
                                  : "\"" + new TradeId(r.lastTradeId()).display() + "\""),
                          "trade file import"));
                  return r;
                });
        return run.result(fileName, sha256, record, null);
      }
      undo(firstId, run);
      return run.result(fileName, sha256, null, earlier.orElse(null));
    } catch (IOException e) {
      undo(firstId, run);
      throw new ImportRefusedException(
          "Could not read " + file + ": " + e.getMessage() + "; nothing was written.");
    } catch (RuntimeException e) {
      undo(firstId, run);
      throw e;
    }
  }

  public static final String QUARANTINE_ENTITY = "TradeImportRow";

  /** How many quarantined rows wait to be repaired or discarded. */
  public int openQuarantineCount(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.openQuarantineCount();
  }

  /** Every row quarantine imports set aside, open or not, oldest import first, then by line. */
  public List<QuarantineEntry> quarantine(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.quarantineEntries();
  }

  /**
   * A quarantined row's values by field, read with its import's profile: what the clerk corrects.
   * Empty when the row cannot be mapped (its import predates keeping header rows); fields the row
   * lacks are empty strings.
   */
  public Map<ImportField, String> fields(Actor actor, QuarantineEntry entry) {
    actor.require(Permission.VIEW_DATA);
    ImportProfile profile = profiles(actor).get(entry.profile());
    if (profile == null || (profile.header() && entry.headerLine() == null)) {
      return Map.of();
    }
    int[] index = columnIndex(profile, entry.headerLine());
    List<String> cells = new ArrayList<>();
    split(entry.rawLine(), profile.delimiter(), cells);
    Map<ImportField, String> values = new java.util.EnumMap<>(ImportField.class);
    for (ImportField f : profile.columns().keySet()) {
      int i = index[f.ordinal()];
      values.put(f, i < 0 || i >= cells.size() ? "" : cells.get(i).trim());
    }
    return values;
  }

  /** Where each mapped field is in a row: by the header's names, or the profile's positions. */
  private static int[] columnIndex(ImportProfile profile, String headerLine) {
    int[] index = new int[ImportField.values().length];
    java.util.Arrays.fill(index, -1);
    if (!profile.header()) {
      profile.columns().forEach((f, c) -> index[f.ordinal()] = Integer.parseInt(c) - 1);
      return index;
    }
    List<String> names = new ArrayList<>();
    split(headerLine, profile.delimiter(), names);
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      byName.putIfAbsent(names.get(i).trim().toLowerCase(Locale.ROOT), i);
    }
    profile
        .columns()
        .forEach(
            (f, c) ->
                index[f.ordinal()] = byName.getOrDefault(c.trim().toLowerCase(Locale.ROOT), -1));
    return index;
  }

  /**
   * Re-submits a quarantined row with corrected values (by field, in the file's formats). They pass
   * through exactly the checks of an import with the row's profile; if any fails, nothing is
   * written and the problems come back (on the row's line). Otherwise the row becomes a trade and
   * is marked repaired, with both in the audit trail, in one transaction.
   */
  public RepairResult resubmit(
      Actor actor, long importId, int line, Map<ImportField, String> values) {
    actor.require(Permission.CAPTURE_TRADES);
    QuarantineEntry entry = openEntry(importId, line);
    ImportProfile profile = profile(actor, entry.profile());
    Run run = new Run(profile, ImportMode.ALL_OR_NOTHING, trades.nextId().value());
    run.sampleSize = 1;
    try (BufferedReader in =
        new BufferedReader(new java.io.StringReader(synthesise(profile, values)))) {
      run.read(in); // one row: it stays in the pending chunk, stored by flush() below
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      run.writer.finish();
    }
    if (!run.problems.isEmpty() || run.sample.isEmpty()) {
      List<ImportProblem> problems =
          run.problems.stream().map(p -> new ImportProblem(line, p.field(), p.message())).toList();
      return new RepairResult(entry, null, problems);
    }
    Trade trade = run.sample.get(0);
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    String reason = "repaired quarantined row " + entry.where() + " (import " + importId + ")";
    tx.run(
        () -> {
          run.flush();
          store.resolveQuarantined(
              importId,
              line,
              QuarantineStatus.REPAIRED,
              actor.username(),
              now,
              reason,
              trade.id().value());
          audit.append(
              new AuditEvent(
                  actor.username(),
                  now,
                  TradeService.ENTITY,
                  trade.id().display(),
                  AuditAction.CREATE,
                  "",
                  com.tickmark.model.trade.TradeJson.of(trade),
                  reason));
          audit.append(
              new AuditEvent(
                  actor.username(),
                  now,
                  QUARANTINE_ENTITY,
                  entry.auditId(),
                  AuditAction.STATUS_CHANGE,
                  rowJson(entry, QuarantineStatus.OPEN, null),
                  rowJson(entry, QuarantineStatus.REPAIRED, trade.id().display()),
                  reason));
        });
    QuarantineEntry repaired =
        new QuarantineEntry(
            entry.importId(),
            entry.fileName(),
            entry.profile(),
            entry.headerLine(),
            line,
            entry.rawLine(),
            entry.problems(),
            QuarantineStatus.REPAIRED,
            actor.username(),
            now,
            reason,
            trade.id().value());
    return new RepairResult(repaired, trade, List.of());
  }

  /** Sets a quarantined row aside for good; the reason is required and goes to the audit trail. */
  public QuarantineEntry discard(Actor actor, long importId, int line, String reason) {
    actor.require(Permission.CAPTURE_TRADES);
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException(
          "Give the reason for discarding the row: the audit trail keeps it.");
    }
    QuarantineEntry entry = openEntry(importId, line);
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    String why = reason.strip();
    tx.run(
        () -> {
          store.resolveQuarantined(
              importId, line, QuarantineStatus.DISCARDED, actor.username(), now, why, null);
          audit.append(
              new AuditEvent(
                  actor.username(),
                  now,
                  QUARANTINE_ENTITY,
                  entry.auditId(),
                  AuditAction.STATUS_CHANGE,
                  rowJson(entry, QuarantineStatus.OPEN, null),
                  rowJson(entry, QuarantineStatus.DISCARDED, null),
                  why));
        });
    return new QuarantineEntry(
        entry.importId(),
        entry.fileName(),
        entry.profile(),
        entry.headerLine(),
        line,
        entry.rawLine(),
        entry.problems(),
        QuarantineStatus.DISCARDED,
        actor.username(),
        now,
        why,
        null);
  }

  private QuarantineEntry openEntry(long importId, int line) {
    QuarantineEntry entry =
        store
            .quarantineEntry(importId, line)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Import " + importId + " set no row of line " + line + " aside."));
    if (!entry.isOpen()) {
      throw new IllegalStateException(
          entry.where()
              + " was already "
              + entry.status().name().toLowerCase(Locale.ROOT)
              + " by "
              + entry.resolvedBy()
              + " on "
              + entry.resolvedAt()
              + "; refresh the list.");
    }
    return entry;
  }

  private static String rowJson(QuarantineEntry e, QuarantineStatus status, String trade) {
    return String.format(
        Locale.ROOT,
        "{\"file\":\"%s\",\"line\":%d,\"status\":\"%s\"%s}",
        json(e.fileName()),
        e.line(),
        status.name(),
        trade == null ? "" : ",\"trade\":\"" + trade + "\"");
  }

  /**
   * A file of one row in the profile's layout holding {@code values}: a header row if it has one,
   * then the row.
   */
  static String synthesise(ImportProfile profile, Map<ImportField, String> values) {
    List<ImportField> fields = new ArrayList<>(new TreeMap<>(profile.columns()).keySet());
    String delimiter = String.valueOf(profile.delimiter());
    StringBuilder out = new StringBuilder();
    if (profile.header()) {
      out.append(
          String.join(
              delimiter,
              fields.stream()
                  .map(f -> quote(profile.columns().get(f), profile.delimiter()))
                  .toList()));
      out.append('\n');
      out.append(
          String.join(
              delimiter,
              fields.stream()
                  .map(f -> quote(values.getOrDefault(f, ""), profile.delimiter()))
                  .toList()));
    } else {
      int width = profile.columns().values().stream().mapToInt(Integer::parseInt).max().orElse(0);
      String[] cells = new String[width];
      java.util.Arrays.fill(cells, "");
      profile
          .columns()
          .forEach(
              (f, c) ->
                  cells[Integer.parseInt(c) - 1] =
                      quote(values.getOrDefault(f, ""), profile.delimiter()));
      out.append(String.join(delimiter, cells));
    }
    return out.append('\n').toString();
  }

  private static String quote(String value, char delimiter) {
    String v = value == null ? "" : value.replace('\n', ' ').replace('\r', ' ');
    return v.indexOf(delimiter) >= 0 || v.indexOf('"') >= 0
        ? '"' + v.replace("\"", "\"\"") + '"'
        : v;
  }

  private static BufferedReader open(Path file, ImportMonitor monitor) throws IOException {
    if (monitor == ImportMonitor.NONE) {
      return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
    InputStream in =
        new MonitoredInputStream(Files.newInputStream(file), Files.size(file), monitor);
    return new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /**
   * A quarantine import keeps its file's header row, so a clerk can repair its rows field by field.
   */
  private void keepHeaderLine(ImportRecord r, Path file, ImportProfile profile) {
    if (r.rowsQuarantined() == 0 || !profile.header()) {
      return;
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          store.saveHeaderLine(r.id(), line.charAt(0) == '\uFEFF' ? line.substring(1) : line);
          return;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file + " again: " + e.getMessage(), e);
    }
  }

  private void undo(long firstId, Run run) {
    run.writer.finish();
    long last = run.writer.storedUpTo;
    if (last >= firstId) {
      tx.run(() -> trades.deleteBulk(new TradeId(firstId), new TradeId(last)));
      run.writer.storedUpTo = firstId - 1;
    }
  }

  static String sha256(Path file) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        byte[] buffer = new byte[1 << 16];
        while (in.read(buffer) >= 0) {
          // digesting
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String json(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private record Key(long instrument, LocalDate date) {}

  /**
   * A day's reference price (null when there is none) and the distance from it a price may have
   * (null: always divide).
   */
  private record Reference(BigDecimal price, BigDecimal allowed) {
    static Reference of(Optional<BigDecimal> close) {
      BigDecimal p = close.orElse(null);
      return new Reference(
          p, p != null && p.signum() > 0 ? p.multiply(TradeService.PRICE_TOLERANCE) : null);
    }
  }

  /**
   * Reads the common shape of an ISO-8601 UTC instant, {@code 2025-11-20T14:31:05Z} with up to nine
   * fraction digits, without the general parser; anything else (lower case, offsets, leap seconds,
   * impossible dates) gives null, and the caller asks {@link Instant#parse}, which decides.
   */
  static final class IsoInstants {
    private int lastDate = -1;
    private long lastEpochDay;

    Instant parse(String t) {
      int n = t.length();
      if (n < 20
          || n > 30
          || t.charAt(n - 1) != 'Z'
          || t.charAt(4) != '-'
          || t.charAt(7) != '-'
          || t.charAt(10) != 'T'
          || t.charAt(13) != ':'
          || t.charAt(16) != ':') {
        return null;
      }
      int year = digits(t, 0, 4);
      int month = digits(t, 5, 2);
      int day = digits(t, 8, 2);
      int hour = digits(t, 11, 2);
      int minute = digits(t, 14, 2);
      int second = digits(t, 17, 2);
      if ((year | month | day | hour | minute | second) < 0
          || hour > 23
          || minute > 59
          || second > 59) {
        return null;
      }
      int nanos = 0;
      if (n > 20) {
        int fraction = n - 21;
        if (t.charAt(19) != '.' || fraction < 1 || fraction > 9) {
          return null;
        }
        nanos = digits(t, 20, fraction);
        if (nanos < 0) {
          return null;
        }
        for (int i = fraction; i < 9; i++) {
          nanos *= 10;
        }
      }
      int date = (year * 100 + month) * 100 + day;
      if (date != lastDate) {
        if (month < 1
            || month > 12
            || day < 1
            || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
          return null;
        }
        lastEpochDay = LocalDate.of(year, month, day).toEpochDay();
        lastDate = date;
      }
      return Instant.ofEpochSecond(
          lastEpochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The decimal number in {@code t} from {@code from}, {@code count} digits long, or -1. */
    private static int digits(String t, int from, int count) {
      int v = 0;
      for (int i = from; i < from + count; i++) {
        char c = t.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        v = v * 10 + (c - '0');
      }
      return v;
    }
  }

  /**
   * Stores full chunks, each in its own transaction and in the order given, on a second thread, so
   * that H2 stores one chunk while the reading thread checks the next. After a failure it stores
   * nothing more; the reading thread learns of it at its next hand-over or at {@link #rethrow}.
   */
  private final class ChunkWriter {
    private static final List<Trade> END = List.of();
    private final BlockingQueue<List<Trade>> queue = new ArrayBlockingQueue<>(4);
    private Thread thread;
    private volatile RuntimeException failure;

    /** The last trade id stored and committed by this import. */
    volatile long storedUpTo;

    ChunkWriter(long storedUpTo) {
      this.storedUpTo = storedUpTo;
    }

    void submit(List<Trade> chunk) {
      rethrow();
      if (thread == null) {
        thread = new Thread(this::store, "trade-import-writer");
        thread.setDaemon(true);
        thread.start();
      }
      put(chunk);
    }

    private void store() {
      try {
        for (List<Trade> next = queue.take(); next != END; next = queue.take()) {
          if (failure != null) {
            continue; // drained unstored, so that the reading thread never waits on a full queue
          }
          List<Trade> c = next;
          try {
            tx.run(() -> trades.insertBulk(c));
            storedUpTo = c.get(c.size() - 1).id().value();
          } catch (RuntimeException e) {
            failure = e;
          }
        }
      } catch (InterruptedException e) {
        failure = new IllegalStateException("The import was interrupted while storing trades", e);
      }
    }

    /** Waits until every chunk handed over was stored (or refused); safe to call more than once. */
    void finish() {
      if (thread == null) {
        return;
      }
      boolean interrupted = false;
      while (true) {
        try {
          queue.put(END);
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      while (true) {
        try {
          thread.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      thread = null;
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    void rethrow() {
      if (failure != null) {
        throw failure;
      }
    }

    private void put(List<Trade> c) {
      try {
        queue.put(c);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("The import was interrupted", e);
      }
    }
  }

  /**
   * The line on which each text (an exec id) was first seen: an open-addressing table of texts and
   * line numbers, without the entry and boxed number per text a HashMap keeps, so that a file of a
   * million rows leaves some 50 MB less for the garbage collector to copy.
   */
  static final class LineByText {
    private String[] texts = new String[1 << 10];
    private int[] lines = new int[1 << 10];
    private int size;

    /**
     * Records {@code line} (1 or more) for {@code text} unless it was seen before; returns the
     * earlier line, or 0.
     */
    int putIfAbsent(String text, int line) {
      int mask = texts.length - 1;
      for (int i = mix(text.hashCode()) & mask; ; i = (i + 1) & mask) {
        String t = texts[i];
        if (t == null) {
          texts[i] = text;
          lines[i] = line;
          if (++size * 2 > texts.length) {
            grow();
          }
          return 0;
        }
        if (t.equals(text)) {
          return lines[i];
        }
      }
    }

    private void grow() {
      String[] oldTexts = texts;
      int[] oldLines = lines;
      texts = new String[oldTexts.length * 2];
      lines = new int[oldTexts.length * 2];
      int mask = texts.length - 1;
      for (int j = 0; j < oldTexts.length; j++) {
        if (oldTexts[j] != null) {
          int i = mix(oldTexts[j].hashCode()) & mask;
          while (texts[i] != null) {
            i = (i + 1) & mask;
          }
          texts[i] = oldTexts[j];
          lines[i] = oldLines[j];
        }
      }
    }

    private static int mix(int h) {
      int x = h * 0x9E3779B9;
      return x ^ (x >>> 16);
    }
  }

  /** One pass over one file. */
  private final class Run {
    final ImportProfile profile;
    final ImportMode mode;
    final List<ImportProblem> problems = new ArrayList<>();
    final List<QuarantinedRow> quarantine = new ArrayList<>();
    final List<Trade> sample = new ArrayList<>();
    int sampleSize = SAMPLE;
    java.util.function.Consumer<Trade> onValid;
    List<Trade> chunk = new ArrayList<>(CHUNK);
    final ChunkWriter writer;
    long nextId;
    int rows;
    int[] index = new int[ImportField.values().length];
    int width;

    final Map<String, Book> books = new HashMap<>();
    final Map<String, Instrument> bySymbol = new HashMap<>();
    final Map<String, Instrument> byIsin = new HashMap<>();
    final Map<String, Counterparty> counterparties = new HashMap<>();

    /**
     * The broker a broker's own profile names, the counterparty of every row; null for other
     * profiles.
     */
    final Counterparty profileBroker;

    final Map<String, Account> accounts = new HashMap<>();
    final Map<CurrencyCode, Integer> minorUnits = new HashMap<>();
    final Set<String> storedExecIds;
    final LineByText fileExecIds = new LineByText();
    final Map<String, LocalDate> dates = new HashMap<>();
    final Map<Key, Reference> referencePrices = new HashMap<>();
    final IsoInstants isoInstant = new IsoInstants();
    final Map<Key, Object> settlementDates = new HashMap<>();
    final SettlementDateCalculator settlement =
        new SettlementDateCalculator(referenceData.calendars());
    final DateTimeFormatter dateFormat;
    final DateTimeFormatter timeFormat;
    final LocalDate today = businessDate.businessDate();

    Run(ImportProfile profile, ImportMode mode, long firstId) {
      this.profile = profile;
      this.mode = mode;
      this.nextId = firstId;
      this.writer = new ChunkWriter(firstId - 1);
      referenceData.books().forEach(b -> books.put(upper(b.code()), b));
      referenceData
          .instruments()
          .forEach(
              i -> {
                bySymbol.put(upper(i.symbol()), i);
                if (i.isin() != null) {
                  byIsin.put(upper(i.isin().value()), i);
                }
              });
      referenceData.counterparties().forEach(c -> counterparties.put(upper(c.code()), c));
      profileBroker = counterparties.get(profile.broker());
      referenceData.accounts().forEach(a -> accounts.put(upper(a.code()), a));
      referenceData.currencies().forEach(c -> minorUnits.put(c.code(), c.minorUnits()));
      storedExecIds = store.storedExecIds();
      dateFormat = ImportProfile.strict(profile.datePattern());
      timeFormat =
          ImportProfile.ISO.equalsIgnoreCase(profile.timePattern())
              ? null
              : ImportProfile.strict(profile.timePattern());
    }

    void read(BufferedReader in) throws IOException {
      if (!profile.broker().isEmpty()
          && (profileBroker == null || profileBroker.role() != CounterpartyRole.BROKER)) {
        problems.add(
            new ImportProblem(
                1,
                ImportField.COUNTERPARTY.key(),
                "profile "
                    + profile.name()
                    + " is for broker '"
                    + profile.broker()
                    + "', which is "
                    + (profileBroker == null
                        ? "not in the reference data"
                        : "a " + role(profileBroker) + ", not a broker")));
        return;
      }
      int lineNo = 0;
      String line;
      boolean headerDone = !profile.header();
      if (!profile.header()) {
        java.util.Arrays.fill(index, -1);
        profile.columns().forEach((f, c) -> index[f.ordinal()] = Integer.parseInt(c) - 1);
        width = java.util.Arrays.stream(index).max().orElse(0) + 1;
      }
      List<String> cells = new ArrayList<>(32);
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        split(line, profile.delimiter(), cells);
        if (!headerDone) {
          headerDone = true;
          if (!mapHeader(lineNo, cells)) {
            return;
          }
          continue;
        }
        rows++;
        row(lineNo, line, cells);
      }
      if (rows == 0) {
        problems.add(new ImportProblem(Math.max(1, lineNo), "file", "has no trade rows"));
      }
    }

    private boolean mapHeader(int lineNo, List<String> cells) {
      Map<String, Integer> names = new HashMap<>();
      for (int i = 0; i < cells.size(); i++) {
        names.putIfAbsent(cells.get(i).trim().toLowerCase(Locale.ROOT), i);
      }
      java.util.Arrays.fill(index, -1);
      boolean ok = true;
      for (Map.Entry<ImportField, String> e : new TreeMap<>(profile.columns()).entrySet()) {
        Integer i = names.get(e.getValue().trim().toLowerCase(Locale.ROOT));
        if (i == null) {
          problems.add(
              new ImportProblem(
                  lineNo,
                  e.getKey().key(),
                  "the header has no column '"
                      + e.getValue()
                      + "' (profile "
                      + profile.name()
                      + "); it has "
                      + cells));
          ok = false;
        } else {
          index[e.getKey().ordinal()] = i;
          width = Math.max(width, i + 1);
        }
      }
      return ok;
    }

    private String cell(List<String> cells, ImportField f) {
      int i = index[f.ordinal()];
      return i < 0 || i >= cells.size() ? "" : cells.get(i).trim();
    }

    private void row(int line, String raw, List<String> cells) {
      int before = problems.size();
      if (cells.size() < width) {
        problem(
            line,
            "line",
            "has "
                + cells.size()
                + " fields; profile "
                + profile.name()
                + " needs at least "
                + width);
        quarantine(line, raw, before);
        return;
      }
      String execId = text(line, cells, ImportField.EXEC_ID, true);
      if (!execId.isEmpty()) {
        int earlier = fileExecIds.putIfAbsent(execId, line);
        if (earlier != 0) {
          problem(line, "exec_id", "'" + execId + "' is also on line " + earlier + " of this file");
        } else if (storedExecIds.contains(execId)) {
          problem(
              line,
              "exec_id",
              "'" + execId + "' is already stored (a trade with this execution id exists)");
        }
      }
      String orderId = text(line, cells, ImportField.ORDER_ID, false);
      String brokerRef = text(line, cells, ImportField.BROKER_REF, false);
      Book book = lookup(line, cells, ImportField.BOOK, books, "book", true);
      Instrument instrument = instrument(line, cells);
      Side side = null;
      String sideText = cell(cells, ImportField.SIDE);
      if (sideText.isEmpty()) {
        problem(line, "side", "is required");
      } else {
        side = profile.sideCodes().get(upper(sideText));
        if (side == null) {
          problem(
              line,
              "side",
              "'"
                  + sideText
                  + "' is not a side code of profile "
                  + profile.name()
                  + " "
                  + new TreeMap<>(profile.sideCodes()).keySet());
        }
      }
      BigDecimal quantity = decimal(line, cells, ImportField.QUANTITY, true, true);
      BigDecimal price = decimal(line, cells, ImportField.PRICE, true, true);
      BigDecimal commission = decimal(line, cells, ImportField.COMMISSION, false, false);
      BigDecimal fees = decimal(line, cells, ImportField.FEES, false, false);
      String currencyText = cell(cells, ImportField.CURRENCY);
      if (!currencyText.isEmpty()
          && instrument != null
          && !upper(currencyText).equals(instrument.currency().code())) {
        problem(
            line,
            "currency",
            "'"
                + currencyText
                + "' is not "
                + instrument.symbol()
                + "'s currency "
                + instrument.currency().code());
      }
      LocalDate tradeDate = tradeDate(line, cells);
      Instant executed = executionTime(line, cells);
      Counterparty broker =
          profileBroker == null
              ? lookup(line, cells, ImportField.COUNTERPARTY, counterparties, "counterparty", true)
              : profileBroker;
      if (profileBroker != null) {
        String named = cell(cells, ImportField.COUNTERPARTY);
        if (!named.isEmpty()
            && !upper(named).equals(profileBroker.code().toUpperCase(Locale.ROOT))) {
          problem(
              line,
              "counterparty",
              "'"
                  + named
                  + "', but profile "
                  + profile.name()
                  + " is for "
                  + profileBroker.code()
                  + "'s files");
        }
      } else if (broker != null && broker.role() != CounterpartyRole.BROKER) {
        problem(line, "counterparty", broker.code() + " is a " + role(broker) + ", not a broker");
      }
      Account account = lookup(line, cells, ImportField.ACCOUNT, accounts, "account", false);
      LocalDate settles = null;
      if (instrument != null && tradeDate != null) {
        if (price != null && price.signum() > 0) {
          checkPrice(line, instrument, tradeDate, price);
        }
        Object s =
            settlementDates.computeIfAbsent(
                new Key(instrument.id().value(), tradeDate),
                k -> {
                  try {
                    return settlement.settlementDate(instrument, k.date());
                  } catch (IllegalArgumentException e) {
                    return e.getMessage();
                  }
                });
        if (s instanceof LocalDate d) {
          settles = d;
        } else {
          problem(line, "settlement_date", "cannot be computed: " + s);
        }
      }
      if (problems.size() > before) {
        quarantine(line, raw, before);
        return;
      }
      int units = minorUnits.getOrDefault(instrument.currency(), 2);
      Trade trade =
          new Trade(
              new TradeId(nextId),
              1,
              execId,
              orderId,
              brokerRef,
              book.id(),
              instrument.id(),
              side,
              quantity,
              price,
              quantity.multiply(price).setScale(units, RoundingMode.HALF_EVEN),
              money(commission, units),
              money(fees, units),
              instrument.currency(),
              tradeDate,
              executed,
              settles,
              broker.id(),
              account == null ? null : account.id(),
              TradeSource.FILE,
              TradeStatus.NEW);
      nextId++;
      if (sample.size() < sampleSize) {
        sample.add(trade);
      }
      if (onValid != null) {
        onValid.accept(trade);
      }
      if (mode == ImportMode.PREVIEW
          || (mode == ImportMode.ALL_OR_NOTHING && !problems.isEmpty())) {
        return;
      }
      chunk.add(trade);
      if (chunk.size() >= CHUNK) {
        writer.submit(chunk);
        chunk = new ArrayList<>(CHUNK);
      }
    }

    /**
     * Stores the pending trades in the caller's transaction, once the writer has stored the chunks
     * before them.
     */
    void flush() {
      if (chunk.isEmpty()
          || mode == ImportMode.PREVIEW
          || (mode == ImportMode.ALL_OR_NOTHING && !problems.isEmpty())) {
        return;
      }
      trades.insertBulk(chunk);
      writer.storedUpTo = chunk.get(chunk.size() - 1).id().value();
      chunk = new ArrayList<>(CHUNK);
    }

    private void quarantine(int line, String raw, int firstProblem) {
      if (mode == ImportMode.QUARANTINE) {
        StringBuilder b = new StringBuilder();
        for (ImportProblem p : problems.subList(firstProblem, problems.size())) {
          b.append(b.length() == 0 ? "" : "; ").append(p.field()).append(": ").append(p.message());
        }
        quarantine.add(new QuarantinedRow(line, raw, b.toString()));
      }
    }

    private void checkPrice(
        int line, Instrument instrument, LocalDate tradeDate, BigDecimal price) {
      Reference reference =
          referencePrices.computeIfAbsent(
              new Key(instrument.id().value(), tradeDate),
              k -> Reference.of(prices.closeOnOrBefore(instrument.id(), k.date())));
      if (reference.price() == null) {
        return;
      }
      if (reference.allowed() != null
          && price.subtract(reference.price()).abs().compareTo(reference.allowed()) <= 0) {
        return; // within the tolerance exactly, so also after the division below rounds
      }
      BigDecimal ref = reference.price();
      {
        BigDecimal distance = price.subtract(ref).abs().divide(ref, MathContext.DECIMAL64);
        if (distance.compareTo(TradeService.PRICE_TOLERANCE) > 0) {
          problem(
              line,
              "price",
              price.toPlainString()
                  + " is "
                  + distance.movePointRight(2).setScale(1, RoundingMode.HALF_UP)
                  + "% away from "
                  + instrument.symbol()
                  + "'s reference price "
                  + ref.stripTrailingZeros().toPlainString()
                  + " of "
                  + tradeDate
                  + " (allowed: "
                  + TradeService.PRICE_TOLERANCE
                      .movePointRight(2)
                      .stripTrailingZeros()
                      .toPlainString()
                  + "%)");
        }
      }
    }

    private Instrument instrument(int line, List<String> cells) {
      String symbol = cell(cells, ImportField.SYMBOL);
      String isin = cell(cells, ImportField.ISIN);
      if (symbol.isEmpty() && isin.isEmpty()) {
        problem(
            line,
            profile.columns().containsKey(ImportField.SYMBOL) ? "symbol" : "isin",
            "is required (the instrument by symbol or ISIN)");
        return null;
      }
      Instrument bySym = symbol.isEmpty() ? null : bySymbol.get(upper(symbol));
      Instrument byId = isin.isEmpty() ? null : byIsin.get(upper(isin));
      if (!symbol.isEmpty() && bySym == null) {
        problem(line, "symbol", "'" + symbol + "' is not in the reference data");
        return null;
      }
      if (!isin.isEmpty() && byId == null) {
        problem(line, "isin", "'" + isin + "' is not in the reference data");
        return null;
      }
      if (bySym != null && byId != null && bySym != byId) {
        problem(line, "isin", isin + " is " + byId.symbol() + ", not " + bySym.symbol());
        return null;
      }
      return bySym != null ? bySym : byId;
    }

    private LocalDate tradeDate(int line, List<String> cells) {
      String t = cell(cells, ImportField.TRADE_DATE);
      if (t.isEmpty()) {
        problem(line, "trade_date", "is required");
        return null;
      }
      LocalDate d = dates.get(t);
      if (d == null) {
        try {
          d = LocalDate.parse(t, dateFormat);
        } catch (DateTimeParseException e) {
          problem(
              line,
              "trade_date",
              "'" + t + "' is not a date in the pattern " + profile.datePattern());
          return null;
        }
        if (dates.size() < 10_000) {
          dates.put(t, d);
        }
      }
      if (d.isAfter(today)) {
        problem(line, "trade_date", d + " is after the business date " + today);
        return null;
      }
      return d;
    }

    private Instant executionTime(int line, List<String> cells) {
      String t = cell(cells, ImportField.EXECUTION_TIME);
      if (t.isEmpty()) {
        problem(line, "execution_time", "is required");
        return null;
      }
      try {
        if (timeFormat == null) {
          Instant fast = isoInstant.parse(t);
          return fast != null ? fast : Instant.parse(t);
        }
        return LocalDateTime.parse(t, timeFormat).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        problem(
            line,
            "execution_time",
            "'"
                + t
                + "' does not match "
                + (timeFormat == null
                    ? "ISO-8601 UTC (2025-11-20T14:31:05Z)"
                    : "the pattern " + profile.timePattern()));
        return null;
      }
    }

    private String text(int line, List<String> cells, ImportField f, boolean required) {
      String t = cell(cells, f);
      if (required && t.isEmpty()) {
        problem(line, f.key(), "is required");
      } else if (t.length() > MAX_TEXT) {
        problem(
            line,
            f.key(),
            "is " + t.length() + " characters long; at most " + MAX_TEXT + " are kept");
      }
      return t;
    }

    private <T> T lookup(
        int line,
        List<String> cells,
        ImportField f,
        Map<String, T> known,
        String what,
        boolean required) {
      String t = cell(cells, f);
      if (t.isEmpty()) {
        if (required) {
          problem(line, f.key(), "is required");
        }
        return null;
      }
      T found = known.get(upper(t));
      if (found == null) {
        problem(line, f.key(), "'" + t + "' is not a " + what + " in the reference data");
      }
      return found;
    }

    private BigDecimal decimal(
        int line, List<String> cells, ImportField f, boolean required, boolean positive) {
      String t = cell(cells, f);
      if (t.isEmpty()) {
        if (required) {
          problem(line, f.key(), "is required");
        }
        return null;
      }
      String normal = t;
      if (profile.decimalSeparator() == ',') {
        if (t.indexOf('.') >= 0) {
          problem(
              line,
              f.key(),
              "'" + t + "' is not a number with decimal comma (no thousands separators)");
          return null;
        }
        normal = t.replace(',', '.');
      }
      BigDecimal v;
      try {
        v = new BigDecimal(normal);
      } catch (NumberFormatException e) {
        problem(
            line,
            f.key(),
            "'"
                + t
                + "' is not a number"
                + (profile.decimalSeparator() == ',' ? " with decimal comma" : ""));
        return null;
      }
      if (positive && v.signum() <= 0) {
        problem(line, f.key(), "must be positive, not " + t);
        return null;
      }
      if (!positive && v.signum() < 0) {
        problem(line, f.key(), "must not be negative, not " + t);
        return null;
      }
      return v;
    }

    private void problem(int line, String field, String message) {
      problems.add(new ImportProblem(line, field, message));
    }

    ImportResult result(String fileName, String sha256, ImportRecord record, ImportRecord earlier) {
      int loaded = record != null ? record.rowsLoaded() : 0;
      return new ImportResult(
          fileName,
          sha256,
          mode,
          rows,
          loaded,
          record != null ? record.rowsQuarantined() : 0,
          List.copyOf(problems),
          List.copyOf(sample),
          record,
          earlier);
    }
  }

  private static BigDecimal money(BigDecimal v, int units) {
    return (v == null ? BigDecimal.ZERO : v).setScale(units, RoundingMode.HALF_EVEN);
  }

  private static String role(Counterparty c) {
    return c.role().name().toLowerCase(Locale.ROOT);
  }

  private static String upper(String s) {
    return s.trim().toUpperCase(Locale.ROOT);
  }

  /**
   * Splits one CSV line: fields may be quoted with double quotes (a doubled quote inside is one
   * quote).
   */
  static void split(String line, char delimiter, List<String> out) {
    out.clear();
    int n = line.length();
    int start = 0;
    if (line.indexOf('"') < 0) {
      for (int i = 0; i < n; i++) {
        if (line.charAt(i) == delimiter) {
          out.add(line.substring(start, i));
          start = i + 1;
        }
      }
      out.add(line.substring(start));
      return;
    }
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && line.charAt(i + 1) == '"') {
            b.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          b.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == delimiter) {
        out.add(b.toString());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    out.add(b.toString());
  }
}
