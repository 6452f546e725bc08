package com.tickmark.model.report.catalog;

import com.tickmark.model.refdata.Instrument;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The parameters of one run, checked against the report's {@link ReportParameterSpec}s and typed:
 * what the user gave, and the defaults the context decides. Parameters whose default the report
 * works out itself are absent here until the report does.
 */
public final class ParameterValues {
  private final Map<String, Object> values;

  private ParameterValues(Map<String, Object> values) {
    this.values = values;
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
    for (ReportParameterSpec spec : specs.values()) {
      String text = raw.get(spec.name());
      if (text == null) {
        text = spec.defaultValue(context).orElse(null);
      }
      if (text != null) {
        values.put(spec.name(), spec.parse(text, context));
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
    return new ParameterValues(values);
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

  public Optional<Instrument> instrument(String name) {
    return Optional.ofNullable(get(name, Instrument.class));
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
    return values.entrySet().stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, e -> text(e.getValue()), (a, b) -> a, LinkedHashMap::new));
  }

  private static String text(Object value) {
    if (value instanceof Instrument i) {
      return i.symbol();
    }
    if (value instanceof ReportParameterSpec.Choice c) {
      return c.value();
    }
    return String.valueOf(value);
  }

  @Override
  public String toString() {
    return asText().toString();
  }
}
