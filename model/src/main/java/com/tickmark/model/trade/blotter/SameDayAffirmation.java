package com.tickmark.model.trade.blotter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * SEC Rule 15c6-2 asks for allocation, confirmation and affirmation by the end of trade date; the
 * industry measures it against DTCC's same-day affirmation cut-off of 9:00 pm New York time. A
 * trade counts as affirmed the same day when it was first affirmed by then; a cancelled trade does
 * not count either way.
 */
public final class SameDayAffirmation {
  /** The cut-off on the trade date. */
  public static final LocalTime CUTOFF = LocalTime.of(21, 0);

  public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** What the blotter's "Affirmed same day" column says. */
  public enum Verdict {
    /** Cancelled: not counted. */
    NOT_COUNTED(""),
    YES("Yes"),
    /** Affirmed, but after the cut-off. */
    LATE("Late"),
    /** Not affirmed (yet). */
    NO("No");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private SameDayAffirmation() {}

  /** The last instant at which a trade of {@code tradeDate} is affirmed the same day. */
  public static Instant cutoff(LocalDate tradeDate) {
    return tradeDate.atTime(CUTOFF).atZone(NEW_YORK).toInstant();
  }

  public static Verdict of(LocalDate tradeDate, Instant affirmedAt, boolean cancelled) {
    if (cancelled) {
      return Verdict.NOT_COUNTED;
    }
    if (affirmedAt == null) {
      return Verdict.NO;
    }
    return affirmedAt.isAfter(cutoff(tradeDate)) ? Verdict.LATE : Verdict.YES;
  }
}
