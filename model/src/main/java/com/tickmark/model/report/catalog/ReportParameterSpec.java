package com.tickmark.model.report.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One parameter a catalog report takes: its name on the command line ({@code --param from=...}),
 * its label on a form, what kind of value it holds, whether it is required, and its default. A
 * default is either a fixed value ("all"), a value read from the context (the business date), or
 * worked out by the report from the other parameters, in which case only its description is known
 * here ("250 business days before 'to'").
 *
 * <p>Instances are immutable; the {@code with...} methods return copies.
 */
public final class ReportParameterSpec {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

  /** One value of a choice parameter and how a form shows it. */
  public record Choice(String value, String label) {
    public Choice {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(label, "label");
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private final String name;
  private final String label;
  private final ParameterKind kind;
  private final String description;
  private final boolean required;
  private final List<Choice> choices;
  private final String defaultDescription;
  private final Function<ReportContext, String> contextDefault;
  private final ParameterLookup<?> lookup;

  private ReportParameterSpec(
      String name,
      String label,
      ParameterKind kind,
      String description,
      boolean required,
      List<Choice> choices,
      String defaultDescription,
      Function<ReportContext, String> contextDefault,
      ParameterLookup<?> lookup) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "A report parameter name is lower-case letters, digits and dashes: '" + name + "'");
    }
    this.name = name;
    this.label = requireText(label, "label of parameter " + name);
    this.kind = Objects.requireNonNull(kind, "kind of parameter " + name);
    this.description = requireText(description, "description of parameter " + name);
    this.required = required;
    this.choices = List.copyOf(choices);
    this.defaultDescription = defaultDescription;
    this.contextDefault = contextDefault;
    this.lookup = lookup;
    if (kind == ParameterKind.LOOKUP && lookup == null) {
      throw new IllegalArgumentException("Lookup parameter '" + name + "' needs a lookup");
    }
    if (kind == ParameterKind.CHOICE && this.choices.isEmpty()) {
      throw new IllegalArgumentException(
          "Choice parameter '" + name + "' needs at least one choice");
    }
  }

  private static String requireText(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("A report parameter needs a " + what);
    }
    return text;
  }

  public static ReportParameterSpec text(String name, String label, String description) {
    return new ReportParameterSpec(
        name, label, ParameterKind.TEXT, description, false, List.of(), null, null, null);
  }

  public static ReportParameterSpec date(String name, String label, String description) {
    return new ReportParameterSpec(
        name, label, ParameterKind.DATE, description, false, List.of(), null, null, null);
  }

  /**
   * A parameter whose value is one of {@code choices}; matched ignoring case, spaces and
   * underscores.
   */
  public static ReportParameterSpec choice(
      String name, String label, String description, List<Choice> choices) {
    return new ReportParameterSpec(
        name, label, ParameterKind.CHOICE, description, false, choices, null, null, null);
  }

  /**
   * A parameter whose value is one of the things {@code lookup} finds (an instrument), named by its
   * key (the symbol).
   */
  public static ReportParameterSpec lookup(
      String name, String label, String description, ParameterLookup<?> lookup) {
    return new ReportParameterSpec(
        name,
        label,
        ParameterKind.LOOKUP,
        description,
        false,
        List.of(),
        null,
        null,
        Objects.requireNonNull(lookup, "lookup of parameter " + name));
  }

  /** The same parameter, which must be given (it has no default). */
  public ReportParameterSpec required() {
    return new ReportParameterSpec(
        name, label, kind, description, true, choices, null, null, lookup);
  }

  /** The same parameter with a fixed default value. */
  public ReportParameterSpec withDefault(String value) {
    Objects.requireNonNull(value, "default of " + name);
    return new ReportParameterSpec(
        name, label, kind, description, false, choices, value, context -> value, lookup);
  }

  /** The same parameter with a default read from the context, such as the business date. */
  public ReportParameterSpec withDefault(
      String describedAs, Function<ReportContext, String> value) {
    Objects.requireNonNull(value, "default of " + name);
    return new ReportParameterSpec(
        name,
        label,
        kind,
        description,
        false,
        choices,
        requireText(describedAs, "default"),
        value,
        lookup);
  }

  /** The same parameter, whose default the report works out from the other parameters. */
  public ReportParameterSpec withDefaultDescribed(String describedAs) {
    return new ReportParameterSpec(
        name,
        label,
        kind,
        description,
        false,
        choices,
        requireText(describedAs, "default"),
        null,
        lookup);
  }

  public String name() {
    return name;
  }

  public String label() {
    return label;
  }

  public ParameterKind kind() {
    return kind;
  }

  public String description() {
    return description;
  }

  public boolean isRequired() {
    return required;
  }

  /**
   * What the default is, for help texts and forms ("the business date"); empty when it has none.
   */
  public Optional<String> defaultDescription() {
    return Optional.ofNullable(defaultDescription);
  }

  /** The default as a value the parameter accepts, when the context alone decides it. */
  public Optional<String> defaultValue(ReportContext context) {
    return contextDefault == null
        ? Optional.empty()
        : Optional.ofNullable(contextDefault.apply(context));
  }

  /** Whether the report works the default out itself from the other parameters. */
  boolean hasComputedDefault() {
    return defaultDescription != null && contextDefault == null;
  }

  /** The values a form offers: the fixed choices, or what the lookup finds, by key. */
  public List<Choice> choices(ReportContext context) {
    if (kind == ParameterKind.LOOKUP) {
      return lookupChoices(lookup, context);
    }
    return choices;
  }

  private static <T> List<Choice> lookupChoices(ParameterLookup<T> lookup, ReportContext context) {
    return lookup.values(context).stream()
        .map(v -> new Choice(lookup.key(v), lookup.label(v)))
        .sorted(Comparator.comparing(Choice::value))
        .toList();
  }

  /** Where a lookup parameter's values come from; empty for other kinds. */
  public Optional<ParameterLookup<?>> lookup() {
    return Optional.ofNullable(lookup);
  }

  /** The fixed choices of a choice parameter; empty for other kinds. */
  public List<Choice> choices() {
    return choices;
  }

  /** How a value is written, for help texts: "YYYY-MM-DD", "all, equity, etf or fx-spot". */
  public String format() {
    return switch (kind) {
      case TEXT -> "text";
      case DATE -> "YYYY-MM-DD";
      case LOOKUP -> lookup.format();
      case CHOICE -> orList(choices.stream().map(Choice::value).toList());
    };
  }

  /**
   * Parses a value the user gave: a {@link LocalDate}, the chosen {@link Choice}, what the lookup
   * finds with that key, or the trimmed text.
   *
   * @throws ReportParameterException naming this parameter when the value does not fit
   */
  public Object parse(String text, ReportContext context) {
    String value = text == null ? "" : text.strip();
    if (value.isEmpty()) {
      throw new ReportParameterException(
          name, "Parameter '" + name + "' is empty; give " + article() + " " + format() + ".");
    }
    return switch (kind) {
      case TEXT -> value;
      case DATE -> parseDate(value);
      case CHOICE -> parseChoice(value);
      case LOOKUP -> find(lookup, value, context);
    };
  }

  private String article() {
    return switch (kind) {
      case CHOICE -> "an";
      case LOOKUP -> "aeiou".indexOf(lookup.format().charAt(0)) >= 0 ? "an" : "a";
      default -> "a";
    };
  }

  private LocalDate parseDate(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ReportParameterException(
          name,
          "Parameter '"
              + name
              + "': '"
              + value
              + "' is not a date; write it as YYYY-MM-DD, for example 2025-11-20.");
    }
  }

  private Choice parseChoice(String value) {
    String wanted = normalise(value);
    for (Choice c : choices) {
      if (normalise(c.value()).equals(wanted) || normalise(c.label()).equals(wanted)) {
        return c;
      }
    }
    throw new ReportParameterException(
        name,
        "Parameter '"
            + name
            + "': '"
            + value
            + "' is not one of its values; choose "
            + format()
            + ".");
  }

  private static String normalise(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
  }

  private <T> T find(ParameterLookup<T> lookup, String value, ReportContext context) {
    List<T> values = lookup.values(context);
    for (T v : values) {
      if (lookup.key(v).equalsIgnoreCase(value)) {
        return v;
      }
    }
    List<String> near = closest(value, values.stream().map(lookup::key).toList());
    throw new ReportParameterException(
        name,
        "Parameter '"
            + name
            + "': "
            + lookup.unknown(value)
            + (near.isEmpty()
                ? "; " + lookup.whereListed() + "."
                : ". Did you mean " + orList(near) + "?"));
  }

  /** A parsed value as the user writes it: a lookup's key, a choice's value, or the text. */
  String text(Object value) {
    if (value instanceof Choice c) {
      return c.value();
    }
    if (kind == ParameterKind.LOOKUP) {
      return keyOf(lookup, value);
    }
    return String.valueOf(value);
  }

  private static <T> String keyOf(ParameterLookup<T> lookup, Object value) {
    @SuppressWarnings("unchecked")
    T typed = (T) value;
    return lookup.key(typed);
  }

  /** Up to three keys within two edits of {@code value}, closest first. */
  static List<String> closest(String value, List<String> symbols) {
    String wanted = value.toUpperCase(Locale.ROOT);
    record Near(String symbol, int distance) {}
    List<Near> near = new ArrayList<>();
    for (String s : symbols) {
      int d = distance(wanted, s.toUpperCase(Locale.ROOT));
      if (d <= 2) {
        near.add(new Near(s, d));
      }
    }
    return near.stream()
        .sorted(Comparator.comparingInt(Near::distance).thenComparing(Near::symbol))
        .limit(3)
        .map(Near::symbol)
        .toList();
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** "a", "a or b", "a, b or c". */
  static String orList(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", "))
        + " or "
        + items.get(items.size() - 1);
  }

  @Override
  public String toString() {
    return name;
  }
}
