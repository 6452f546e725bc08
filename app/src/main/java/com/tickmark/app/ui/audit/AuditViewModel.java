package com.tickmark.app.ui.audit;

import com.tickmark.app.ui.common.Changes;
import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.common.TradeValues;
import com.tickmark.app.ui.common.UtcTimes;
import com.tickmark.app.ui.table.ColumnSpec;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.audit.AuditService;
import com.tickmark.model.audit.AuditVerification;
import com.tickmark.model.audit.DataVerification;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.report.ExportService;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.reports.excel.ExcelRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The audit viewer: records filtered in the database by user, entity, action and UTC days, newest
 * first; the picked record's before and after; a check of the whole hash chain that names (and
 * picks) the first record that does not verify; and an Excel export of the records shown, which
 * passes the export gate and is itself audited.
 */
public final class AuditViewModel {
  /** What the export is called in the audit trail and the workbook. */
  static final String EXPORT_NAME = "Audit trail";

  /** One audit record as a row of the table. */
  public record AuditRow(
      AuditRecord record,
      long seq,
      String time,
      String user,
      String action,
      String entityType,
      String entityId,
      String reason) {
    static AuditRow of(AuditRecord r) {
      var e = r.event();
      return new AuditRow(
          r,
          r.sequence(),
          UtcTimes.format(e.at()),
          e.actor(),
          label(e.action()),
          e.entityType(),
          e.entityId(),
          e.reason());
    }

    public Instant at() {
      return record.event().at();
    }
  }

  private final AuditService audit;
  private final ExportService exports;
  private final ReferenceDataService referenceData;
  private final Actor actor;
  private final TaskExecutor executor;
  private final Clock clock;
  private final StringProperty user = new SimpleStringProperty(this, "user", "");
  private final StringProperty entityType = new SimpleStringProperty(this, "entityType", "");
  private final StringProperty entityId = new SimpleStringProperty(this, "entityId", "");
  private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>(this, "action");
  private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
  private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
  private final ObservableList<String> knownUsers = FXCollections.observableArrayList();
  private final ObservableList<String> knownEntityTypes = FXCollections.observableArrayList();
  private final TableModel<AuditRow> records =
      new TableModel<>(
          "audit.records",
          "audit records",
          List.of(
              ColumnSpec.integer("seq", "#", AuditRow::seq).withWidth(70),
              ColumnSpec.text("time", "Time (UTC)", AuditRow::time).withWidth(150),
              ColumnSpec.text("user", "User", AuditRow::user).withWidth(100),
              ColumnSpec.text("action", "Action", AuditRow::action).withWidth(150),
              ColumnSpec.text("entity", "Entity", AuditRow::entityType).withWidth(120),
              ColumnSpec.text("entityId", "Id", AuditRow::entityId).withWidth(150),
              ColumnSpec.text("reason", "Reason", AuditRow::reason).withWidth(260)));
  private final ObjectProperty<AuditRow> selected = new SimpleObjectProperty<>(this, "selected");
  private final ReadOnlyObjectWrapper<AuditVerification> verification =
      new ReadOnlyObjectWrapper<>(this, "verification");
  private final ReadOnlyObjectWrapper<Notice> verdict =
      new ReadOnlyObjectWrapper<>(this, "verdict", Notice.NONE);
  private final ReadOnlyObjectWrapper<Notice> notice =
      new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final BooleanBinding rangeValid;
  private final BooleanBinding canSearch;
  private final BooleanBinding canExport;
  private final BooleanBinding canVerify;
  private AuditFilter shownFilter = AuditFilter.all();
  private TradeValues values = TradeValues.NONE;
  private boolean loaded;

  public AuditViewModel(
      AuditService audit,
      ExportService exports,
      ReferenceDataService referenceData,
      Actor actor,
      TaskExecutor executor,
      Clock clock) {
    this.audit = Objects.requireNonNull(audit, "audit");
    this.exports = Objects.requireNonNull(exports, "exports");
    this.referenceData = Objects.requireNonNull(referenceData, "reference data");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.clock = Objects.requireNonNull(clock, "clock");
    rangeValid =
        Bindings.createBooleanBinding(
            () -> from.get() == null || to.get() == null || !to.get().isBefore(from.get()),
            from,
            to);
    boolean mayView = actor.may(Permission.VIEW_AUDIT);
    canSearch = rangeValid.and(busy.not()).and(Bindings.createBooleanBinding(() -> mayView));
    canVerify = busy.not().and(Bindings.createBooleanBinding(() -> mayView));
    boolean mayExport = actor.may(Permission.EXPORT_DATA);
    canExport =
        Bindings.createBooleanBinding(
            () -> mayExport && !busy.get() && records.shownCountProperty().get() > 0,
            busy,
            records.shownCountProperty());
  }

  /** The screen became visible: read the newest records the first time. */
  public void activate() {
    if (!loaded && !busy.get()) {
      search();
    }
  }

