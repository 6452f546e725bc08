package com.tickmark.app.ui.reports;

import com.tickmark.app.ui.ErrorReport;
import com.tickmark.app.ui.table.ExportFormat;
import com.tickmark.app.ui.table.Exporter;
import com.tickmark.app.ui.table.Formats;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.app.ui.task.TaskHandle;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportChart;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.report.catalog.ParameterKind;
import com.tickmark.model.report.catalog.ReportCatalog;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.report.catalog.ReportParameterException;
import com.tickmark.model.report.catalog.ReportParameterSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Reports screen: the catalog's reports, a form for the parameters of the one picked (with its
 * defaults and, for an instrument, the workspace's instruments to choose from), a preview of the
 * first rows of its first table (the newest, of a table in time order), and export of the whole
 * report to Excel or PDF. Every report is built off the FX thread from a fresh {@link
 * ReportContext} (so it is dated when it is run); exports go through the {@link Exporter}:
 * permission, progress, cancellation, audit record.
 */
public final class ReportsViewModel {
  /** Rows of the first table the preview shows. */
  public static final int PREVIEW_ROWS = 200;

  /** How a message reads: a note, a success or an error. */
  public enum MessageKind {
    INFO,
    SUCCESS,
    ERROR
  }

  /** One field of the parameter form. */
  public static final class ParameterField {
    private final ReportParameterSpec spec;
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ObservableList<ReportParameterSpec.Choice> choices =
        FXCollections.observableArrayList();
    private final BooleanProperty invalid = new SimpleBooleanProperty(this, "invalid");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");

    ParameterField(ReportParameterSpec spec) {
      this.spec = spec;
      choices.setAll(spec.choices());
      value.addListener((obs, old, now) -> invalid.set(false));
      hint.bind(Bindings.createStringBinding(this::describe, choices));
    }

    public ReportParameterSpec spec() {
      return spec;
    }

    /** The value as text, as the command line takes it; empty for the default. */
    public StringProperty valueProperty() {
      return value;
    }

    /** What a choice or instrument field offers. */
    public ObservableList<ReportParameterSpec.Choice> choices() {
      return choices;
    }

    /** Set when the last run refused this parameter's value. */
    public BooleanProperty invalidProperty() {
      return invalid;
    }

    /**
     * The line under the field: "Required.", "Empty for 250 business days before 'to'." or its
     * description; for a lookup, an example the workspace holds once the choices are read.
     */
    public String hint() {
      return hint.get();
    }

    /** {@link #hint()}, as the choices arrive. */
    public ReadOnlyStringProperty hintProperty() {
      return hint.getReadOnlyProperty();
    }

    private String describe() {
      if (spec.isRequired()) {
        return spec.description() + example() + " Required.";
      }
      if (spec.kind() == ParameterKind.CHOICE) {
        return spec.description();
      }
      return spec.defaultDescription()
          .map(d -> "Empty for " + d + ".")
          .orElse(spec.description() + example());
    }

    /** " For example SAP.": a key of the workspace's own, never one it may not hold. */
    private String example() {
      return spec.kind() != ParameterKind.LOOKUP || choices.isEmpty()
          ? ""
          : " For example " + choices.get(0).value() + ".";
    }
  }

  /**
   * What a preview read: the rows of the first section it shows, how many it has, and whether they
   * are its newest, newest first.
   */
  record Preview(
      String report,
      String section,
      List<ReportColumn> columns,
      List<ReportRow> rows,
      long total,
      boolean newestFirst,
      ReportChart chart) {}

  /** The rows a preview shows of a section, and how many the section has. */
  record Picked(List<ReportRow> rows, long total, boolean newestFirst) {}

