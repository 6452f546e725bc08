package com.tickmark.app.ui.imports;

import com.tickmark.app.area.ImportKind;
import com.tickmark.app.imports.TradeFileImports;
import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.common.UtcTimes;
import com.tickmark.app.ui.table.ColumnSpec;
import com.tickmark.app.ui.table.Formats;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskContext;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.app.ui.task.TaskHandle;
import com.tickmark.model.intake.ImportMode;
import com.tickmark.model.intake.ImportMonitor;
import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.imports.CurrencyTotals;
import com.tickmark.model.trade.imports.ImportField;
import com.tickmark.model.trade.imports.ImportPreview;
import com.tickmark.model.trade.imports.ImportProfile;
import com.tickmark.model.trade.imports.ImportRecord;
import com.tickmark.model.trade.imports.ImportResult;
import com.tickmark.model.trade.imports.TradeImportService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Import tab: a file (CSV, or an Excel workbook's first sheet) and a mapping profile, a preview
 * that checks every row exactly as the import will (off the FX thread, with progress and Cancel)
 * and shows the rows that would be booked, the totals and every problem; then either "import all",
 * offered only when nothing is wrong, or — when the user explicitly chooses it — "import the valid
 * rows and quarantine the rest". A file imported before is refused. Changing the file or the
 * profile throws the preview away: an import is only offered for what was just previewed.
 *
 * <p>The user first picks the kind of file among those their permissions allow: a trade file, or a
 * kind an area contributes (a settlement status file, opening balances). Such a file is imported at
 * once, off the FX thread with progress and Cancel, through its area's pipeline: all or nothing,
 * each problem listed with its line and field.
 */
public final class ImportViewModel {
  /** How many of the rows that would be booked the preview shows. */
  public static final int PREVIEW_ROWS = 200;

  /**
   * A kind of file the screen imports: trade files, with their profiles, preview and quarantine, or
   * a kind an area contributes ({@code Area.importKinds()}), imported all or nothing as its import
   * command does.
   *
   * @param extensions the endings of its files' names, for the file chooser, ".csv"
   * @param importer how the area's kind imports a file (bound to the user); null for trade files
   */
  public record Kind(
      String title,
      String hint,
      List<String> extensions,
      Permission permission,
      Importer importer) {
    /** Trade files from brokers and the trading system. */
    public static final Kind TRADE_FILE =
        new Kind(
            "Trade file",
            "A trade file (CSV or Excel) from a broker or the trading system",
            List.of(".csv", ".txt", ".xlsx", ".xlsm", ".xls"),
            Permission.CAPTURE_TRADES,
            null);

    public boolean isTradeFile() {
      return importer == null;
    }

    @Override
    public String toString() {
      return title;
    }
  }

  /** Imports one file of an area's kind for the signed-in user; called off the FX thread. */
  @FunctionalInterface
  public interface Importer {
    ImportKind.Outcome run(Path file, ImportMonitor monitor);
  }

  /** One field of the chosen profile: which column of the file it is read from. */
  public record MappingRow(String field, String column, String required) {}

  /** A row that would be booked, with names instead of ids. */
  public record TradeRow(
      String execId,
      String book,
      String instrument,
      String side,
      BigDecimal quantity,
      BigDecimal price,
      BigDecimal notional,
      CurrencyCode currency,
      LocalDate tradeDate,
      LocalDate settlementDate,
      String broker) {}

  /** One problem of the previewed file. */
  public record ProblemRow(long line, String field, String value, String message) {}

  /** What the valid rows add up to in one currency. */
  public record TotalRow(
      String currency, long trades, BigDecimal quantity, BigDecimal notional, CurrencyCode code) {}

  /** Ids to names, read with the preview. */
  record Names(Map<Long, String> books, Map<Long, String> instruments, Map<Long, String> brokers) {
    static final Names NONE = new Names(Map.of(), Map.of(), Map.of());
  }

  /** What a preview task hands back to the FX thread. */
  record Previewed(
      Path file,
      String profile,
      ImportPreview preview,
      List<TradeRow> rows,
      List<ProblemRow> problems,
      List<TotalRow> totals) {}

  private final TradeImportService imports;
  private final TradeFileImports files;
  private final ReferenceDataService referenceData;
  private final Actor actor;
  private final TaskExecutor executor;
  private final ObservableList<Kind> kinds = FXCollections.observableArrayList();
  private final ObjectProperty<Kind> kind =
      new SimpleObjectProperty<>(this, "kind", Kind.TRADE_FILE);
  private final BooleanBinding tradeFile;
  private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
  private final ReadOnlyStringWrapper headerLine =
      new ReadOnlyStringWrapper(this, "headerLine", "");
  private final ObservableList<String> profileNames = FXCollections.observableArrayList();
  private final StringProperty profile = new SimpleStringProperty(this, "profile");
  private final Map<String, ImportProfile> profiles = new TreeMap<>();
  private final TableModel<MappingRow> mapping =
      new TableModel<>(
          "imports.mapping",
          "mapped fields",
          List.of(
              ColumnSpec.text("field", "Field", MappingRow::field).withWidth(120),
              ColumnSpec.text("column", "Column in the file", MappingRow::column).withWidth(150),
              ColumnSpec.text("required", "Required", MappingRow::required).withWidth(70)));
  private final TableModel<TradeRow> rows =
      new TableModel<>(
          "imports.rows",
          "rows that would be booked",
          List.of(
              ColumnSpec.text("execId", "Exec id", TradeRow::execId).withWidth(110),
              ColumnSpec.text("book", "Book", TradeRow::book).withWidth(90),
              ColumnSpec.text("instrument", "Instrument", TradeRow::instrument).withWidth(80),
              ColumnSpec.text("side", "Side", TradeRow::side).withWidth(50),
              ColumnSpec.decimal("quantity", "Quantity", TradeRow::quantity, 0, 6),
              ColumnSpec.decimal("price", "Price", TradeRow::price, 2, 6),
              ColumnSpec.money("notional", "Notional", TradeRow::notional, TradeRow::currency, 2),
              ColumnSpec.text("currency", "Ccy", (TradeRow r) -> r.currency().code()).withWidth(50),
              ColumnSpec.date("tradeDate", "Trade date", TradeRow::tradeDate),
              ColumnSpec.date("settlementDate", "Settles", TradeRow::settlementDate),
              ColumnSpec.text("broker", "Broker", TradeRow::broker).withWidth(70)));
  private final TableModel<ProblemRow> problems =
      new TableModel<>(
          "imports.problems",
          "problems",
          List.of(
              ColumnSpec.integer("line", "Line", ProblemRow::line).withWidth(60),
              ColumnSpec.text("field", "Field", ProblemRow::field).withWidth(110),
              ColumnSpec.text("value", "Value", ProblemRow::value).withWidth(120),
              ColumnSpec.text("message", "Problem", ProblemRow::message).withWidth(420)));
  private final TableModel<TotalRow> totals =
      new TableModel<>(
          "imports.totals",
          "totals",
          List.of(
              ColumnSpec.text("currency", "Currency", TotalRow::currency).withWidth(70),
              ColumnSpec.integer("trades", "Rows", TotalRow::trades).withWidth(70),
              ColumnSpec.decimal("quantity", "Quantity", TotalRow::quantity, 0, 6),
              ColumnSpec.money("notional", "Notional", TotalRow::notional, TotalRow::code, 2)
                  .withWidth(150)));
  private final ReadOnlyObjectWrapper<ImportPreview> preview =
      new ReadOnlyObjectWrapper<>(this, "preview");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyObjectWrapper<ImportResult> result =
      new ReadOnlyObjectWrapper<>(this, "result");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyObjectWrapper<TaskHandle> running =
      new ReadOnlyObjectWrapper<>(this, "running");
  private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
  private final ReadOnlyObjectWrapper<Notice> notice =
      new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
  private final BooleanBinding canPreview;
  private final BooleanBinding canImportAll;
  private final BooleanBinding canQuarantine;
  private final StringBinding quarantineLabel;
  private Runnable onImported = () -> {};
  private boolean loaded;

  /**
   * @param others the kinds of file the areas contribute; those {@code actor} may import are
   *     offered after trade files (offered to those who may capture trades)
   */
  public ImportViewModel(
      TradeImportService imports,
      ReferenceDataService referenceData,
      Actor actor,
      TaskExecutor executor,
      List<Kind> others) {
    this.imports = Objects.requireNonNull(imports, "imports");
    this.files = new TradeFileImports(imports);
    this.referenceData = Objects.requireNonNull(referenceData, "referenceData");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.executor = Objects.requireNonNull(executor, "executor");
    if (actor.may(Kind.TRADE_FILE.permission())) {
      kinds.add(Kind.TRADE_FILE);
    }
    others.stream().filter(k -> actor.may(k.permission())).forEach(kinds::add);
    if (!kinds.isEmpty()) {
      kind.set(kinds.get(0));
    }
    tradeFile = Bindings.createBooleanBinding(() -> kind.get().isTradeFile(), kind);
    canPreview =
        Bindings.createBooleanBinding(
            () -> tradeFile.get() && file.get() != null && profile.get() != null && !busy.get(),
            tradeFile,
            file,
            profile,
            busy);
    boolean mayCapture = actor.may(Permission.CAPTURE_TRADES);
    canImportAll =
        Bindings.createBooleanBinding(
            () ->
                tradeFile.get()
                    ? mayCapture
                        && !busy.get()
                        && preview.get() != null
                        && preview.get().canImportAll()
                    : file.get() != null && !busy.get(),
            tradeFile,
            file,
            preview,
            busy);
    canQuarantine =
        Bindings.createBooleanBinding(
            () ->
                mayCapture
                    && tradeFile.get()
                    && !busy.get()
                    && preview.get() != null
                    && preview.get().canQuarantine()
                    && preview.get().valid() + preview.get().refused() > 0,
            tradeFile,
            preview,
            busy);
    quarantineLabel =
        Bindings.createStringBinding(
            () -> {
              ImportPreview p = preview.get();
              int n = p == null ? 0 : p.refused();
              return n == 0
                  ? "Import valid rows, quarantine the rest"
                  : "Import valid rows and quarantine " + Formats.grouped(n);
            },
            preview);
    // until a preview, the tables say what fills them rather than "No problems"
    rows.promptProperty().bind(prompt("the rows that would be booked"));
    problems.promptProperty().bind(prompt("its problems"));
    totals.promptProperty().bind(prompt("what its valid rows add up to"));
    file.addListener(
        (obs, old, now) -> {
          clearPreview();
          readHeader(now);
        });
    profile.addListener(
        (obs, old, now) -> {
          clearPreview();
          showMapping();
        });
    kind.addListener(
        (obs, old, now) -> {
          clearPreview();
          notice.set(Notice.NONE);
        });
  }

  /** What a preview's table says before there is a preview: what to do to see {@code what}. */
  private StringBinding prompt(String what) {
    return Bindings.createStringBinding(
        () -> {
          if (preview.get() != null) {
            return "";
          }
          if (busy.get()) {
            return "Checking the file…";
          }
          if (!tradeFile.get()) { // not previewed: checked as it is imported, all or nothing
            return file.get() == null
                ? "Choose a file and import it: any problem is listed here, and nothing is written"
                : "Import the file: any problem is listed here, and nothing is written";
          }
          return file.get() == null
              ? "Choose a file and preview it to see " + what
              : "Preview the file to see " + what;
        },
        preview,
        busy,
        file,
        tradeFile);
  }

  /** The screen became visible: the profiles are read the first time. */
  public void activate() {
    if (!loaded) {
      loadProfiles(null);
    }
  }

  /**
   * Reads the profiles again, then selects {@code select} (or keeps the selection, or takes the
   * built-in one).
   */
  public void loadProfiles(String select) {
    executor.execute(
        BackgroundTask.of("Reading import profiles", task -> imports.profiles(actor))
            .onSuccess(
                all -> {
                  loaded = true;
                  profiles.clear();
                  profiles.putAll(all);
                  String keep = select != null ? select : profile.get();
                  profileNames.setAll(all.keySet());
                  profile.set(null);
                  profile.set(
                      keep != null && all.containsKey(keep) ? keep : ImportProfile.BUILT_IN);
                })
            .onFailure(e -> notice.set(Notice.of("Could not read the import profiles", e))));
  }

  private void readHeader(Path path) {
    headerLine.set("");
    if (path == null) {
      return;
    }
    executor.execute(
        BackgroundTask.of("Reading " + path.getFileName(), task -> firstLine(path))
            .onSuccess(
                line -> {
                  if (path.equals(file.get())) {
                    headerLine.set(line);
                  }
                })
            .onFailure(e -> notice.set(Notice.of("Could not read " + path.getFileName(), e))));
  }

  /**
   * The file's first non-blank line (its header row, if it has one), without a byte-order mark; a
   * workbook's first row with a value, comma-separated.
   */
  static String firstLine(Path path) {
    return TradeFileImports.headerLine(path);
  }

  private void showMapping() {
    ImportProfile p = profile.get() == null ? null : profiles.get(profile.get());
    if (p == null) {
      mapping.clear();
      return;
    }
    List<MappingRow> list = new ArrayList<>();
    for (ImportField f : ImportField.values()) {
      String column = p.columns().get(f);
      if (column != null || f.required()) {
        list.add(
            new MappingRow(
                f.key(),
                column == null ? "" : (p.header() ? column : "position " + column),
                f.required() ? "yes" : ""));
      }
    }
    mapping.setAll(list);
  }

  /** Checks the file with the profile, writing nothing. */
  public void preview() {
    Path path = file.get();
    String profileName = profile.get();
    if (path == null || profileName == null || busy.get()) {
      return;
    }
    clearPreview();
    notice.set(Notice.NONE);
    start(
        "Checking " + path.getFileName(),
        BackgroundTask.of(
                "Checking " + path.getFileName(),
                task -> {
                  ImportPreview p =
                      files.preview(
                          actor, path, null, profileName, PREVIEW_ROWS, monitor(task, "Checking"));
                  task.updateMessage("Preparing the preview");
                  return previewed(path, profileName, p, names());
                })
            .onSuccess(this::apply)
            .onCancelled(
                () ->
                    notice.set(Notice.info("Preview cancelled", "Nothing was checked or written.")))
            .onFailure(e -> notice.set(Notice.of("Could not check " + path.getFileName(), e))));
  }

  private Names names() {
    Map<Long, String> books = new HashMap<>();
    referenceData.books(actor).forEach(b -> books.put(b.id().value(), b.code()));
    Map<Long, String> instruments = new HashMap<>();
    referenceData.instruments(actor).forEach(i -> instruments.put(i.id().value(), i.symbol()));
    Map<Long, String> brokers = new HashMap<>();
    referenceData.counterparties(actor).forEach(c -> brokers.put(c.id().value(), c.code()));
    return new Names(books, instruments, brokers);
  }

  static Previewed previewed(Path path, String profileName, ImportPreview p, Names names) {
    List<TradeRow> tradeRows = p.firstTrades().stream().map(t -> tradeRow(t, names)).toList();
    List<ImportProblem> list = p.result().problems();
    List<ProblemRow> problemRows = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      ImportProblem x = list.get(i);
      problemRows.add(new ProblemRow(x.line(), x.field(), p.problemValues().get(i), x.message()));
    }
    List<TotalRow> totalRows = p.totals().values().stream().map(ImportViewModel::totalRow).toList();
    return new Previewed(path, profileName, p, tradeRows, problemRows, totalRows);
  }

  private static TotalRow totalRow(CurrencyTotals t) {
    return new TotalRow(
        t.currency().code(), t.trades(), compact(t.quantity()), t.notional(), t.currency());
  }

  /** A quantity without trailing zeros: 100.000000 shows as 100, 0.50 as 0.5. */
  static BigDecimal compact(BigDecimal q) {
    BigDecimal s = q.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private static TradeRow tradeRow(Trade t, Names n) {
    return new TradeRow(
        t.execId(),
        n.books().getOrDefault(t.bookId().value(), "#" + t.bookId().value()),
        n.instruments().getOrDefault(t.instrumentId().value(), "#" + t.instrumentId().value()),
        t.side().name(),
        compact(t.quantity()),
        t.price(),
        t.grossAmount(),
        t.currency(),
        t.tradeDate(),
        t.settlementDate(),
        n.brokers().getOrDefault(t.counterpartyId().value(), "#" + t.counterpartyId().value()));
  }

  private void apply(Previewed p) {
    if (!p.file().equals(file.get()) || !p.profile().equals(profile.get())) {
      return; // the user chose something else meanwhile
    }
    rows.setAll(p.rows());
    problems.setAll(p.problems());
    totals.setAll(p.totals());
    preview.set(p.preview());
    ImportPreview v = p.preview();
    ImportResult r = v.result();
    summary.set(
        Formats.grouped(r.rows())
            + (r.rows() == 1 ? " row: " : " rows: ")
            + Formats.grouped(v.valid())
            + " valid, "
            + Formats.grouped(v.refused())
            + " refused; "
            + Formats.grouped(r.problems().size())
            + (r.problems().size() == 1 ? " problem" : " problems"));
    if (v.importedBefore()) {
      ImportRecord e = v.result().earlier();
      notice.set(
          Notice.warning(
              "Already imported: this file cannot be imported again",
              r.fileName()
                  + " was imported on "
                  + UtcTimes.format(e.importedAt())
                  + " UTC by "
                  + e.importedBy()
                  + " (as "
                  + e.fileName()
                  + ", import "
                  + e.id()
                  + ", "
                  + Formats.grouped(e.rowsLoaded())
                  + " trades). A file with the same contents is refused, so its trades are not"
                  + " booked twice."));
    } else if (v.headerRefused()) {
      notice.set(
          Notice.error(
              "The file cannot be read with profile " + p.profile(),
              r.problems().isEmpty()
                  ? ""
                  : r.problems().get(0).message()
                      + ". Choose another profile, or create one that maps this file's columns."));
    } else if (r.problems().isEmpty()) {
      notice.set(
          Notice.success(
              "Ready to import",
              "Every row is valid: " + Formats.grouped(v.valid()) + " trades would be booked."));
    } else {
      notice.set(
          Notice.warning(
              "Problems found: nothing can be imported as it is",
              Formats.grouped(v.refused())
                  + (v.refused() == 1 ? " row has" : " rows have")
                  + " problems (listed below). Correct the file and preview it again, or import the"
                  + " "
                  + Formats.grouped(v.valid())
                  + " valid rows and quarantine the others for repair."));
    }
  }

  /**
   * Books every row of a trade file, offered only when the preview found no problem; imports a file
   * of another kind all or nothing, listing its problems when it has any.
   */
  public void importAll() {
    if (!canImportAll.get()) {
      return;
    }
    if (tradeFile.get()) {
      commit(ImportMode.ALL_OR_NOTHING);
    } else {
      importOther(kind.get(), file.get());
    }
  }

  private void importOther(Kind k, Path path) {
    String name = path.getFileName().toString();
    clearPreview();
    notice.set(Notice.NONE);
    start(
        "Importing " + name,
        BackgroundTask.of(
                "Importing " + name, task -> k.importer().run(path, monitor(task, "Importing")))
            .onSuccess(
                o -> {
                  problems.setAll(
                      o.problems().stream()
                          .map(p -> new ProblemRow(p.line(), p.field(), "", p.message()))
                          .toList());
                  if (o.written()) {
                    notice.set(Notice.success(k.title() + " imported", o.summary()));
                    return;
                  }
                  int n = o.problems().size();
                  summary.set(Formats.grouped(n) + (n == 1 ? " problem" : " problems"));
                  notice.set(
                      Notice.error(
                          "Nothing was imported",
                          name
                              + (n == 1
                                  ? " has a problem"
                                  : " has " + Formats.grouped(n) + " problems")
                              + " (listed below: line, field and what is wrong, as in "
                              + o.problems().get(0).describe(name)
                              + "). Correct the file and import it again; nothing was written."));
                })
            .onCancelled(
                () ->
                    notice.set(
                        Notice.info("Import cancelled", "Nothing of " + name + " was written.")))
            .onFailure(e -> notice.set(Notice.of("Could not import " + name, e))));
  }

  /**
   * Books the valid rows and sets the others aside for repair; the user must choose this
   * explicitly.
   */
  public void importValidAndQuarantine() {
    if (canQuarantine.get()) {
      commit(ImportMode.QUARANTINE);
    }
  }

  private void commit(ImportMode mode) {
    Path path = file.get();
    String profileName = profile.get();
    String verb = mode == ImportMode.QUARANTINE ? "Importing valid rows of " : "Importing ";
    notice.set(Notice.NONE);
    start(
        verb + path.getFileName(),
        BackgroundTask.of(
                verb + path.getFileName(),
                task ->
                    files.importFile(
                        actor, path, null, profileName, mode, monitor(task, "Importing")))
            .onSuccess(
                r -> {
                  result.set(r);
                  preview.set(null);
                  if (r.written()) {
                    ImportRecord rec = r.record();
                    String range =
                        rec.firstTradeId() == null
                            ? "no trades"
                            : Formats.grouped(rec.rowsLoaded())
                                + (rec.rowsLoaded() == 1 ? " trade, " : " trades, ")
                                + new TradeId(rec.firstTradeId()).display()
                                + " to "
                                + new TradeId(rec.lastTradeId()).display();
                    notice.set(
                        Notice.success(
                            "Imported " + r.fileName() + " (import " + rec.id() + ")",
                            "Booked "
                                + range
                                + (rec.rowsQuarantined() == 0
                                    ? "."
                                    : "; "
                                        + Formats.grouped(rec.rowsQuarantined())
                                        + (rec.rowsQuarantined() == 1 ? " row was" : " rows were")
                                        + " quarantined: repair or discard "
                                        + (rec.rowsQuarantined() == 1 ? "it" : "them")
                                        + " in the Quarantine tab.")));
                    onImported.run();
                  } else {
                    notice.set(
                        Notice.error(
                            "Nothing was imported",
                            Formats.grouped(r.problems().size())
                                + " problems were found while importing (the data changed since the"
                                + " preview). Preview the file again."));
                  }
                })
            .onCancelled(
                () ->
                    notice.set(
                        Notice.info(
                            "Import cancelled",
                            "Nothing was written: the trades of "
                                + path.getFileName()
                                + " are not booked.")))
            .onFailure(e -> notice.set(Notice.of("Could not import " + path.getFileName(), e))));
  }

  private <T> void start(String what, BackgroundTask<T> task) {
    busy.set(true);
    activity.set(what + "…");
    TaskHandle[] handle = new TaskHandle[1];
    task.onFinished(
        () -> {
          busy.set(false);
          activity.set("");
          running.set(null);
        });
    handle[0] = executor.execute(task);
    if (!handle[0].isDone()) {
      running.set(handle[0]);
    }
  }

  /** The model's progress and cancellation, reported to the task. */
  static ImportMonitor monitor(TaskContext task, String verb) {
    return new ImportMonitor() {
      private long lastPercent = -1;

      @Override
      public void progress(long bytesRead, long totalBytes) {
        task.updateProgress(bytesRead, totalBytes);
        long percent = totalBytes <= 0 ? 0 : bytesRead * 100 / totalBytes;
        if (percent != lastPercent) {
          lastPercent = percent;
          task.updateMessage(verb + ": " + percent + " % of the file");
        }
      }

      @Override
      public boolean isCancelled() {
        return task.isCancelled();
      }
    };
  }

  /** Stops the running preview or import; a cancelled import writes nothing. */
  public void cancel() {
    TaskHandle h = running.get();
    if (h != null) {
      h.cancel();
    }
  }

  private void clearPreview() {
    preview.set(null);
    rows.clear();
    problems.clear();
    totals.clear();
    summary.set("");
  }

  public void dismissNotice() {
    notice.set(Notice.NONE);
  }

  /** Called after an import wrote something (the quarantine list reloads). */
  public void setOnImported(Runnable action) {
    this.onImported = Objects.requireNonNull(action);
  }

  /** The profile of this name, as last read. */
  public ImportProfile profileNamed(String name) {
    return name == null ? null : profiles.get(name);
  }

  /** The kinds of file this user may import, trade files first. */
  public ObservableList<Kind> kinds() {
    return kinds;
  }

  public ObjectProperty<Kind> kindProperty() {
    return kind;
  }

  /** Whether the chosen kind is trade files, with their profiles, preview and quarantine. */
  public BooleanBinding tradeFileProperty() {
    return tradeFile;
  }

  public ObjectProperty<Path> fileProperty() {
    return file;
  }

  /** The chosen file's first line, read when the file is chosen (for mapping a new profile). */
  public ReadOnlyStringProperty headerLineProperty() {
    return headerLine.getReadOnlyProperty();
  }

  public ObservableList<String> profileNames() {
    return profileNames;
  }

  public StringProperty profileProperty() {
    return profile;
  }

  public TableModel<MappingRow> mapping() {
    return mapping;
  }

  public TableModel<TradeRow> rows() {
    return rows;
  }

  public TableModel<ProblemRow> problems() {
    return problems;
  }

  public TableModel<TotalRow> totals() {
    return totals;
  }

  public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
    return preview.getReadOnlyProperty();
  }

  /** "5 rows: 3 valid, 2 refused; 2 problems", or empty before a preview. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ImportResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** The preview or import running now, for the progress bar and Cancel; null when none. */
  public ReadOnlyObjectProperty<TaskHandle> runningProperty() {
    return running.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty activityProperty() {
    return activity.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Notice> noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public BooleanBinding canPreviewProperty() {
    return canPreview;
  }

  public BooleanBinding canImportAllProperty() {
    return canImportAll;
  }

  public BooleanBinding canQuarantineProperty() {
    return canQuarantine;
  }

  /** "Import valid rows and quarantine 3", without a count until a preview found refused rows. */
  public StringBinding quarantineLabelProperty() {
    return quarantineLabel;
  }

  public Actor actor() {
    return actor;
  }
}
