package com.tickmark.app.ui.recon;

import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.recon.definition.ReconDefinitions;
import com.tickmark.model.recon.definition.ReconSettings;
import com.tickmark.model.recon.definition.ReconSettings.PassSettings;
import com.tickmark.model.recon.definition.ReconSettings.ToleranceSettings;
import com.tickmark.model.recon.match.Cardinality;
import com.tickmark.model.recon.match.PassMode;
import com.tickmark.model.security.Actor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Changing one recon's settings in the app: its title, write-off limit, and for each matching pass
 * in order its cardinality, whether it matches or only proposes, and its tolerances; passes moved
 * up or down. Saved on the version read (someone's change meanwhile is reported, not overwritten),
 * or put back as shipped. Read and written off the FX thread; MANAGE_REFERENCE_DATA.
 */
public final class ReconSettingsForm {
  /** One tolerance of a pass: a bound on a number (absolute, relative) or a date window. */
  public static final class ToleranceRow {
    private final String field;
    private final boolean dateWindow;
    private final StringProperty absolute = new SimpleStringProperty(this, "absolute", "");
    private final StringProperty relative = new SimpleStringProperty(this, "relative", "");
    private final StringProperty businessDays = new SimpleStringProperty(this, "days", "");

    ToleranceRow(ToleranceSettings t) {
      this.field = t.field();
      this.dateWindow = t.businessDays() != null;
      absolute.set(t.absolute() == null ? "" : t.absolute().toPlainString());
      relative.set(t.relative() == null ? "" : t.relative().toPlainString());
      businessDays.set(t.businessDays() == null ? "" : t.businessDays().toString());
    }

    public String field() {
      return field;
    }

    /** Whether the field is a date, bounded in business days. */
    public boolean dateWindow() {
      return dateWindow;
    }

    public StringProperty absoluteProperty() {
      return absolute;
    }

    public StringProperty relativeProperty() {
      return relative;
    }

    public StringProperty businessDaysProperty() {
      return businessDays;
    }

    ToleranceSettings settings(String pass) {
      if (dateWindow) {
        try {
          return new ToleranceSettings(
              field, null, null, Integer.valueOf(businessDays.get().trim()));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "Pass " + pass + ": the window on " + field + " is a whole number of business days.");
        }
      }
      return new ToleranceSettings(
          field,
          number(pass, "absolute", absolute.get()),
          number(pass, "relative", relative.get()),
          null);
    }

    private BigDecimal number(String pass, String which, String text) {
      if (text == null || text.isBlank()) {
        return null;
      }
      try {
        return new BigDecimal(text.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "Pass "
                + pass
                + ": the "
                + which
                + " tolerance on "
                + field
                + " is not a number: "
                + text);
      }
    }
  }

  /** One matching pass: what may be changed here, the rest kept as it is. */
  public static final class PassRow {
    private final PassSettings kept;
    private final ObjectProperty<Cardinality> cardinality;
    private final ObjectProperty<PassMode> mode;
    private final List<ToleranceRow> tolerances;

    PassRow(PassSettings p) {
      this.kept = p;
      this.cardinality = new SimpleObjectProperty<>(this, "cardinality", p.cardinality());
      this.mode = new SimpleObjectProperty<>(this, "mode", p.mode());
      this.tolerances = p.tolerances().stream().map(ToleranceRow::new).toList();
    }

    public String name() {
      return kept.name();
    }

    /**
     * The keys and compared fields, for people: {@code keys reference, account; compares amount}.
     */
    public String fields() {
      return "keys "
          + String.join(", ", kept.keys())
          + (kept.compared().isEmpty() ? "" : "; compares " + String.join(", ", kept.compared()));
    }

    public ObjectProperty<Cardinality> cardinalityProperty() {
      return cardinality;
    }

    public ObjectProperty<PassMode> modeProperty() {
      return mode;
    }

    public List<ToleranceRow> tolerances() {
      return tolerances;
    }

    PassSettings settings() {
      return new PassSettings(
          kept.name(),
          kept.keys(),
          kept.compared(),
          kept.trim(),
          kept.ignoreCase(),
          kept.removePunctuation(),
          kept.aliases(),
          tolerances.stream().map(t -> t.settings(kept.name())).toList(),
          cardinality.get(),
          mode.get());
    }
  }

  private final ReconDefinitions definitions;
  private final Actor actor;
  private final String recon;
  private final TaskExecutor executor;
  private final StringProperty title = new SimpleStringProperty(this, "title", "");
  private final StringProperty writeOffLimit = new SimpleStringProperty(this, "limit", "");
  private final ObservableList<PassRow> passes = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state", "");
  private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", true);
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final BooleanBinding canSend;
  private int version;

  public ReconSettingsForm(
      ReconDefinitions definitions, Actor actor, String recon, TaskExecutor executor) {
    this.definitions = Objects.requireNonNull(definitions, "definitions");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.recon = Objects.requireNonNull(recon, "recon");
    this.executor = Objects.requireNonNull(executor, "executor");
    canSend =
        Bindings.createBooleanBinding(
            () -> !busy.get() && !passes.isEmpty() && !title.get().isBlank(), busy, passes, title);
    executor.execute(
        BackgroundTask.of(
                "Reading recon " + recon + "'s settings", task -> definitions.current(actor, recon))
            .onSuccess(
                c -> {
                  version = c.version();
                  title.set(c.settings().title());
                  writeOffLimit.set(c.settings().writeOffLimit().toPlainString());
                  passes.setAll(c.settings().passes().stream().map(PassRow::new).toList());
                  state.set(
                      c.changed()
                          ? "Version " + c.version() + ", changed by the firm"
                          : "As shipped (version 0)");
                })
            .onFailure(e -> error.set(message(e)))
            .onFinished(() -> busy.set(false)));
  }

  public String recon() {
    return recon;
  }

  public StringProperty titleProperty() {
    return title;
  }

  public StringProperty writeOffLimitProperty() {
    return writeOffLimit;
  }

  /** The passes in the order they run. */
  public ObservableList<PassRow> passes() {
    return passes;
  }

  /** Moves the pass at {@code index} one place earlier ({@code -1}) or later ({@code 1}). */
  public void move(int index, int by) {
    int to = index + by;
    if (index < 0 || index >= passes.size() || to < 0 || to >= passes.size()) {
      return;
    }
    PassRow p = passes.remove(index);
    passes.add(to, p);
  }

  /** Whether the settings are as shipped or changed, and their version. */
  public ReadOnlyStringProperty stateProperty() {
    return state.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy;
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public BooleanBinding canSend() {
    return canSend;
  }

  /**
   * Saves the settings off the FX thread on the version read; on success tells {@code saved} what
   * was done and runs {@code done}; a refusal (a tolerance that is not a number, settings that do
   * not fit, someone's change meanwhile) stays in {@link #errorProperty()}.
   */
  public void send(Consumer<String> saved, Runnable done) {
    if (!canSend.get()) {
      return;
    }
    ReconSettings settings;
    try {
      BigDecimal limit = new BigDecimal(writeOffLimit.get().trim());
      List<PassSettings> made = new ArrayList<>();
      for (PassRow p : passes) {
        made.add(p.settings());
      }
      settings = new ReconSettings(title.get(), limit, made);
    } catch (NumberFormatException e) {
      error.set("The write-off limit is not a number: " + writeOffLimit.get());
      return;
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
      return;
    }
    run(
        "Saving recon " + recon + "'s settings",
        () -> definitions.change(actor, recon, settings, version),
        "Recon " + recon + " saved (version " + (version + 1) + "); later runs use it.",
        saved,
        done);
  }

  /** Puts the recon back as shipped, off the FX thread. */
  public void reset(Consumer<String> saved, Runnable done) {
    run(
        "Putting recon " + recon + " back as shipped",
        () -> definitions.reset(actor, recon),
        "Recon " + recon + " runs with its settings as shipped.",
        saved,
        done);
  }

  private void run(String what, Runnable work, String said, Consumer<String> saved, Runnable done) {
    busy.set(true);
    error.set("");
    executor.execute(
        BackgroundTask.of(
                what,
                task -> {
                  work.run();
                  return said;
                })
            .onSuccess(
                text -> {
                  saved.accept(text);
                  done.run();
                })
            .onFailure(e -> error.set(message(e)))
            .onFinished(() -> busy.set(false)));
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
