package com.tickmark.app.ui.imports;

import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.common.UtcTimes;
import com.tickmark.app.ui.table.ColumnSpec;
import com.tickmark.app.ui.table.Formats;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.imports.ImportField;
import com.tickmark.model.trade.imports.QuarantineEntry;
import com.tickmark.model.trade.imports.QuarantineStatus;
import com.tickmark.model.trade.imports.RepairResult;
import com.tickmark.model.trade.imports.TradeImportService;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Quarantine tab: every row a quarantine import set aside, with its file, line, problems and
 * raw text. A clerk picks an open row, corrects its values field by field (in the file's formats)
 * and re-submits it — the same checks as the import; it becomes a trade — or discards it with a
 * reason. Both are audited; a row that still fails keeps its place and shows why.
 */
public final class QuarantineViewModel {
  /** One quarantined row of the list. */
  public record Row(
      QuarantineEntry entry,
      String file,
      long importId,
      long line,
      String status,
      String problems,
      String raw,
      String resolvedBy,
      String resolvedAt,
      String resolution,
      String trade) {
    static Row of(QuarantineEntry e) {
      return new Row(
          e,
          e.fileName(),
          e.importId(),
          e.line(),
          statusLabel(e.status()),
          e.problems(),
          e.rawLine(),
          e.resolvedBy() == null ? "" : e.resolvedBy(),
          e.resolvedAt() == null ? "" : UtcTimes.format(e.resolvedAt()),
          e.reason() == null ? "" : e.reason(),
          e.tradeId() == null ? "" : new TradeId(e.tradeId()).display());
    }

    public boolean isOpen() {
      return entry.isOpen();
    }
  }

  /** One field of the picked row, as the clerk edits it. */
  public static final class FieldValue {
    private final ImportField field;
    private final String original;
    private final StringProperty value;

    FieldValue(ImportField field, String original) {
      this.field = field;
      this.original = original;
      this.value = new SimpleStringProperty(this, field.key(), original);
    }

    public ImportField field() {
      return field;
    }

    public String original() {
      return original;
    }

    public StringProperty valueProperty() {
      return value;
    }

    public boolean changed() {
      return !Objects.equals(original, value.get());
    }
  }

  private final TradeImportService imports;
  private final Actor actor;
  private final TaskExecutor executor;
  private final TableModel<Row> rows =
      new TableModel<>(
          "imports.quarantined",
          "quarantined rows",
          List.of(
              ColumnSpec.text("file", "File", Row::file).withWidth(160),
              ColumnSpec.integer("line", "Line", Row::line).withWidth(60),
              ColumnSpec.text("status", "Status", Row::status).withWidth(80),
              ColumnSpec.text("problems", "Problems", Row::problems).withWidth(320),
              ColumnSpec.text("raw", "Raw values", Row::raw).withWidth(300),
              ColumnSpec.text("trade", "Trade", Row::trade).withWidth(90),
              ColumnSpec.text("resolvedBy", "Resolved by", Row::resolvedBy).withWidth(90),
              ColumnSpec.text("resolution", "Reason", Row::resolution).withWidth(200)));
  private final ObjectProperty<Row> selected = new SimpleObjectProperty<>(this, "selected");
  private final ObservableList<FieldValue> fields = FXCollections.observableArrayList();
  private final ObservableList<String> repairProblems = FXCollections.observableArrayList();
  private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyIntegerWrapper openCount = new ReadOnlyIntegerWrapper(this, "openCount");
  private final ReadOnlyObjectWrapper<Notice> notice =
      new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
  private final BooleanBinding canResubmit;
  private final BooleanBinding canDiscard;
  private boolean loaded;

  public QuarantineViewModel(TradeImportService imports, Actor actor, TaskExecutor executor) {
    this.imports = Objects.requireNonNull(imports, "imports");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.executor = Objects.requireNonNull(executor, "executor");
    boolean mayCapture = actor.may(Permission.CAPTURE_TRADES);
    canResubmit =
        Bindings.createBooleanBinding(
            () ->
                mayCapture
                    && selected.get() != null
                    && selected.get().isOpen()
                    && !busy.get()
                    && !fields.isEmpty(),
            selected,
            busy,
            fields);
    canDiscard =
        Bindings.createBooleanBinding(
            () ->
                mayCapture
                    && selected.get() != null
                    && selected.get().isOpen()
                    && !busy.get()
                    && !reason.get().isBlank(),
            selected,
            busy,
            reason);
    selected.addListener(
        (obs, old, now) -> {
          if (old == null || now == null || !old.entry().auditId().equals(now.entry().auditId())) {
            showFields(now);
          }
        });
  }

  public void activate() {
    if (!loaded && !busy.get()) {
      refresh();
    }
  }

  /** Reads the quarantined rows again, keeping the picked row picked. */
  public void refresh() {
    busy.set(true);
    rows.loadingProperty().set(true);
    executor.execute(
        BackgroundTask.of(
                "Reading quarantined rows",
                task -> imports.quarantine(actor).stream().map(Row::of).toList())
            .onSuccess(this::apply)
            .onFailure(e -> notice.set(Notice.of("Could not read the quarantined rows", e)))
            .onFinished(
                () -> {
                  busy.set(false);
                  rows.loadingProperty().set(false);
                }));
  }

  private void apply(List<Row> list) {
    loaded = true;
    Row before = selected.get();
    rows.setAll(list);
    openCount.set((int) list.stream().filter(Row::isOpen).count());
    if (before != null) {
      Row now =
          list.stream()
              .filter(r -> r.entry().auditId().equals(before.entry().auditId()))
              .findFirst()
              .orElse(null);
      selected.set(now);
      if (now != null && !now.isOpen()) {
        showFields(now);
      }
    }
  }

  private void showFields(Row row) {
    repairProblems.clear();
    reason.set("");
    fields.clear();
    if (row == null || !row.isOpen()) {
      return;
    }
    executor.execute(
        BackgroundTask.of(
                "Reading " + row.entry().where(), task -> imports.fields(actor, row.entry()))
            .onSuccess(
                values -> {
                  if (row != selected.get()) {
                    return;
                  }
                  fields.setAll(
                      values.entrySet().stream()
                          .map(e -> new FieldValue(e.getKey(), e.getValue()))
                          .toList());
                  if (values.isEmpty()) {
                    repairProblems.add(
                        "This row's import predates keeping the file's header row, so its values"
                            + " cannot be shown by field: correct the file and import the row"
                            + " again, or discard it.");
                  }
                })
            .onFailure(e -> notice.set(Notice.of("Could not read " + row.entry().where(), e))));
  }

  /**
   * Re-submits the picked row with the corrected values: it becomes a trade, or the problems that
   * remain are shown.
   */
  public void resubmit() {
    Row row = selected.get();
    if (!canResubmit.get()) {
      return;
    }
    Map<ImportField, String> values = new EnumMap<>(ImportField.class);
    fields.forEach(
        f ->
            values.put(
                f.field(), f.valueProperty().get() == null ? "" : f.valueProperty().get().trim()));
    busy.set(true);
    executor.execute(
        BackgroundTask.of(
                "Re-submitting " + row.entry().where(),
                task -> imports.resubmit(actor, row.importId(), (int) row.line(), values))
            .onSuccess(r -> repaired(row, r))
            .onFailure(e -> notice.set(Notice.of("Could not re-submit " + row.entry().where(), e)))
            .onFinished(() -> busy.set(false)));
  }

  private void repaired(Row row, RepairResult r) {
    if (r.booked()) {
      notice.set(
          Notice.success(
              row.entry().where() + " is booked",
              "It is now trade " + r.trade().id().display() + "."));
      refresh();
    } else {
      repairProblems.setAll(r.problems().stream().map(QuarantineViewModel::describe).toList());
      notice.set(
          Notice.error(
              row.entry().where()
                  + " still has "
                  + r.problems().size()
                  + (r.problems().size() == 1 ? " problem" : " problems"),
              "Nothing was written. Correct the fields named below and re-submit."));
    }
  }

  static String describe(ImportProblem p) {
    return p.field() + ": " + p.message();
  }

  /** Sets the picked row aside for good, with the reason (required; it is audited). */
  public void discard() {
    Row row = selected.get();
    if (!canDiscard.get()) {
      return;
    }
    String why = reason.get().trim();
    busy.set(true);
    executor.execute(
        BackgroundTask.of(
                "Discarding " + row.entry().where(),
                task -> imports.discard(actor, row.importId(), (int) row.line(), why))
            .onSuccess(
                e -> {
                  notice.set(Notice.success(row.entry().where() + " discarded", "Reason: " + why));
                  refresh();
                })
            .onFailure(e -> notice.set(Notice.of("Could not discard " + row.entry().where(), e)))
            .onFinished(() -> busy.set(false)));
  }

  static String statusLabel(QuarantineStatus status) {
    String s = status.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** "3 open of 5". */
  public String countText() {
    return Formats.grouped(openCount.get())
        + " open of "
        + Formats.grouped(rows.totalCountProperty().get());
  }

  public void dismissNotice() {
    notice.set(Notice.NONE);
  }

  public TableModel<Row> rows() {
    return rows;
  }

  public ObjectProperty<Row> selectedProperty() {
    return selected;
  }

  /** The picked open row's values by field, editable. */
  public ObservableList<FieldValue> fields() {
    return fields;
  }

  /** What still refuses the picked row after the last re-submission. */
  public ObservableList<String> repairProblems() {
    return repairProblems;
  }

  public StringProperty reasonProperty() {
    return reason;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty openCountProperty() {
    return openCount.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Notice> noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public BooleanBinding canResubmitProperty() {
    return canResubmit;
  }

  public BooleanBinding canDiscardProperty() {
    return canDiscard;
  }
}
