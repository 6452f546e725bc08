package com.tickmark.app.ui.audit;

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
 * text written by the services (flat objects, sometimes with a nested object or a list); nested
 * fields are named with dots ({@code parameters.from}) and lists are shown as their items joined by
 * commas. Text that is not JSON is shown as one field.
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
    Optional<Object> parsed = parse(text);
    if (parsed.isPresent() && parsed.get() instanceof Map<?, ?> map) {
      flatten("", map, result);
    } else {
      result.put(VALUE, parsed.map(Changes::display).orElse(text.trim()));
    }
    return result;
  }

  private static void flatten(String prefix, Map<?, ?> map, Map<String, String> into) {
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String name = prefix + e.getKey();
      if (e.getValue() instanceof Map<?, ?> nested && !nested.isEmpty()) {
        flatten(name + ".", nested, into);
      } else {
        into.put(name, display(e.getValue()));
      }
    }
  }

  private static String display(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>(list.size());
      for (Object item : list) {
        items.add(display(item));
      }
      return String.join(", ", items);
    }
    if (value instanceof Map<?, ?> map) {
      List<String> items = new ArrayList<>(map.size());
      map.forEach((k, v) -> items.add(k + ": " + display(v)));
      return "{" + String.join(", ", items) + "}";
    }
    return value.toString();
  }

  /**
   * The JSON value of {@code text} (maps, lists, strings, numbers as text, booleans, null), or
   * empty if it is not JSON.
   */
  static Optional<Object> parse(String text) {
    try {
      Parser p = new Parser(text);
      Object value = p.value();
      p.skipSpace();
      if (!p.atEnd()) {
        return Optional.empty();
      }
      return Optional.of(value == null ? "null" : value);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A small JSON reader: enough for the values the services write. */
  private static final class Parser {
    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    boolean atEnd() {
      return i >= s.length();
    }

    void skipSpace() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private char peek() {
      skipSpace();
      if (atEnd()) {
        throw new IllegalArgumentException("unexpected end");
      }
      return s.charAt(i);
    }

    private void expect(char c) {
      if (peek() != c) {
        throw new IllegalArgumentException("expected " + c + " at " + i);
      }
      i++;
    }

    Object value() {
      char c = peek();
      switch (c) {
        case '{':
          return object();
        case '[':
          return array();
        case '"':
          return string();
        default:
          return literal();
      }
    }

    private Map<String, Object> object() {
      expect('{');
      Map<String, Object> map = new LinkedHashMap<>();
      if (peek() == '}') {
        i++;
        return map;
      }
      while (true) {
        if (peek() != '"') {
          throw new IllegalArgumentException("expected a field name at " + i);
        }
        String key = string();
        expect(':');
        map.put(key, value());
        char c = peek();
        i++;
        if (c == '}') {
          return map;
        }
        if (c != ',') {
          throw new IllegalArgumentException("expected , or } at " + (i - 1));
        }
      }
    }

    private List<Object> array() {
      expect('[');
      List<Object> list = new ArrayList<>();
      if (peek() == ']') {
        i++;
        return list;
      }
      while (true) {
        list.add(value());
        char c = peek();
        i++;
        if (c == ']') {
          return list;
        }
        if (c != ',') {
          throw new IllegalArgumentException("expected , or ] at " + (i - 1));
        }
      }
    }

    private String string() {
      expect('"');
      StringBuilder sb = new StringBuilder();
      while (i < s.length()) {
        char c = s.charAt(i++);
        if (c == '"') {
          return sb.toString();
        }
        if (c == '\\') {
          if (i >= s.length()) {
            break;
          }
          char e = s.charAt(i++);
          switch (e) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'r' -> sb.append('\r');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'u' -> {
              if (i + 4 > s.length()) {
                throw new IllegalArgumentException("bad escape");
              }
              sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              i += 4;
            }
            default -> sb.append(e);
          }
        } else {
          sb.append(c);
        }
      }
      throw new IllegalArgumentException("unterminated string");
    }

    private Object literal() {
      int start = i;
      while (i < s.length()
          && "{}[],:\"".indexOf(s.charAt(i)) < 0
          && !Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      String word = s.substring(start, i);
      switch (word) {
        case "true":
          return Boolean.TRUE;
        case "false":
          return Boolean.FALSE;
        case "null":
          return null;
        default:
          if (!word.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
            throw new IllegalArgumentException("not a JSON value: " + word);
          }
          return word;
      }
    }
  }
}
