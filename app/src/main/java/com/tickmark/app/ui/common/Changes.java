package com.tickmark.app.ui.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.tickmark.model.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The before and after of an audit record or an approval request, field by field. Both are JSON
 * text written by the services (flat objects, sometimes with a nested object or a list), read with
 * the shared {@link Json} reader, which also reads the unescaped control characters of records
 * written before JSON went through Jackson; nested fields are named with dots ({@code
 * parameters.from}) and lists are shown as their items joined by commas. Text that is not JSON is
 * shown as one field.
 *
 * <p>Fields are named in words ({@code settlementDate} reads "Settlement date"), a JSON null reads
 * as empty, and the fields that differ come first. A {@link FieldFormat} says how the fields of one
 * kind of record read (a trade's ids as codes and names, its amounts in its currency's decimals:
 * see {@link TradeValues}).
 */
public final class Changes {
  /** The name of the one field of a value that is not a JSON object. */
  public static final String VALUE = "(value)";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern WORD_BREAK =
      Pattern.compile("[_-]+|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

  /** Words written in capitals whatever the field name's case. */
  private static final Set<String> ACRONYMS =
      Set.of("id", "isin", "lei", "bic", "mic", "fx", "utc", "iban", "csv", "pdf", "sha");

  /** Fields named in words, values as stored. */
  public static final FieldFormat PLAIN = new FieldFormat() {};

  private Changes() {}

  /** How the fields of one kind of record read to a person. */
  public interface FieldFormat {
    /** The field's name in words. */
    default String label(String field) {
      return words(field);
    }

    /**
     * How the field reads.
     *
     * @param side every field of the same before or after, as stored (a JSON null as empty)
     */
    default String value(String field, Map<String, String> side) {
      return side.get(field);
    }
  }

  /**
   * One field before and after.
   *
   * @param before the value before, or null if the field did not exist
   * @param after the value after, or null if the field no longer exists
   */
  public record FieldChange(String field, String before, String after) {
    public FieldChange {
      Objects.requireNonNull(field, "field");
    }

    public boolean changed() {
      return !Objects.equals(before, after);
    }

    /** The field appears only after. */
    public boolean added() {
      return before == null && after != null;
    }

    /** The field appears only before. */
    public boolean removed() {
      return before != null && after == null;
    }
  }

  /** {@link #compare(Map, Map, FieldFormat)} of two JSON texts, {@link #PLAIN}ly. */
  public static List<FieldChange> compare(String before, String after) {
    return compare(fields(before), fields(after), PLAIN);
  }

  /**
   * Every field of either side, named and shown as {@code format} says: first those that differ,
   * then the others, each in the order they first appear (before's fields first).
   */
  public static List<FieldChange> compare(
      Map<String, String> before, Map<String, String> after, FieldFormat format) {
    Set<String> names = new LinkedHashSet<>(before.keySet());
    names.addAll(after.keySet());
    List<FieldChange> changed = new ArrayList<>();
    List<FieldChange> same = new ArrayList<>();
    for (String name : names) {
      FieldChange c =
          new FieldChange(
              format.label(name),
              before.containsKey(name) ? format.value(name, before) : null,
              after.containsKey(name) ? format.value(name, after) : null);
      (c.changed() ? changed : same).add(c);
    }
    changed.addAll(same);
    return changed;
  }

  /**
   * A field's name in words: {@code settlementDate}, {@code settlement_date} and {@code
   * settlement-date} read "Settlement date", {@code execId} "Exec ID"; a nested name's parts are
   * joined by " › ". A name that is not an identifier (it has spaces, say) is kept as it is.
   */
  public static String words(String field) {
    List<String> parts = new ArrayList<>();
    for (String part : field.split("\\.", -1)) {
      parts.add(NAME.matcher(part).matches() ? wordsOf(part) : part);
    }
    return String.join(" \u203a ", parts);
  }

  private static String wordsOf(String name) {
    List<String> words = new ArrayList<>();
    for (String w : WORD_BREAK.split(name)) {
      if (w.isEmpty()) {
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      boolean capitals = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
      words.add(ACRONYMS.contains(lower) || capitals ? w.toUpperCase(Locale.ROOT) : lower);
    }
    String text = String.join(" ", words);
    return text.isEmpty() ? name : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * The fields of {@code text}: none when empty, one ({@value #VALUE}) when it is not a JSON
   * object.
   */
  public static Map<String, String> fields(String text) {
    Map<String, String> result = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return result;
    }
    Optional<JsonNode> parsed = Json.tree(text);
    if (parsed.isPresent() && parsed.get().isObject()) {
      flatten("", parsed.get(), result);
    } else {
      result.put(VALUE, parsed.map(Changes::display).orElse(text.trim()));
    }
    return result;
  }

  private static void flatten(String prefix, JsonNode object, Map<String, String> into) {
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      String name = prefix + e.getKey();
      if (e.getValue().isObject() && !e.getValue().isEmpty()) {
        flatten(name + ".", e.getValue(), into);
      } else {
        into.put(name, display(e.getValue()));
      }
    }
  }

  /**
   * A value as text: numbers with the digits written, lists as their items joined by commas, null
   * as empty.
   */
  private static String display(JsonNode value) {
    if (value.isNull()) {
      return "";
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>(value.size());
      value.forEach(item -> items.add(display(item)));
      return String.join(", ", items);
    }
    if (value.isObject()) {
      List<String> items = new ArrayList<>(value.size());
      value.properties().forEach(e -> items.add(e.getKey() + ": " + display(e.getValue())));
      return "{" + String.join(", ", items) + "}";
    }
    if (value.isBoolean()) {
      return value.asBoolean() ? "yes" : "no";
    }
    return value.asText();
  }
}
