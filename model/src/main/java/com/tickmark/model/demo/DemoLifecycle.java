package com.tickmark.model.demo;

import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.TradeVersion;
import com.tickmark.model.trade.blotter.SameDayAffirmation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The steps the demo firm's trades went through before the business date, as the back office
 * recorded them: one version of the trade per step, recorded by the operations clerk, so that a
 * demo trade's versions tell its story as a real day's would.
 *
 * <ul>
 *   <li>NEW: captured from the FIX drop copy a fraction of a second after it executed;
 *   <li>CONFIRMED: with the broker, minutes after execution (before it was affirmed);
 *   <li>AFFIRMED: some minutes to hours after execution, most before the same-day cut-off and a few
 *       (about 4 %) only the next morning, so the blotter's same-day affirmation rate has something
 *       real to show;
 *   <li>from its intended settlement date ({@link SettlementOutcome}): SETTLED at the custodian
 *       that afternoon, or FAILED that evening with the custodian's MT548 reason code, then SETTLED
 *       late on the day it actually settled.
 * </ul>
 *
 * Each trade's last version is the trade as the generator made it, in its status at the start of
 * the business date ({@link DemoFirmGenerator}). Deterministic for a seed; each trade's times are
 * drawn from a stream of its own, so they do not depend on the other trades.
 */
public final class DemoLifecycle {
  /** The share of affirmations that miss the same-day cut-off. */
  static final double LATE_AFFIRMATION = 0.04;

  /** The random stream of the lifecycle's times, apart from every other phase's. */
  private static final long STREAM = 23;

  /** When the custodian's settlement results come in (UTC), on a settlement date. */
  private static final int SETTLED_FROM_HOUR = 12;

  /** When a trade that did not settle is marked as failing (UTC), on its settlement date. */
  private static final int FAILED_FROM_HOUR = 18;

  private final long seed;
  private final String clerk;
  private final Map<TradeId, SettlementOutcome> outcomes;

  private DemoLifecycle(long seed, String clerk, Map<TradeId, SettlementOutcome> outcomes) {
    this.seed = seed;
    this.clerk = clerk;
    this.outcomes = outcomes;
  }

  /**
   * The lifecycle of {@code firm}'s trades, each step recorded by {@code clerk} (the user who runs
   * the drop copy and the settlement checks).
   */
  public static DemoLifecycle of(DemoFirm firm, String clerk) {
    Objects.requireNonNull(clerk, "clerk");
    Map<TradeId, SettlementOutcome> outcomes = new HashMap<>();
    for (SettlementOutcome o : firm.settlementOutcomes()) {
      outcomes.put(o.tradeId(), o);
    }
    return new DemoLifecycle(firm.config().seed(), clerk, outcomes);
  }

  /**
   * Every version {@code trade} (one of the firm's trades, at its last version) went through,
   * oldest first: version 1 NEW, then one per step, the last being {@code trade} itself.
   */
  public List<TradeVersion> versionsOf(Trade trade) {
    SettlementOutcome outcome = outcomes.get(trade.id());
    List<TradeStatus> statuses = statuses(trade.id(), trade.status(), outcome);
    if (statuses.size() != trade.version()) {
      throw new IllegalStateException(
          "Trade "
              + trade.id()
              + " is at version "
              + trade.version()
              + ", but its lifecycle has "
              + statuses.size()
              + " steps");
    }
    DemoRandom chance = DemoRandom.stream(seed, STREAM, trade.id().value());
    Instant affirmed = statuses.contains(TradeStatus.AFFIRMED) ? affirmation(chance, trade) : null;
    List<TradeVersion> versions = new ArrayList<>(statuses.size());
    Instant when = trade.executionTime().plusMillis(chance.between(40, 900));
    String reason = "FIX drop copy " + trade.execId() + " (simulated by the demo firm)";
    for (int k = 0; k < statuses.size(); k++) {
      TradeStatus status = statuses.get(k);
      switch (status) {
        case NEW -> {}
        case CONFIRMED -> {
          when =
              affirmed != null
                  ? between(chance, when, affirmed)
                  : when.plus(Duration.ofMinutes(chance.between(2, 120)));
          reason = "Confirmed with the broker";
        }
        case AFFIRMED -> {
          when = affirmed;
          reason = "Affirmed with the broker";
        }
        case FAILED -> {
          when = after(chance, when, onDay(chance, outcome.intendedDate(), FAILED_FROM_HOUR));
          reason = "Failed at the custodian: " + outcome.describeFailReason();
        }
        case SETTLED -> {
          boolean late = statuses.get(k - 1) == TradeStatus.FAILED;
          when =
              after(
                  chance,
                  when,
                  onDay(
                      chance,
                      late ? outcome.actualDate() : outcome.intendedDate(),
                      SETTLED_FROM_HOUR));
          reason =
              late
                  ? "Settled late at the custodian (intended " + outcome.intendedDate() + ")"
                  : "Settled at the custodian";
        }
        default -> throw new IllegalStateException("A demo trade is never " + status);
      }
      Trade version = k == statuses.size() - 1 ? trade : trade.asVersion(k + 1, status);
      versions.add(new TradeVersion(version, clerk, when, reason));
    }
    return versions;
  }

