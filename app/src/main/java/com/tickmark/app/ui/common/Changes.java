package com.tickmark.app.ui.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.tickmark.model.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The before and after of an audit record or an approval request, field by field. Both are JSON
 * text written by the services (flat objects, sometimes with a nested object or a list), read with
 * the shared {@link Json} reader, which also reads the unescaped control characters of records
 * written before JSON went through Jackson; nested fields are named with dots ({@code
 * parameters.from}) and lists are shown as their items joined by commas. Text that is not JSON is
 * shown as one field.
 */
public final class Changes {
  /** The name of the one field of a value that is not a JSON object. */
  public static final String VALUE = "(value)";

  private Changes() {}

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

  /** Every field of either side, in the order they first appear, before's fields first. */
  public static List<FieldChange> compare(String before, String after) {
    Map<String, String> b = fields(before);
    Map<String, String> a = fields(after);
    Set<String> names = new LinkedHashSet<>(b.keySet());
    names.addAll(a.keySet());
    List<FieldChange> changes = new ArrayList<>(names.size());
    for (String name : names) {
      changes.add(new FieldChange(name, b.get(name), a.get(name)));
    }
    return changes;
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

  /** A value as text: numbers with the digits written, lists as their items joined by commas. */
  private static String display(JsonNode value) {
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
    return value.asText();
  }
}