  /**
   * How an action reads on screen and in the workbook: SUBMIT_FOR_APPROVAL is "Submit for
   * approval".
   */
  public static String label(AuditAction action) {
    String words = action.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * The filter as typed: blank fields match everything; the days are whole UTC days, both included.
   */
  public AuditFilter filter() {
    return new AuditFilter(
        blankToNull(user.get()),
        blankToNull(entityType.get()),
        blankToNull(entityId.get()),
        action.get(),
        from.get() == null ? null : from.get().atStartOfDay(ZoneOffset.UTC).toInstant(),
        to.get() == null ? null : to.get().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
        AuditFilter.DEFAULT_LIMIT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** Reads the records that match the filter, newest first. */
  public void search() {
    if (!rangeValid.get()) {
      notice.set(
          Notice.error(
              "The days are the wrong way round",
              "The \"to\" day is before the \"from\" day; swap them or clear one."));
      return;
    }
    AuditFilter filter = filter();
    busy.set(true);
    records.loadingProperty().set(true);
    executor.execute(
        BackgroundTask.of(
                "Reading the audit trail",
                task ->
                    new Found(
                        audit.search(actor, filter).stream().map(AuditRow::of).toList(),
                        TradeValues.read(referenceData, actor)))
            .onSuccess(found -> apply(filter, found))
            .onFailure(e -> notice.set(Notice.of("Could not read the audit trail", e)))
            .onFinished(
                () -> {
                  busy.set(false);
                  records.loadingProperty().set(false);
                }));
  }

  /** The records read, and the reference data their trades' ids and amounts are written with. */
  private record Found(List<AuditRow> rows, TradeValues values) {}

  private void apply(AuditFilter filter, Found found) {
    List<AuditRow> rows = found.rows();
    values = found.values();
    long keep = selected.get() == null ? -1 : selected.get().seq();
    records.setAll(rows);
    shownFilter = filter;
    loaded = true;
    remember(knownUsers, rows.stream().map(AuditRow::user).toList());
    remember(knownEntityTypes, rows.stream().map(AuditRow::entityType).toList());
    selected.set(rows.stream().filter(r -> r.seq() == keep).findFirst().orElse(null));
    if (rows.size() >= filter.limit()) {
      notice.set(
          Notice.warning(
              "Only the newest " + filter.limit() + " records are shown",
              "Narrow the filter to see older ones."));
    } else if (notice.get().kind() == Notice.Kind.WARNING) {
      notice.set(Notice.NONE);
    }
  }

  private static void remember(ObservableList<String> known, List<String> seen) {
    TreeSet<String> all = new TreeSet<>(known);
    if (all.addAll(seen)) {
      known.setAll(all);
    }
  }

  /** Empties every filter field and reads the newest records again. */
  public void clearFilter() {
    user.set("");
    entityType.set("");
    entityId.set("");
    action.set(null);
    from.set(null);
    to.set(null);
    records.filterTextProperty().set("");
    search();
  }

  /**
   * Checks every record of the chain; if one does not verify, names it and picks it when it is
   * shown.
   */
  public void verify() {
    busy.set(true);
    executor.execute(
        BackgroundTask.of("Verifying the audit trail", task -> audit.verify(actor))
            .onSuccess(this::applyVerification)
            .onFailure(e -> verdict.set(Notice.of("Could not verify the audit trail", e)))
            .onFinished(() -> busy.set(false)));
  }

  /**
   * Checks the chain and then every stored trade against its audited state (or its import's
   * digests), naming the ones that differ.
   */
  public void verifyData() {
    busy.set(true);
    executor.execute(
        BackgroundTask.of(
                "Checking the stored trades against the audit trail",
                task -> audit.verifyData(actor))
            .onSuccess(
                (DataVerification d) -> {
                  if (!d.chain().isIntact()) {
                    applyVerification(d.chain());
                  } else {
                    verification.set(d.chain());
                    verdict.set(Notice.ofDataVerification(d));
                  }
                })
            .onFailure(e -> verdict.set(Notice.of("Could not check the stored records", e)))
            .onFinished(() -> busy.set(false)));
  }

  private void applyVerification(AuditVerification v) {
    verification.set(v);
    if (v.isIntact()) {
      verdict.set(Notice.ofVerification(v, ""));
      return;
    }
    long bad = v.firstBadSequence().orElseThrow();
    AuditRow row = records.allRows().stream().filter(r -> r.seq() == bad).findFirst().orElse(null);
    selected.set(row);
    verdict.set(
        Notice.ofVerification(
            v,
            row != null
                ? "The record is picked below."
                : "The record is not among those shown; clear the filter to see it."));
  }

  /**
   * Writes the records shown (filtered and sorted as on screen) to an Excel workbook, after the
   * export gate's permission check; the export is recorded in the audit trail.
   */
  public void export(Path file) {
    List<AuditRow> rows = List.copyOf(records.sortedRows());
    Map<String, String> parameters = describe(shownFilter, records.filterTextProperty().get());
    busy.set(true);
    executor.execute(
        BackgroundTask.of(
                "Exporting the audit trail",
                task -> {
                  exports.checkMayExport(actor);
                  task.updateMessage(
                      "Writing " + rows.size() + " records to " + file.getFileName());
                  try {
                    new ExcelRenderer().render(report(rows, parameters), file);
                  } catch (IOException e) {
                    throw new UncheckedIOException(
                        "Could not write "
                            + file.toAbsolutePath()
                            + " ("
                            + e.getMessage()
                            + "). Choose another folder, or close the file if a spreadsheet has it"
                            + " open.",
                        e);
                  }
                  task.checkCancelled();
                  exports.recordExport(
                      actor,
                      EXPORT_NAME,
                      "xlsx",
                      parameters,
                      rows.size(),
                      file.toAbsolutePath().toString());
                  return file;
                })
            .onSuccess(
                written ->
                    notice.set(
                        Notice.success(
                            "Exported " + rows.size() + " audit records",
                            "Written to " + written.toAbsolutePath() + ".")))
            .onFailure(e -> notice.set(Notice.of("Could not export the audit trail", e)))
            .onFinished(() -> busy.set(false)));
  }

  /** The filter as the workbook's parameters and the export's audit record show it. */
  static Map<String, String> describe(AuditFilter f, String quickFilter) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("User", f.actor() == null ? "any" : f.actor());
    p.put("Entity", f.entityType() == null ? "any" : f.entityType());
    p.put("Entity id", f.entityId() == null ? "any" : f.entityId());
    p.put("Action", f.action() == null ? "any" : label(f.action()));
    p.put("From (UTC)", f.from() == null ? "the first record" : f.from().toString());
    p.put("Before (UTC)", f.to() == null ? "now" : f.to().toString());
    p.put(
        "Quick filter", quickFilter == null || quickFilter.isBlank() ? "none" : quickFilter.trim());
    return p;
  }

  private Report report(List<AuditRow> rows, Map<String, String> parameters) {
    ReportSection.Builder section =
        ReportSection.builder("Audit records")
            .columns(
                ReportColumn.integer("Seq"),
                ReportColumn.timestamp("Time (UTC)"),
                ReportColumn.text("User"),
                ReportColumn.text("Action"),
                ReportColumn.text("Entity"),
                ReportColumn.text("Entity id"),
                ReportColumn.text("Reason"),
                ReportColumn.text("Before"),
                ReportColumn.text("After"),
                ReportColumn.text("Record hash"));
    for (AuditRow r : rows) {
      var e = r.record().event();
      section.row(
          r.seq(),
          e.at(),
          e.actor(),
          r.action(),
          e.entityType(),
          e.entityId(),
          e.reason(),
          e.before(),
          e.after(),
          r.record().hash());
    }
    Report.Builder report =
        Report.builder("Audit trail")
            .subtitle(rows.size() + " records, newest first as shown on screen");
    parameters.forEach(report::parameter);
    return report.runBy(actor.username(), clock.instant()).section(section.build()).build();
  }

  /**
   * What {@code row}'s record changed, field by field: a trade's books, instruments and
   * counterparties by code and name, its amounts in its currency's decimals ({@link TradeValues}).
   */
  public List<Changes.FieldChange> changesOf(AuditRow row) {
    var e = row.record().event();
    return values.changes(e.before(), e.after());
  }

  public void dismissNotice() {
    notice.set(Notice.NONE);
  }

  public void dismissVerdict() {
    verdict.set(Notice.NONE);
  }

  public StringProperty userProperty() {
    return user;
  }

  public StringProperty entityTypeProperty() {
    return entityType;
  }

  public StringProperty entityIdProperty() {
    return entityId;
  }

  public ObjectProperty<AuditAction> actionProperty() {
    return action;
  }

  public ObjectProperty<LocalDate> fromProperty() {
    return from;
  }

  public ObjectProperty<LocalDate> toProperty() {
    return to;
  }

  /** The users seen in the records read so far, for the user field's choices. */
  public ObservableList<String> knownUsers() {
    return knownUsers;
  }

  /** The entity types seen so far, for the entity field's choices. */
  public ObservableList<String> knownEntityTypes() {
    return knownEntityTypes;
  }

  public TableModel<AuditRow> records() {
    return records;
  }

  public ObjectProperty<AuditRow> selectedProperty() {
    return selected;
  }

  /** The last verification, or null before the first. */
  public ReadOnlyObjectProperty<AuditVerification> verificationProperty() {
    return verification.getReadOnlyProperty();
  }

  /** What the last verification found. */
  public ReadOnlyObjectProperty<Notice> verdictProperty() {
    return verdict.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Notice> noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public BooleanBinding canSearchProperty() {
    return canSearch;
  }

  public BooleanBinding canExportProperty() {
    return canExport;
  }

  public BooleanBinding canVerifyProperty() {
    return canVerify;
  }

  /** A file name for the export: {@code audit-trail-2025-11-20.xlsx}. */
  public String suggestedFileName() {
    return "audit-trail-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + ".xlsx";
  }
}