  private final ReportCatalog catalog;
  private final Supplier<ReportContext> contexts;
  private final TaskExecutor executor;
  private final Exporter exporter;
  private final ObservableList<ReportDefinition> reports = FXCollections.observableArrayList();
  private final ObjectProperty<ReportDefinition> selected =
      new SimpleObjectProperty<>(this, "selected");
  private final ObservableList<ParameterField> fields = FXCollections.observableArrayList();
  private final Map<String, List<ParameterField>> fieldsByReport = new HashMap<>();
  private final Set<String> formLoaded = new HashSet<>();
  private final Map<String, TableModel<ReportRow>> previewTables = new HashMap<>();
  private final Map<String, String> signatures = new HashMap<>();
  private final ReadOnlyObjectWrapper<TableModel<ReportRow>> previewTable =
      new ReadOnlyObjectWrapper<>(this, "previewTable");
  private final ReadOnlyObjectWrapper<ReportChart> previewChart =
      new ReadOnlyObjectWrapper<>(this, "previewChart");
  private final ReadOnlyStringWrapper previewCaption =
      new ReadOnlyStringWrapper(this, "previewCaption", "");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final ReadOnlyObjectWrapper<MessageKind> messageKind =
      new ReadOnlyObjectWrapper<>(this, "messageKind", MessageKind.INFO);
  private final ReadOnlyBooleanWrapper previewing = new ReadOnlyBooleanWrapper(this, "previewing");
  private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
  private final BooleanBinding canPreview;
  private final BooleanBinding canExport;
  private Object currentPreview;
  private TaskHandle previewTask;