  /**
   * The statuses a demo trade now {@code last} went through, oldest first: what its version number
   * counts. One that settled or failed has a settlement {@code outcome}, which says whether it
   * failed first.
   */
  static List<TradeStatus> statuses(TradeId id, TradeStatus last, SettlementOutcome outcome) {
    List<TradeStatus> steps = new ArrayList<>(5);
    steps.add(TradeStatus.NEW);
    if (last != TradeStatus.NEW) {
      steps.add(TradeStatus.CONFIRMED);
    }
    if (last == TradeStatus.AFFIRMED || last == TradeStatus.SETTLED || last == TradeStatus.FAILED) {
      steps.add(TradeStatus.AFFIRMED);
    }
    if (last == TradeStatus.SETTLED || last == TradeStatus.FAILED) {
      if (outcome == null) {
        throw new IllegalStateException(
            "Trade " + id + " is " + last + " but has no settlement outcome");
      }
      if (!outcome.settledOnTime()) {
        steps.add(TradeStatus.FAILED);
      }
      if (last == TradeStatus.SETTLED) {
        steps.add(TradeStatus.SETTLED);
      }
    }
    if (steps.get(steps.size() - 1) != last) {
      throw new IllegalStateException(
          "Trade " + id + " is " + last + ", which no demo lifecycle leads to");
    }
    return steps;
  }

  /**
   * When the trade was affirmed: minutes to hours after execution and before the same-day cut-off,
   * or (about 4 %) the next morning.
   */
  private static Instant affirmation(DemoRandom chance, Trade t) {
    Instant cutoff = SameDayAffirmation.cutoff(t.tradeDate());
    if (chance.chance(LATE_AFFIRMATION)) {
      return cutoff.plus(Duration.ofMinutes(chance.between(30, 14 * 60)));
    }
    Instant affirmed = t.executionTime().plus(Duration.ofMinutes(chance.between(5, 240)));
    if (affirmed.isAfter(cutoff)) {
      affirmed = cutoff.minus(Duration.ofMinutes(chance.between(1, 20)));
    }
    Instant earliest = t.executionTime().plusSeconds(30);
    return affirmed.isBefore(earliest) ? earliest : affirmed;
  }

  /** A time strictly between {@code from} and {@code to}. */
  private static Instant between(DemoRandom chance, Instant from, Instant to) {
    long span = Duration.between(from, to).toMillis();
    return from.plusMillis(
        Math.max(1, Math.min(span - 1, (long) (span * chance.uniform(0.2, 0.6)))));
  }

  /** A time in the three hours from {@code hour} (UTC) on {@code date}. */
  private static Instant onDay(DemoRandom chance, LocalDate date, int hour) {
    return date.atTime(hour, 0)
        .toInstant(ZoneOffset.UTC)
        .plus(Duration.ofSeconds(chance.between(0, 3 * 3600)));
  }

  /** {@code proposed}, or a few minutes after {@code previous} when that is later. */
  private static Instant after(DemoRandom chance, Instant previous, Instant proposed) {
    Instant earliest = previous.plus(Duration.ofMinutes(chance.between(1, 30)));
    return proposed.isBefore(earliest) ? earliest : proposed;
  }
}
