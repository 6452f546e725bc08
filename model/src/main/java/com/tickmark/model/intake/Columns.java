package com.tickmark.model.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each field of a profile is in a file's rows: by the header row's names (first match, any
 * case) or by the profile's 1-based positions; and how wide a row must at least be.
 *
 * @param <F> the kind's fields
 */
public final class Columns<F extends Enum<F> & IntakeField> {
  private final int[] index;
  private final int width;

  private Columns(int[] index) {
    this.index = index;
    this.width = Arrays.stream(index).max().orElse(-1) + 1;
  }

  /** The profile's positions (a profile without a header row). */
  public static <F extends Enum<F> & IntakeField> Columns<F> byPosition(IntakeProfile<F> profile) {
    int[] index = empty(profile);
    profile.columns().forEach((f, c) -> index[f.ordinal()] = Integer.parseInt(c.trim()) - 1);
    return new Columns<>(index);
  }

  /**
   * The header's columns; each field the header lacks is a problem on the header's line (and then
   * null).
   */
  public static <F extends Enum<F> & IntakeField> Columns<F> byHeader(
      IntakeProfile<F> profile, IntakeRow header, List<ImportProblem> problems) {
    List<String> names = header.texts();
    int[] index = find(profile, names);
    boolean ok = true;
    for (Map.Entry<F, String> e : new TreeMap<>(profile.columns()).entrySet()) {
      if (index[e.getKey().ordinal()] < 0) {
        problems.add(
            new ImportProblem(
                header.line(),
                e.getKey().key(),
                "the header has no column '"
                    + e.getValue()
                    + "' (profile "
                    + profile.name()
                    + "); it has "
                    + names));
        ok = false;
      }
    }
    return ok ? new Columns<>(index) : null;
  }

  /**
   * The columns of a row kept apart with its header line (a quarantined row): by the header's names
   * or the profile's positions; a field the header lacks has none.
   */
  public static <F extends Enum<F> & IntakeField> Columns<F> of(
      IntakeProfile<F> profile, String headerLine) {
    if (!profile.header()) {
      return byPosition(profile);
    }
    return new Columns<>(find(profile, CsvRows.cells(headerLine, profile.delimiter())));
  }

  private static <F extends Enum<F> & IntakeField> int[] find(
      IntakeProfile<F> profile, List<String> names) {
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      byName.putIfAbsent(names.get(i).trim().toLowerCase(Locale.ROOT), i);
    }
    int[] index = empty(profile);
    profile
        .columns()
        .forEach(
            (f, c) ->
                index[f.ordinal()] = byName.getOrDefault(c.trim().toLowerCase(Locale.ROOT), -1));
    return index;
  }

  private static int[] empty(IntakeProfile<?> profile) {
    int[] index = new int[profile.fieldType().getEnumConstants().length];
    Arrays.fill(index, -1);
    return index;
  }

  /** The zero-based column of {@code field}; -1 when it has none. */
  public int index(F field) {
    return index[field.ordinal()];
  }

  /** The fewest cells a row needs to hold every mapped field. */
  public int width() {
    return width;
  }

  /** The values of {@code fields} in {@code line} (a row kept apart), trimmed; "" where missing. */
  public Map<F, String> values(Class<F> type, Iterable<F> fields, String line, char delimiter) {
    List<String> cells = CsvRows.cells(line, delimiter);
    Map<F, String> values = new EnumMap<>(type);
    for (F f : fields) {
      int i = index(f);
      values.put(f, i < 0 || i >= cells.size() ? "" : cells.get(i).trim());
    }
    return values;
  }

  /**
   * A file of one row in {@code profile}'s layout holding {@code values}: a header row if it has
   * one, then the row (a repaired row is checked as such a file).
   */
  public static <F extends Enum<F> & IntakeField> String oneRowFile(
      IntakeProfile<F> profile, Map<F, String> values) {
    IntakeLayout layout = IntakeLayout.of(profile);
    List<F> fields = new ArrayList<>(new TreeMap<>(profile.columns()).keySet());
    StringBuilder out = new StringBuilder();
    if (profile.header()) {
      out.append(layout.line(fields.stream().map(f -> profile.columns().get(f)).toList()));
      out.append('\n');
      out.append(layout.line(fields.stream().map(f -> values.getOrDefault(f, "")).toList()));
    } else {
      int width = byPosition(profile).width();
      List<String> cells = new ArrayList<>(Collections.nCopies(width, ""));
      profile
          .columns()
          .forEach((f, c) -> cells.set(Integer.parseInt(c.trim()) - 1, values.getOrDefault(f, "")));
      out.append(layout.line(cells));
    }
    return out.append('\n').toString();
  }
}
