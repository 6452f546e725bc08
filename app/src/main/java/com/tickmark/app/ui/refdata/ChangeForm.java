package com.tickmark.app.ui.refdata;

import com.tickmark.app.ui.common.FormProblems;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.refdata.ReferenceDataException;
import com.tickmark.model.refdata.ReferenceDataMaintenance.Outcome;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One change to reference data as a form: its fields as text, each problem shown next to its field
 * once the user has left the field or pressed OK ({@link FormProblems}), and a reason for the audit
 * trail. What it checks with, starts from and offers to pick is read off the FX thread when it
 * opens; sending it runs off the FX thread too, and a refusal stays on the form: problems by field,
 * anything else as a sentence.
 */
public final class ChangeForm {
  /** The field every change has: why, for the audit trail. */
  public static final String REASON = "reason";

  /**
   * One field of the form.
   *
   * @param hint what to write, shown in an empty field
   * @param picked whether the user picks the value from {@link ChangeForm#choices}
   */
  public record Field(String name, String label, boolean required, String hint, boolean picked) {}

  /**
   * One value a picked field offers: the code the form stores, and what the list shows ("Equity",
   * "GSCO · Goldman Sachs &amp; Co").
   */
  public record Choice(String code, String label) {}

  /** What the form works with, read when it opens. */
  record Loaded(
      Map<String, String> values,
      Map<String, List<Choice>> choices,
      Function<Map<String, String>, Map<String, String>> check,
      Sender send) {}

  /** Makes the change (off the FX thread): the fields as typed, and the reason. */
  @FunctionalInterface
  interface Sender {
    Outcome send(Map<String, String> values, String reason);
  }

  /** Reads what the form works with (off the FX thread). */
  @FunctionalInterface
  interface Loader {
    Loaded load();
  }

  private final String title;
  private final String explanation;
  private final String okText;
  private final List<Field> fields;
  private final Loader loader;
  private final TaskExecutor executor;
  private final boolean mayChange;

  private final Map<String, StringProperty> values = new LinkedHashMap<>();
  private final Map<String, ReadOnlyStringWrapper> problems = new HashMap<>();
  private final Map<String, ObservableList<String>> choices = new HashMap<>();
  private final Map<String, Map<String, String>> labels = new HashMap<>();
  private final Map<String, String> found = new HashMap<>();
  private final FormProblems shown = new FormProblems();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final BooleanBinding canSend;
  private Loaded with;
  private boolean filling;

  ChangeForm(
      String title,
      String explanation,
      String okText,
      List<Field> fields,
      Loader loader,
      TaskExecutor executor,
      boolean mayChange) {
    this.title = title;
    this.explanation = explanation;
    this.okText = okText;
    this.fields = List.copyOf(fields);
    this.loader = Objects.requireNonNull(loader, "loader");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.mayChange = mayChange;
    for (Field f : this.fields) {
      add(f.name());
      choices.put(f.name(), FXCollections.observableArrayList());
    }
    add(REASON);
    canSend =
        Bindings.createBooleanBinding(
            () -> this.mayChange && loaded.get() && !busy.get(), loaded, busy);
  }

  private void add(String name) {
    StringProperty value = new SimpleStringProperty(this, name, "");
    value.addListener(
        (obs, old, now) -> {
          if (!filling) {
            error.set("");
            check();
          }
        });
    values.put(name, value);
    problems.put(name, new ReadOnlyStringWrapper(this, name + "Problem", ""));
  }

  /** Reads what the form starts from, checks against and offers (off the FX thread). */
  public void load() {
    busy.set(true);
    executor.execute(
        BackgroundTask.of(title, task -> loader.load())
            .onSuccess(this::apply)
            .onFailure(e -> error.set("Could not open the form: " + message(e)))
            .onFinished(() -> busy.set(false)));
  }

  private void apply(Loaded l) {
    with = l;
    filling = true;
    try {
      l.choices()
          .forEach(
              (name, list) -> {
                choices(name).setAll(list.stream().map(Choice::code).toList());
                Map<String, String> shown = new HashMap<>();
                list.forEach(c -> shown.put(c.code(), c.label()));
                labels.put(name, shown);
              });
      // after the labels, so that a picker shows the value's label from the start
      l.values().forEach((name, v) -> value(name).set(v));
    } finally {
      filling = false;
    }
    loaded.set(true);
    check();
  }

  private void check() {
    found.clear();
    if (with != null) {
      found.putAll(with.check().apply(fieldValues()));
    }
    if (values.get(REASON).get().isBlank()) {
      found.put(REASON, "say why (the audit trail keeps it)");
    }
    problems.forEach((name, p) -> p.set(found.getOrDefault(name, "")));
  }

  private Map<String, String> fieldValues() {
    Map<String, String> v = new LinkedHashMap<>();
    fields.forEach(f -> v.put(f.name(), values.get(f.name()).get()));
    return v;
  }

  /**
   * Makes the change (off the FX thread). With problems left, it shows them all and sends nothing;
   * on success {@code done} gets what was done (on the FX thread).
   */
  public void send(Consumer<Outcome> done) {
    if (!canSend.get()) {
      return;
    }
    check();
    if (!found.isEmpty()) {
      shown.submitted();
      return;
    }
    Map<String, String> typed = fieldValues();
    String reason = values.get(REASON).get().trim();
    busy.set(true);
    error.set("");
    executor.execute(
        BackgroundTask.of(title, task -> with.send().send(typed, reason))
            .onSuccess(done)
            .onFailure(
                e -> {
                  if (e instanceof ReferenceDataException refused) {
                    refused.problems().forEach(p -> problems.get(p.field()).set(p.message()));
                    shown.submitted();
                  } else {
                    error.set(message(e));
                  }
                })
            .onFinished(() -> busy.set(false)));
  }

  private static String message(Throwable e) {
    return e.getMessage() == null || e.getMessage().isBlank()
        ? e.getClass().getSimpleName()
        : e.getMessage();
  }

  public String title() {
    return title;
  }

  /** A sentence under the title: what the change does. */
  public String explanation() {
    return explanation;
  }

  public String okText() {
    return okText;
  }

  public List<Field> fields() {
    return fields;
  }

  /** The field's text; {@value #REASON} is the reason. */
  public StringProperty value(String field) {
    StringProperty v = values.get(field);
    if (v == null) {
      throw new IllegalArgumentException("No field '" + field + "'; the fields are " + fields);
    }
    return v;
  }

  /** The field's problem as the user sees it: once the field was left or OK pressed. */
  public FormProblems.Field problem(String field) {
    value(field);
    return shown.field(field, problems.get(field).getReadOnlyProperty());
  }

  /** What the field offers to pick (in use only: retired items are not offered). */
  public ObservableList<String> choices(String field) {
    value(field);
    return choices.get(field);
  }

  /** What the list shows for {@code code} of a picked field: its label, or the code as typed. */
  public String shown(String field, String code) {
    return labels.getOrDefault(field, Map.of()).getOrDefault(code, code);
  }

  /**
   * The code the user means by {@code text} in a picked field: the code whose label or code it is
   * (ignoring case), or the text as typed, which the check then judges.
   */
  public String code(String field, String text) {
    if (text == null) {
      return "";
    }
    String typed = text.trim();
    return labels.getOrDefault(field, Map.of()).entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(typed) || e.getValue().equalsIgnoreCase(typed))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(text);
  }

  /** What went wrong that is no field's problem: the item changed meanwhile, it could not load. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loadedProperty() {
    return loaded.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** OK: loaded, not already sending, and the user may make the change. */
  public BooleanBinding canSendProperty() {
    return canSend;
  }
}
