package com.tickmark.model.intake;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The firm's built-in CSV layout: comma-separated with a header row naming every field ({@link
 * IntakeField#key()}, any order, any case), ISO dates, decimal points. A kind overrides what it
 * reads otherwise.
 *
 * @param <F> the kind's fields
 */
public interface StandardCsvProfile<F extends Enum<F> & IntakeField> extends IntakeProfile<F> {
  @Override
  default boolean header() {
    return true;
  }

  @Override
  default char delimiter() {
    return ',';
  }

  @Override
  default char decimalSeparator() {
    return '.';
  }

  @Override
  default String datePattern() {
    return "yyyy-MM-dd";
  }

  @Override
  default String timePattern() {
    return ISO;
  }

  /** Every field, under its key. */
  @Override
  default Map<F, String> columns() {
    return keyed(fieldType(), f -> true);
  }

  /** The fields of {@code type} that {@code which} takes, each under its key. */
  static <F extends Enum<F> & IntakeField> Map<F, String> keyed(Class<F> type, Predicate<F> which) {
    Map<F, String> columns = new EnumMap<>(type);
    for (F f : type.getEnumConstants()) {
      if (which.test(f)) {
        columns.put(f, f.key());
      }
    }
    return columns;
  }
}
