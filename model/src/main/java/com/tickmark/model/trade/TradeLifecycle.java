package com.tickmark.model.trade;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The statuses a trade may move between: NEW → CONFIRMED → AFFIRMED → SETTLED, or AFFIRMED → FAILED
 * → SETTLED late; NEW, CONFIRMED and AFFIRMED trades may be CANCELLED (and amended). SETTLED and
 * CANCELLED are final. The services enforce these rules and the screens offer only the steps they
 * allow, both from here.
 */
public final class TradeLifecycle {
  private static final Map<TradeStatus, Set<TradeStatus>> NEXT = new EnumMap<>(TradeStatus.class);

  static {
    NEXT.put(TradeStatus.NEW, EnumSet.of(TradeStatus.CONFIRMED, TradeStatus.CANCELLED));
    NEXT.put(TradeStatus.CONFIRMED, EnumSet.of(TradeStatus.AFFIRMED, TradeStatus.CANCELLED));
    NEXT.put(
        TradeStatus.AFFIRMED,
        EnumSet.of(TradeStatus.SETTLED, TradeStatus.FAILED, TradeStatus.CANCELLED));
    NEXT.put(TradeStatus.FAILED, EnumSet.of(TradeStatus.SETTLED));
    NEXT.put(TradeStatus.SETTLED, EnumSet.noneOf(TradeStatus.class));
    NEXT.put(TradeStatus.CANCELLED, EnumSet.noneOf(TradeStatus.class));
  }

  private TradeLifecycle() {}

  public static boolean allows(TradeStatus from, TradeStatus to) {
    return NEXT.get(from).contains(to);
  }

  /** The statuses from which a trade may move to {@code to}, in lifecycle order. */
  public static Set<TradeStatus> from(TradeStatus to) {
    EnumSet<TradeStatus> from = EnumSet.noneOf(TradeStatus.class);
    NEXT.forEach(
        (status, next) -> {
          if (next.contains(to)) {
            from.add(status);
          }
        });
    return from;
  }

  /**
   * True while a trade's terms may still be amended: until it settles, fails or is cancelled (a
   * failed trade settles late as it stands).
   */
  public static boolean isAmendable(TradeStatus status) {
    return !isFinal(status) && status != TradeStatus.FAILED;
  }

  /**
   * Throws unless {@code trade} may move to {@code to}; the message says what it may do instead.
   */
  public static void require(Trade trade, TradeStatus to) {
    if (!allows(trade.status(), to)) {
      Set<TradeStatus> next = NEXT.get(trade.status());
      throw new IllegalStateException(
          "Trade "
              + trade.id()
              + " is "
              + trade.status()
              + " and cannot become "
              + to
              + (next.isEmpty()
                  ? "; it is final."
                  : "; from " + trade.status() + " it can become " + next + "."));
    }
  }

  /** True once the broker has confirmed it: changes then need a second person. */
  public static boolean isConfirmed(TradeStatus status) {
    return status == TradeStatus.CONFIRMED || status == TradeStatus.AFFIRMED;
  }

  /**
   * True when {@code to} is a settlement outcome (SETTLED or FAILED), which waits for the
   * settlement date.
   */
  public static boolean isSettlementOutcome(TradeStatus to) {
    return to == TradeStatus.SETTLED || to == TradeStatus.FAILED;
  }

  /**
   * True once {@code businessDate} has reached the trade's settlement date: it may settle or fail.
   */
  public static boolean settlementDue(Trade trade, LocalDate businessDate) {
    return !businessDate.isBefore(trade.settlementDate());
  }

  /** True when nothing can change it any more. */
  public static boolean isFinal(TradeStatus status) {
    return NEXT.get(status).isEmpty();
  }
}
