package com.tickmark.model.report.catalog;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one run, checked against the report's {@link ReportParameterSpec}s and typed:
 * what the user gave, and the defaults the context decides. Parameters whose default the report
 * works out itself are absent here until the report does.
 */
public final class ParameterValues {
  private final Map<String, Object> values;
  private final Map<String, String> texts;

  private ParameterValues(Map<String, Object> values, Map<String, String> texts) {
    this.values = values;
    this.texts = texts;
  }

  /**
   * Checks {@code given} against the report's parameters and parses each value. Blank values count
   * as not given, so an empty form field means "the default".
   *
   * @throws ReportParameterException for an unknown parameter, a missing required one, or a value
   *     that does not fit; the message names the parameter
   */
  public static ParameterValues parse(
      ReportDefinition report, Map<String, String> given, ReportContext context) {
    Map<String, ReportParameterSpec> specs = new LinkedHashMap<>();
    report.parameters().forEach(p -> specs.put(p.name(), p));
    Map<String, String> raw = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : given.entrySet()) {
      String key = e.getKey() == null ? "" : e.getKey().strip().toLowerCase(Locale.ROOT);
      if (!specs.containsKey(key)) {
        throw new ReportParameterException(
            key,
            "Report '"
                + report.name()
                + "' has no parameter '"
                + e.getKey()
                + "'; "
                + (specs.isEmpty()
                    ? "it takes none."
                    : "its parameters are " + String.join(", ", specs.keySet()) + "."));
      }
      if (e.getValue() != null && !e.getValue().isBlank()) {
        raw.put(key, e.getValue());
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (ReportParameterSpec spec : specs.values()) {
      String text = raw.get(spec.name());
      if (text == null) {
        text = spec.defaultValue(context).orElse(null);
      }
      if (text != null) {
        Object value = spec.parse(text, context);
        values.put(spec.name(), value);
        texts.put(spec.name(), spec.text(value));
      } else if (spec.isRequired()) {
        throw new ReportParameterException(
            spec.name(),
            "Report '"
                + report.name()
                + "' needs the parameter '"
                + spec.name()
                + "': "
                + lowerFirst(spec.description())
                + " ("
                + spec.format()
                + ").");
      }
    }
    return new ParameterValues(values, texts);
  }

  private static String lowerFirst(String text) {
    return text.isEmpty()
        ? text
        : Character.toLowerCase(text.charAt(0)) + text.substring(1).replaceAll("\\.$", "");
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  public Optional<LocalDate> date(String name) {
    return Optional.ofNullable(get(name, LocalDate.class));
  }

  public Optional<String> text(String name) {
    return Optional.ofNullable(get(name, String.class));
  }

  /** The chosen value of a choice parameter (its {@link ReportParameterSpec.Choice}). */
  public Optional<ReportParameterSpec.Choice> choice(String name) {
    return Optional.ofNullable(get(name, ReportParameterSpec.Choice.class));
  }

  /** What a lookup parameter found (the {@code Instrument} of an instrument parameter). */
  public <T> Optional<T> lookup(String name, Class<T> type) {
    return Optional.ofNullable(get(name, type));
  }

  private <T> T get(String name, Class<T> type) {
    Object value = values.get(name);
    if (value != null && !type.isInstance(value)) {
      throw new IllegalStateException(
          "Parameter '"
              + name
              + "' holds "
              + value.getClass().getSimpleName()
              + ", not "
              + type.getSimpleName());
    }
    return type.cast(value);
  }

  /** The values as text, as a form or an audit record shows them. */
  public Map<String, String> asText() {
    return Collections.unmodifiableMap(texts);
  }

  @Override
  public String toString() {
    return asText().toString();
  }
}
