package com.tickmark.model.recon.input;

import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.intake.Intake;
import com.tickmark.model.intake.IntakeCells;
import com.tickmark.model.intake.IntakeField;
import com.tickmark.model.intake.IntakeProfile;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * One broker's or custodian's own layout of a reconciliation input file, named after its code (the
 * file name's first part, {@code GSX_20251120.csv}): saved as properties, every key optional.
 *
 * <pre>
 * delimiter=;                one character; "tab" for a tab (default ,)
 * header=true                columns named by the header row; false: by 1-based position
 * decimal.separator=,        (default .)
 * date.pattern=dd.MM.yyyy    (default yyyy-MM-dd)
 * column.client_exec_id=ExecRef   a field's column when not named as the field's key
 * </pre>
 *
 * With a header row, a field not mapped is read from the column named by its key.
 *
 * @param <F> the kind's fields
 */
public record InputLayout<F extends Enum<F> & IntakeField>(
    String name,
    Class<F> fieldType,
    char delimiter,
    boolean header,
    char decimalSeparator,
    String datePattern,
    Map<F, String> columns)
    implements IntakeProfile<F> {
  public InputLayout {
    Objects.requireNonNull(fieldType, "fieldType");
    columns = Map.copyOf(columns);
    List<String> problems = new ArrayList<>();
    if (name == null || !name.matches("[A-Z0-9]{2,32}")) {
      problems.add("the name is the broker's or custodian's code (2-32 capitals or digits)");
    }
    if (delimiter == decimalSeparator) {
      problems.add("the delimiter and the decimal separator must differ");
    }
    if (decimalSeparator != '.' && decimalSeparator != ',') {
      problems.add("decimal.separator must be . or ,");
    }
    try {
      DateTimeFormatter.ofPattern(datePattern, Locale.ROOT);
    } catch (IllegalArgumentException | NullPointerException e) {
      problems.add("date.pattern '" + datePattern + "' is not a date pattern");
    }
    if (!header) {
      columns.forEach(
          (f, c) -> {
            if (!c.matches("[1-9][0-9]*")) {
              problems.add(
                  "column." + f.key() + " must be a 1-based position without a header row");
            }
          });
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Layout '" + name + "': " + String.join("; ", problems) + ".");
    }
  }

  /** Reads a layout of {@code fieldType}'s fields from its properties text. */
  public static <F extends Enum<F> & IntakeField> InputLayout<F> parse(
      Class<F> fieldType, String name, String text) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Layout '" + name + "' is not a properties file: " + e.getMessage(), e);
    }
    Map<F, String> columns = new EnumMap<>(fieldType);
    List<String> unknown = new ArrayList<>();
    for (String key : p.stringPropertyNames()) {
      String value = p.getProperty(key).trim();
      if (key.startsWith("column.")) {
        F field = fieldNamed(fieldType, key.substring("column.".length()));
        if (field == null) {
          unknown.add(key);
        } else if (!value.isEmpty()) {
          columns.put(field, value);
        }
      } else if (!List.of("delimiter", "header", "decimal.separator", "date.pattern")
          .contains(key)) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "Layout '"
              + name
              + "': unknown keys "
              + unknown.stream().sorted().toList()
              + "; the keys are delimiter, header, decimal.separator, date.pattern and column."
              + "FIELD for the fields "
              + Arrays.stream(fieldType.getEnumConstants()).map(IntakeField::key).toList()
              + ".");
    }
    String delimiter = p.getProperty("delimiter", ",").trim();
    return new InputLayout<>(
        name,
        fieldType,
        delimiter.equalsIgnoreCase("tab") ? '\t' : one(name, "delimiter", delimiter),
        Boolean.parseBoolean(p.getProperty("header", "true").trim()),
        one(name, "decimal.separator", p.getProperty("decimal.separator", ".").trim()),
        p.getProperty("date.pattern", "yyyy-MM-dd").trim(),
        columns);
  }

  private static char one(String name, String key, String value) {
    if (value.length() != 1) {
      throw new IllegalArgumentException(
          "Layout '" + name + "': " + key + " must be one character, not '" + value + "'.");
    }
    return value.charAt(0);
  }

  private static <F extends Enum<F> & IntakeField> F fieldNamed(Class<F> type, String key) {
    for (F f : type.getEnumConstants()) {
      if (f.key().equals(key.trim().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    return null;
  }

  /**
   * {@code mapper} reading rows in this layout: a cell in the layout's date pattern is the date it
   * writes, a number with a decimal comma the number, so the kind's rows (which read ISO dates and
   * decimal points) read them as they would a workbook's typed cells.
   */
  public <T> Intake.Mapper<F, T> reading(Intake.Mapper<F, T> mapper) {
    DateTimeFormatter dates =
        DateTimeFormatter.ofPattern(datePattern.replace('y', 'u'), Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    return new Intake.Mapper<>() {
      @Override
      public void start(List<ImportProblem> problems) {
        mapper.start(problems);
      }

      @Override
      public String noRows() {
        return mapper.noRows();
      }

      @Override
      public T map(IntakeCells<F> row, long id) {
        return mapper.map(new Typed(row, dates), id);
      }
    };
  }

  /** A row's cells with dates and decimal-comma numbers read as the layout writes them. */
  private final class Typed implements IntakeCells<F> {
    private final IntakeCells<F> row;
    private final DateTimeFormatter dates;

    Typed(IntakeCells<F> row, DateTimeFormatter dates) {
      this.row = row;
      this.dates = dates;
    }

    @Override
    public int line() {
      return row.line();
    }

    @Override
    public String text(F field) {
      return row.text(field);
    }

    @Override
    public Object value(F field) {
      Object value = row.value(field);
      if (!(value instanceof String text) || text.isBlank()) {
        return value;
      }
      String t = text.trim();
      ParsePosition at = new ParsePosition(0);
      if (dates.parseUnresolved(t, at) != null
          && at.getErrorIndex() < 0
          && at.getIndex() == t.length()) {
        try {
          return LocalDate.parse(t, dates); // resolved strictly: 31.11.2026 is no date
        } catch (DateTimeParseException e) {
          return value; // the row reports it as the date it is not
        }
      }
      if (decimalSeparator == ',' && t.matches("-?[0-9]+(,[0-9]+)?")) {
        return new BigDecimal(t.replace(',', '.'));
      }
      return value;
    }

    @Override
    public String datePattern() {
      return InputLayout.this.datePattern;
    }

    @Override
    public void problem(String field, String message) {
      row.problem(field, message);
    }

    @Override
    public boolean hasProblems() {
      return row.hasProblems();
    }
  }

  /** Whether this layout writes dates and numbers as the built-in one does (ISO, a point). */
  public boolean isoValues() {
    return decimalSeparator == '.' && datePattern.equals("yyyy-MM-dd");
  }

  /** Times are not read from these files. */
  @Override
  public String timePattern() {
    return ISO;
  }

  /**
   * Each field's column: as mapped, else (with a header row) the column named by the field's key.
   */
  @Override
  public Map<F, String> columns() {
    if (!header) {
      return columns;
    }
    Map<F, String> all = new EnumMap<>(fieldType);
    for (F f : fieldType.getEnumConstants()) {
      all.put(f, columns.getOrDefault(f, f.key()));
    }
    return all;
  }

  /** The layout as properties text, the form {@link #parse} reads. */
  public String toProperties() {
    StringBuilder b = new StringBuilder();
    b.append("delimiter=")
        .append(delimiter == '\t' ? "tab" : String.valueOf(delimiter))
        .append('\n');
    b.append("header=").append(header).append('\n');
    b.append("decimal.separator=").append(decimalSeparator).append('\n');
    b.append("date.pattern=").append(datePattern).append('\n');
    for (F f : fieldType.getEnumConstants()) {
      String c = columns.get(f);
      if (c != null) {
        b.append("column.").append(f.key()).append('=').append(c).append('\n');
      }
    }
    return b.toString();
  }
}
