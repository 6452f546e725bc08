package com.tickmark.model.report.catalog;

import com.tickmark.model.security.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a catalog report is built from: who runs it and when (from the caller's clock, never the
 * wall clock), the firm's business date, and the data it reads through small ports, the readers.
 * Each business area contributes its readers by type (the reference-data area a {@code
 * ReferenceDataReader}), backed by its permission-checked services for the user running the report;
 * a report asks for the reader it needs with {@link #reader(Class)}. The workstation and the
 * command line build one per run over the workspace; tests over lists. A new area adds a reader
 * type in its own package, not a field here.
 */
public final class ReportContext {
  private final Actor actor;
  private final Instant runAt;
  private final Supplier<LocalDate> businessDate;
  private final Map<Class<?>, Object> readers;
  private LocalDate businessDateValue;

  private ReportContext(Builder b) {
    this.actor = Objects.requireNonNull(b.actor, "actor");
    this.runAt = Objects.requireNonNull(b.runAt, "run time");
    this.businessDate = Objects.requireNonNull(b.businessDate, "business date");
    this.readers = Map.copyOf(b.readers);
  }

  /**
   * A context for {@code actor} running reports at {@code runAt}; add the business date and the
   * readers.
   */
  public static Builder builder(Actor actor, Instant runAt) {
    return new Builder(actor, runAt);
  }

  /** The user running the report; reports say who ran them. */
  public Actor actor() {
    return actor;
  }

  public Instant runAt() {
    return runAt;
  }

  /** The firm's business date, read once on first use. */
  public synchronized LocalDate businessDate() {
    if (businessDateValue == null) {
      businessDateValue = Objects.requireNonNull(businessDate.get(), "business date");
    }
    return businessDateValue;
  }

  /**
   * The reader of this type that an area contributed.
   *
   * @throws IllegalStateException when the context was given no reader of that type
   */
  public <T> T reader(Class<T> type) {
    Object reader = readers.get(type);
    if (reader == null) {
      throw new IllegalStateException(
          "This report reads through a "
              + type.getSimpleName()
              + ", which the report context was not given");
    }
    return type.cast(reader);
  }

  /** Collects the business date and the readers. */
  public static final class Builder {
    private final Actor actor;
    private final Instant runAt;
    private Supplier<LocalDate> businessDate;
    private final Map<Class<?>, Object> readers = new LinkedHashMap<>();

    private Builder(Actor actor, Instant runAt) {
      this.actor = actor;
      this.runAt = runAt;
    }

    public Builder businessDate(LocalDate date) {
      Objects.requireNonNull(date, "business date");
      return businessDate(() -> date);
    }

    /**
     * The business date, read when a report first needs it (a workspace without a firm has none).
     */
    public Builder businessDate(Supplier<LocalDate> date) {
      businessDate = Objects.requireNonNull(date, "business date");
      return this;
    }

    /**
     * Adds the reader reports of some area read through, under its type.
     *
     * @throws IllegalArgumentException when a reader of that type was already added
     */
    public <T> Builder reader(Class<T> type, T reader) {
      Objects.requireNonNull(reader, type.getSimpleName());
      if (readers.putIfAbsent(type, reader) != null) {
        throw new IllegalArgumentException("Two readers of type " + type.getSimpleName());
      }
      return this;
    }

    public ReportContext build() {
      return new ReportContext(this);
    }
  }
}
