package com.tickmark.model.trade.imports;

import com.tickmark.model.intake.CsvRows;
import com.tickmark.model.intake.IntakeProfile;
import com.tickmark.model.trade.Side;
import java.io.IOException;
import java.io.StringReader;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * How one broker's or trading system's CSV maps to trades: which column holds which field, the
 * delimiter, whether there is a header row, the decimal separator, the date and time patterns, the
 * side codes and, for a broker's own files, which broker sent them. Saved as properties:
 *
 * <pre>
 * delimiter=;                  one character; "tab" for a tab
 * header=true                  columns are named by header; with false, by 1-based position
 * decimal.separator=,
 * date.pattern=dd.MM.yyyy      java.time pattern of trade_date
 * time.pattern=ISO             execution_time: ISO (2025-11-20T14:31:05.123Z) or a pattern read as UTC
 * side.BUY=B,BUY               comma-separated codes for each side (case-insensitive)
 * side.SELL=S,SELL
 * column.exec_id=ExecID        one line per mapped field (see ImportField); symbol or isin required
 * broker=GSCO                  optional: the broker whose files these are, the counterparty of every
 *                              row; column.counterparty is then optional and, if mapped, must name it
 * </pre>
 */
public record ImportProfile(
    String name,
    char delimiter,
    boolean header,
    char decimalSeparator,
    String datePattern,
    String timePattern,
    Map<ImportField, String> columns,
    Map<String, Side> sideCodes,
    String broker)
    implements IntakeProfile<ImportField> {
  public static final String BUILT_IN = "tickmark";
  public static final String ISO = IntakeProfile.ISO;

  public ImportProfile {
    Objects.requireNonNull(name, "name");
    columns = Map.copyOf(columns);
    sideCodes = Map.copyOf(sideCodes);
    broker = broker == null ? "" : broker.trim().toUpperCase(Locale.ROOT);
    List<String> problems = new ArrayList<>();
    if (!name.matches("[A-Za-z0-9_.-]{1,64}")) {
      problems.add("the name must be 1-64 letters, digits, '_', '.' or '-'");
    }
    if (!broker.isEmpty() && !broker.matches("[A-Z0-9_.-]{1,32}")) {
      problems.add("broker must be a counterparty code, not '" + broker + "'");
    }
    for (ImportField f : ImportField.values()) {
      if (f.required()
          && !columns.containsKey(f)
          && !(f == ImportField.COUNTERPARTY && !broker.isEmpty())) {
        problems.add(
            "column."
                + f.key()
                + " is required"
                + (f == ImportField.COUNTERPARTY ? " (or name the broker: broker=CODE)" : ""));
      }
    }
    if (!columns.containsKey(ImportField.SYMBOL) && !columns.containsKey(ImportField.ISIN)) {
      problems.add("map the instrument: column.symbol or column.isin");
    }
    if (!header) {
      columns.forEach(
          (f, c) -> {
            if (!c.matches("[1-9][0-9]*")) {
              problems.add(
                  "column."
                      + f.key()
                      + " must be a 1-based position without a header row, not '"
                      + c
                      + "'");
            }
          });
    }
    if (delimiter == decimalSeparator) {
      problems.add("the delimiter and the decimal separator must differ");
    }
    if (decimalSeparator != '.' && decimalSeparator != ',') {
      problems.add("decimal.separator must be . or ,");
    }
    if (!sideCodes.containsValue(Side.BUY) || !sideCodes.containsValue(Side.SELL)) {
      problems.add("give the codes of both sides: side.BUY and side.SELL");
    }
    checkPattern(datePattern, "date.pattern", problems);
    if (!ISO.equalsIgnoreCase(timePattern)) {
      checkPattern(timePattern, "time.pattern", problems);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Import profile '" + name + "': " + String.join("; ", problems) + ".");
    }
  }

  /**
   * A formatter for a profile's date or time pattern that refuses dates that do not exist
   * (2026-11-31) instead of moving them to the nearest valid one. Year letters {@code y} read as
   * the proleptic year {@code u}, which strict parsing needs and which is the same for every year a
   * trade can have.
   */
  static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  private static void checkPattern(String pattern, String key, List<String> problems) {
    if (pattern == null || pattern.isBlank()) {
      problems.add(key + " is required");
      return;
    }
    try {
      strict(pattern);
    } catch (IllegalArgumentException e) {
      problems.add(key + " '" + pattern + "' is not a date/time pattern: " + e.getMessage());
    }
  }

  /**
   * The built-in profile: comma-delimited with a header row {@code
   * exec_id,order_id,broker_ref,book,
   * symbol,isin,side,quantity,price,commission,fees,currency,trade_date,execution_time,counterparty,account},
   * dates {@code yyyy-MM-dd}, execution times ISO-8601 UTC, sides BUY/SELL or B/S, decimal point.
   */
  public static ImportProfile tickmark() {
    Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
    for (ImportField f : ImportField.values()) {
      columns.put(f, f.key());
    }
    return new ImportProfile(
        BUILT_IN, ',', true, '.', "yyyy-MM-dd", ISO, columns, defaultSides(), "");
  }

  /** The header line of the built-in profile's layout. */
  public static String tickmarkHeader() {
    List<String> keys = new ArrayList<>();
    for (ImportField f : ImportField.values()) {
      keys.add(f.key());
    }
    return String.join(",", keys);
  }

  private static Map<String, Side> defaultSides() {
    return Map.of("B", Side.BUY, "BUY", Side.BUY, "S", Side.SELL, "SELL", Side.SELL);
  }

  /** Reads a profile from its properties text (see the class comment). */
  public static ImportProfile parse(String name, String propertiesText) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(propertiesText));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Import profile '" + name + "' is not a properties file: " + e.getMessage(), e);
    }
    Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
    Map<String, Side> sides = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    for (String key : p.stringPropertyNames()) {
      String value = p.getProperty(key).trim();
      if (key.startsWith("column.")) {
        String field = key.substring("column.".length());
        ImportField f = fieldNamed(field);
        if (f == null) {
          unknown.add(key);
        } else if (!value.isEmpty()) {
          columns.put(f, value);
        }
      } else if (key.startsWith("side.")) {
        Side side;
        try {
          side = Side.valueOf(key.substring("side.".length()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          unknown.add(key);
          continue;
        }
        for (String code : value.split(",")) {
          if (!code.isBlank()) {
            sides.put(code.trim().toUpperCase(Locale.ROOT), side);
          }
        }
      } else if (!List.of(
              "delimiter",
              "header",
              "decimal.separator",
              "date.pattern",
              "time.pattern",
              "name",
              "broker")
          .contains(key)) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "Import profile '"
              + name
              + "': unknown keys "
              + unknown.stream().sorted().toList()
              + "; fields are "
              + Arrays.stream(ImportField.values()).map(ImportField::key).toList()
              + ".");
    }
    String delimiter = p.getProperty("delimiter", ",");
    char d = delimiter.equalsIgnoreCase("tab") ? '\t' : single(name, "delimiter", delimiter);
    char decimal = single(name, "decimal.separator", p.getProperty("decimal.separator", "."));
    return new ImportProfile(
        name,
        d,
        Boolean.parseBoolean(p.getProperty("header", "true").trim()),
        decimal,
        p.getProperty("date.pattern", "yyyy-MM-dd").trim(),
        p.getProperty("time.pattern", ISO).trim(),
        columns,
        sides.isEmpty() ? defaultSides() : sides,
        p.getProperty("broker", ""));
  }

  private static char single(String name, String key, String value) {
    if (value.length() != 1) {
      throw new IllegalArgumentException(
          "Import profile '" + name + "': " + key + " must be one character, not '" + value + "'.");
    }
    return value.charAt(0);
  }

  private static ImportField fieldNamed(String key) {
    for (ImportField f : ImportField.values()) {
      if (f.key().equals(key.trim().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    return null;
  }

  /**
   * The cells of one line as an import splits them with {@code delimiter} (quotes removed,
   * trimmed).
   */
  public static List<String> cells(String line, char delimiter) {
    return CsvRows.cells(line, delimiter).stream().map(String::trim).toList();
  }

  @Override
  public Class<ImportField> fieldType() {
    return ImportField.class;
  }

  /** The profile as properties text, the form {@link #parse} reads. */
  public String toProperties() {
    StringBuilder b = new StringBuilder();
    b.append("delimiter=")
        .append(delimiter == '\t' ? "tab" : String.valueOf(delimiter))
        .append('\n');
    b.append("header=").append(header).append('\n');
    b.append("decimal.separator=").append(decimalSeparator).append('\n');
    b.append("date.pattern=").append(datePattern).append('\n');
    b.append("time.pattern=").append(timePattern).append('\n');
    if (!broker.isEmpty()) {
      b.append("broker=").append(broker).append('\n');
    }
    for (Side s : Side.values()) {
      b.append("side.")
          .append(s.name())
          .append('=')
          .append(
              String.join(
                  ",",
                  sideCodes.entrySet().stream()
                      .filter(e -> e.getValue() == s)
                      .map(Map.Entry::getKey)
                      .sorted()
                      .toList()))
          .append('\n');
    }
    for (ImportField f : ImportField.values()) {
      if (columns.containsKey(f)) {
        b.append("column.").append(f.key()).append('=').append(columns.get(f)).append('\n');
      }
    }
    return b.toString();
  }
}
