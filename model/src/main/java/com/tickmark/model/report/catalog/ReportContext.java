package com.tickmark.model.report.catalog;

import com.tickmark.model.security.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a catalog report is built from: who runs it and when (from the caller's clock, never the
 * wall clock), the firm's business date, and the data it reads through small ports. The workstation
 * and the command line build one per run over the workspace; tests over lists. Later areas (trades,
 * positions, the ledger) add their ports here.
 */
public final class ReportContext {
  private final Actor actor;
  private final Instant runAt;
  private final Supplier<LocalDate> businessDate;
  private final ReferenceDataReader referenceData;
  private final PriceReader prices;
  private LocalDate businessDateValue;

  private ReportContext(Builder b) {
    this.actor = Objects.requireNonNull(b.actor, "actor");
    this.runAt = Objects.requireNonNull(b.runAt, "run time");
    this.businessDate = Objects.requireNonNull(b.businessDate, "business date");
    this.referenceData = b.referenceData;
    this.prices = b.prices;
  }

  /**
   * A context for {@code actor} running reports at {@code runAt}; add the business date and the
   * ports.
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

  public ReferenceDataReader referenceData() {
    return require(referenceData, "reference data");
  }

  public PriceReader prices() {
    return require(prices, "prices");
  }

  private static <T> T require(T port, String what) {
    if (port == null) {
      throw new IllegalStateException(
          "This report reads " + what + ", which the report context was not given");
    }
    return port;
  }

  /** Collects the business date and the data ports. */
  public static final class Builder {
    private final Actor actor;
    private final Instant runAt;
    private Supplier<LocalDate> businessDate;
    private ReferenceDataReader referenceData;
    private PriceReader prices;

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

    public Builder referenceData(ReferenceDataReader reader) {
      referenceData = Objects.requireNonNull(reader, "reference data");
      return this;
    }

    public Builder prices(PriceReader reader) {
      prices = Objects.requireNonNull(reader, "prices");
      return this;
    }

    public ReportContext build() {
      return new ReportContext(this);
    }
  }
}