  /**
   * @param contexts a fresh context for each run (dated now, as the signed-in user); called on
   *     worker threads
   */
  public ReportsViewModel(
      ReportCatalog catalog,
      Supplier<ReportContext> contexts,
      TaskExecutor executor,
      Exporter exporter) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.contexts = Objects.requireNonNull(contexts, "contexts");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.exporter = Objects.requireNonNull(exporter, "exporter");
    reports.setAll(catalog.reports());
    canPreview = selected.isNotNull().and(previewing.not());
    canExport =
        selected
            .isNotNull()
            .and(exporting.not())
            .and(Bindings.createBooleanBinding(exporter::mayExport));
    selected.addListener((obs, old, now) -> select(now));
  }

  private void select(ReportDefinition report) {
    if (previewTask != null && !previewTask.isDone()) {
      previewTask.cancel(); // the preview of the report left behind is no longer wanted
    }
    previewTask = null;
    currentPreview = null;
    previewing.set(false);
    clearMessage();
    if (report == null) {
      fields.clear();
      previewTable.set(null);
      previewChart.set(null);
      previewCaption.set("");
      return;
    }
    fields.setAll(
        fieldsByReport.computeIfAbsent(
            report.name(), n -> report.parameters().stream().map(ParameterField::new).toList()));
    previewTable.set(previewTables.get(report.name()));
    previewChart.set(null);
    previewCaption.set(
        previewTable.get() == null ? "Press Preview to see the first rows here." : "");
    if (!formLoaded.contains(report.name())) {
      loadForm(report);
    }
  }

  /**
   * Reads what the form offers in the background: the defaults the context decides (the business
   * date) and the instruments to choose from.
   */
  private void loadForm(ReportDefinition report) {
    List<ParameterField> form = fieldsByReport.get(report.name());
    formLoaded.add(report.name());
    if (form.isEmpty()) {
      return;
    }
    executor.execute(
        BackgroundTask.of(
                "Preparing " + report.title(),
                task -> {
                  ReportContext context = contexts.get();
                  Map<String, String> defaults = new LinkedHashMap<>();
                  Map<String, List<ReportParameterSpec.Choice>> choices = new LinkedHashMap<>();
                  for (ParameterField f : form) {
                    task.checkCancelled();
                    f.spec().defaultValue(context).ifPresent(v -> defaults.put(f.spec().name(), v));
                    choices.put(f.spec().name(), f.spec().choices(context));
                  }
                  return Map.entry(defaults, choices);
                })
            .onSuccess(
                loaded -> {
                  for (ParameterField f : form) {
                    String name = f.spec().name();
                    f.choices().setAll(loaded.getValue().getOrDefault(name, List.of()));
                    if (f.valueProperty().get().isEmpty() && loaded.getKey().containsKey(name)) {
                      f.valueProperty().set(loaded.getKey().get(name));
                    }
                  }
                })
            .onFailure(
                error -> {
                  formLoaded.remove(report.name());
                  showError("Could not prepare the form of " + report.title(), error);
                }));
  }

  /** The screen became visible: pick a report when none is picked yet. */
  public void activate(String lastPicked) {
    if (selected.get() == null && !reports.isEmpty()) {
      selected.set(catalog.find(lastPicked == null ? "" : lastPicked).orElse(reports.get(0)));
    }
  }

  /** F5: read the form's choices and defaults again, and the preview if there is one. */
  public void refresh() {
    ReportDefinition report = selected.get();
    formLoaded.clear();
    if (report != null) {
      loadForm(report);
      if (previewTable.get() != null) {
        preview();
      }
    }
  }

  /** The parameters as the form holds them; empty values stand for the defaults. */
  public Map<String, String> parameterValues() {
    Map<String, String> values = new LinkedHashMap<>();
    for (ParameterField f : fields) {
      String v = f.valueProperty().get();
      values.put(f.spec().name(), v == null ? "" : v.strip());
    }
    return values;
  }

  /** Builds the report in the background and shows the first rows of its first table. */
  public void preview() {
    ReportDefinition report = selected.get();
    if (report == null || previewing.get()) {
      return;
    }
    Map<String, String> values = parameterValues();
    clearMessage();
    previewing.set(true);
    Object token = new Object();
    currentPreview = token;
    previewTask =
        executor.execute(
            BackgroundTask.of(
                    "Previewing " + report.title(),
                    task -> {
                      task.updateMessage("Reading the data");
                      Report built = report.build(values, contexts.get());
                      task.checkCancelled();
                      ReportSection first = built.sections().get(0);
                      Picked picked;
                      try (Stream<ReportRow> stream = first.rows()) {
                        picked = pick(stream, PREVIEW_ROWS);
                      }
                      return new Preview(
                          built.title(),
                          first.name(),
                          first.columns(),
                          picked.rows(),
                          picked.total(),
                          picked.newestFirst(),
                          built.charts().isEmpty() ? null : built.charts().get(0));
                    })
                .onSuccess(
                    preview -> {
                      if (currentPreview == token) {
                        show(report, preview);
                      }
                    })
                .onFailure(
                    error -> {
                      if (currentPreview == token) {
                        showError("Could not preview " + report.title(), error);
                      }
                    })
                .onCancelled(
                    () -> {
                      if (currentPreview == token) {
                        showMessage("Preview cancelled.", MessageKind.INFO);
                      }
                    })
                .onFinished(
                    () -> {
                      if (currentPreview == token) {
                        previewing.set(false);
                      }
                    }));
  }

  /**
   * The rows a preview shows, read in one pass: the first {@code limit}, except of a section in
   * time order (its first column a date or a timestamp, rising), whose newest rows matter most:
   * then the last {@code limit}, newest first.
   */
  static Picked pick(Stream<ReportRow> rows, int limit) {
    List<ReportRow> head = new ArrayList<>();
    ArrayDeque<ReportRow> tail = new ArrayDeque<>();
    long total = 0;
    for (Iterator<ReportRow> it = rows.iterator(); it.hasNext(); ) {
      ReportRow row = it.next();
      total++;
      if (head.size() < limit) {
        head.add(row);
      }
      tail.addLast(row);
      if (tail.size() > limit) {
        tail.removeFirst();
      }
    }
    if (head.isEmpty() || !rising(head.get(0), tail.getLast())) {
      return new Picked(List.copyOf(head), total, false);
    }
    List<ReportRow> newest = new ArrayList<>(tail);
    Collections.reverse(newest);
    return new Picked(List.copyOf(newest), total, true);
  }

  private static boolean rising(ReportRow first, ReportRow last) {
    Object a = first.get(0);
    Object b = last.get(0);
    if (a instanceof LocalDate from && b instanceof LocalDate to) {
      return from.isBefore(to);
    }
    return a instanceof Instant from && b instanceof Instant to && from.isBefore(to);
  }

  private void show(ReportDefinition report, Preview preview) {
    String signature =
        preview.columns().stream()
            .map(c -> c.name() + ":" + c.kind() + ":" + c.scale() + ":" + c.currency())
            .collect(Collectors.joining("|"));
    String key = report.name();
    TableModel<ReportRow> table = previewTables.get(key);
    if (table == null || !signature.equals(signatures.get(key))) {
      table =
          new TableModel<>(
              "reports.preview." + report.name(),
              "rows",
              PreviewColumns.of(preview.columns(), preview.rows()));
      previewTables.put(key, table);
      signatures.put(key, signature);
    }
    table.setAll(preview.rows());
    previewTable.set(table);
    previewChart.set(preview.chart());
    long shown = preview.rows().size();
    String order = preview.newestFirst() ? ", newest first" : "";
    previewCaption.set(
        preview.total() == 0
            ? preview.section() + ": no rows."
            : shown < preview.total()
                ? preview.section()
                    + (preview.newestFirst() ? ": the newest " : ": the first ")
                    + Formats.grouped(shown)
                    + " of "
                    + Formats.grouped(preview.total())
                    + " rows"
                    + order
                    + ". Export for all of them."
                : preview.section()
                    + ": all "
                    + Formats.grouped(preview.total())
                    + (preview.total() == 1 ? " row" : " rows")
                    + order
                    + ".");
  }

  /**
   * Builds the whole report in the background and writes it to {@code file}; the export is in the
   * audit trail. The view asks for the file.
   */
  public TaskHandle export(ExportFormat format, Path file) {
    ReportDefinition report = selected.get();
    if (report == null || !canExport.get()) {
      return null;
    }
    Map<String, String> values = parameterValues();
    clearMessage();
    exporting.set(true);
    return exporter.export(
        task -> report.build(values, contexts.get()),
        format,
        file,
        result -> {
          exporting.set(false);
          showMessage(
              "Exported "
                  + result.what()
                  + " ("
                  + Formats.grouped(result.rows())
                  + (result.rows() == 1 ? " row" : " rows")
                  + ") to "
                  + result.file(),
              MessageKind.SUCCESS);
        },
        error -> {
          exporting.set(false);
          showError("Could not export " + report.title(), error);
        },
        () -> {
          exporting.set(false);
          showMessage("Export cancelled; nothing was written.", MessageKind.INFO);
        });
  }

  /** A file name to suggest: "price-history-AAPL.xlsx". */
  public String suggestedFileName(ExportFormat format) {
    ReportDefinition report = selected.get();
    String name = report == null ? "report" : report.name();
    String instrument =
        fields.stream()
            .filter(f -> f.spec().kind() == ParameterKind.LOOKUP)
            .map(f -> f.valueProperty().get().strip())
            .filter(v -> !v.isEmpty())
            .findFirst()
            .orElse("");
    return format.fileName(
        instrument.isEmpty() ? name : name + "-" + instrument.replaceAll("[^A-Za-z0-9._-]", "_"));
  }

  private void showError(String what, Throwable error) {
    if (error instanceof ReportParameterException bad) {
      fields.stream()
          .filter(f -> f.spec().name().equals(bad.parameter()))
          .forEach(f -> f.invalidProperty().set(true));
      showMessage(bad.getMessage(), MessageKind.ERROR);
    } else {
      ErrorReport report = ErrorReport.of(what, error);
      showMessage(report.headline() + " " + report.explanation(), MessageKind.ERROR);
    }
  }

  private void showMessage(String text, MessageKind kind) {
    messageKind.set(kind);
    message.set(text);
  }

  private void clearMessage() {
    message.set("");
    messageKind.set(MessageKind.INFO);
  }

  public ReportCatalog catalog() {
    return catalog;
  }

  public ObservableList<ReportDefinition> reports() {
    return reports;
  }

  public ObjectProperty<ReportDefinition> selectedProperty() {
    return selected;
  }

  /** The form of the report picked. */
  public ObservableList<ParameterField> fields() {
    return fields;
  }

  public ParameterField field(String name) {
    return fields.stream()
        .filter(f -> f.spec().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("The form has no field " + name));
  }

  /** The rows of the last preview of the report picked, or null before its first. */
  public ReadOnlyObjectProperty<TableModel<ReportRow>> previewTableProperty() {
    return previewTable.getReadOnlyProperty();
  }

  /** The first chart of the last preview, or null when the report has none. */
  public ReadOnlyObjectProperty<ReportChart> previewChartProperty() {
    return previewChart.getReadOnlyProperty();
  }

  /**
   * "Instruments: the first 200 of 213 rows. Export for all of them.", or "Prices: the newest 200
   * of 250 rows, newest first. Export for all of them."
   */
  public ReadOnlyStringProperty previewCaptionProperty() {
    return previewCaption.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<MessageKind> messageKindProperty() {
    return messageKind.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty previewingProperty() {
    return previewing.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty exportingProperty() {
    return exporting.getReadOnlyProperty();
  }

  public BooleanBinding canPreviewProperty() {
    return canPreview;
  }

  /** A report is picked, no export is running, and the user may export. */
  public BooleanBinding canExportProperty() {
    return canExport;
  }

  /** Whether the signed-in user may export at all. */
  public boolean mayExport() {
    return exporter.mayExport();
  }

  /** Why the export buttons are off for this user. */
  public String exportRefusal() {
    return exporter.refusal();
  }
}
