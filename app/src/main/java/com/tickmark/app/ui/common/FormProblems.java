package com.tickmark.app.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * Which of a form's problems the user is shown: a field's problem once the user has left that field
 * (it lost the focus once) or has tried to send the form, so that a new form opens clean instead of
 * full of red. The problems are still worked out as the user types, and the form still refuses to
 * send while there are any; this decides only when they show. A form's view model owns one and
 * calls {@link #submitted()} when sending is tried; the form dialog reports a field left through
 * {@link Field#touch()} for every field given a {@link Field} as its problem.
 */
public final class FormProblems {
  private final ObservableSet<String> touched = FXCollections.observableSet();
  private final BooleanProperty submitted = new SimpleBooleanProperty(this, "submitted");
  private final Map<String, Field> fields = new HashMap<>();

  /** One field's problem as the user sees it: empty until the field was left or sending tried. */
  public final class Field extends StringBinding {
    private final String name;
    private final ObservableStringValue problem;

    private Field(String name, ObservableStringValue problem) {
      this.name = name;
      this.problem = problem;
      bind(problem, touched, submitted);
    }

    @Override
    protected String computeValue() {
      String p = problem.get();
      return p == null || !shows(name) ? "" : p;
    }

    /** The user left the field: its problem shows from now on. */
    public void touch() {
      FormProblems.this.touch(name);
    }
  }

  /**
   * The problem of the field {@code name} as the user sees it; asked again for the same name, the
   * same field.
   *
   * @param problem the field's problem as worked out now, "" when none
   */
  public Field field(String name, ObservableStringValue problem) {
    Objects.requireNonNull(problem, "problem");
    return fields.computeIfAbsent(Objects.requireNonNull(name, "name"), n -> new Field(n, problem));
  }

  private void touch(String name) {
    touched.add(name);
  }

  /** The user tried to send the form: every problem shows from now on. */
  public void submitted() {
    submitted.set(true);
  }

  /** Whether the problem of {@code name}, if any, is shown. */
  private boolean shows(String name) {
    return submitted.get() || touched.contains(name);
  }
}
