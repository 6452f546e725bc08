package com.tickmark.model.settlement.penalty;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.json.Json;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.time.BusinessDateProvider;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.tx.Transactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which CSDR penalties an accountant has marked booked (the ledger posts them): a month at a time,
 * once the month is over, or one penalty. A booking is appended, never changed or removed, and
 * audited; a penalty whose amount changed after it was booked (a later price or status file) keeps
 * its booking and shows the difference.
 *
 * <p>A month is booked only once it is over (the business date is past its last day): until then
 * its penalties still accrue, and the CSD nets and reports them for the whole month. There is no
 * unbooking: what is booked is what the ledger posts, and a change shows as a difference to post.
 */
public final class PenaltyBookingService {
  public static final String ENTITY = "CsdrPenalty";

  /** The penalties of a period, as {@link PenaltyService#between} charges them. */
  @FunctionalInterface
  public interface Penalties {
    PenaltyRun between(Actor actor, LocalDate from, LocalDate through);
  }

  /**
   * The penalties of a period, each with its booking.
   *
   * @param withdrawn bookings of the period whose penalty is no longer charged (a later status file
   *     settled the trade earlier, say): the whole booked amount is the difference
   * @param problems the fail days that could not be charged, each as a sentence
   */
  public record Book(
      List<BookedPenalty> penalties, List<PenaltyBooking> withdrawn, List<String> problems) {
    public Book {
      penalties = List.copyOf(penalties);
      withdrawn = List.copyOf(withdrawn);
      problems = List.copyOf(problems);
    }
  }

  /**
   * What one booking did.
   *
   * @param booked the penalties it booked, as charged now
   * @param bookedBefore how many of the penalties asked for were booked already (left as they are)
   * @param changed those booked before whose amount has changed since
   * @param problems the fail days that could not be charged, so were not booked
   */
  public record Booked(
      List<Penalty> booked, int bookedBefore, List<BookedPenalty> changed, List<String> problems) {
    public Booked {
      booked = List.copyOf(booked);
      changed = List.copyOf(changed);
      problems = List.copyOf(problems);
    }

    /** What it booked per currency and direction. */
    public List<PenaltySum> totals() {
      return PenaltySum.of(booked);
    }
  }

  private final Penalties penalties;
  private final PenaltyBookingStore store;
  private final AuditTrail audit;
  private final Transactions tx;
  private final Clock clock;
  private final BusinessDateProvider businessDate;

  public PenaltyBookingService(
      Penalties penalties,
      PenaltyBookingStore store,
      AuditTrail audit,
      Transactions tx,
      Clock clock,
      BusinessDateProvider businessDate) {
    this.penalties = penalties;
    this.store = store;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
    this.businessDate = businessDate;
  }

  /** The penalties of the days from {@code from} to {@code to}, each with its booking. */
  public Book between(Actor actor, LocalDate from, LocalDate to) {
    PenaltyRun run = penalties.between(actor, from, to);
    Map<PenaltyKey, PenaltyBooking> bookings = bookings(from, to);
    Set<PenaltyKey> charged = new HashSet<>();
    List<BookedPenalty> lines =
        run.penalties().stream()
            .map(
                p -> {
                  charged.add(p.key());
                  return new BookedPenalty(p, Optional.ofNullable(bookings.get(p.key())));
                })
            .toList();
    List<PenaltyBooking> withdrawn =
        bookings.values().stream()
            .filter(b -> !charged.contains(b.key()))
            .sorted(
                Comparator.comparing((PenaltyBooking b) -> b.key().date())
                    .thenComparing(b -> b.key().trade().value()))
            .toList();
    return new Book(lines, withdrawn, run.problems());
  }

  /**
   * Books every penalty of {@code month} not booked yet; audited, one record per penalty.
   *
   * @throws IllegalArgumentException the month is not over
   */
  public Booked bookMonth(Actor actor, YearMonth month) {
    actor.require(Permission.BOOK_PENALTIES);
    LocalDate today = businessDate.businessDate();
    if (!month.atEndOfMonth().isBefore(today)) {
      throw new IllegalArgumentException(
          month
              + " is not over (the business date is "
              + today
              + "): its penalties still accrue, and the CSD nets them for the whole month. Book it"
              + " once the business date is past "
              + month.atEndOfMonth()
              + ".");
    }
    return book(actor, month.atDay(1), month.atEndOfMonth(), p -> true);
  }

  /**
   * Books the penalties of {@code trade} on {@code date} (one, or two when both sides failed that
   * day) not booked yet; audited.
   *
   * @throws IllegalArgumentException the day is not over, or the trade draws no penalty that day
   */
  public Booked bookDay(Actor actor, TradeId trade, LocalDate date) {
    actor.require(Permission.BOOK_PENALTIES);
    LocalDate today = businessDate.businessDate();
    if (!date.isBefore(today)) {
      throw new IllegalArgumentException(
          "The penalties of "
              + date
              + " are not final before the business date has moved past it (it is "
              + today
              + ").");
    }
    Booked booked = book(actor, date, date, p -> p.trade().equals(trade));
    if (booked.booked().isEmpty() && booked.bookedBefore() == 0) {
      throw new IllegalArgumentException(
          trade.display() + " draws no CSDR penalty on " + date + ", so there is none to book.");
    }
    return booked;
  }

  private Booked book(Actor actor, LocalDate from, LocalDate to, Predicate<Penalty> which) {
    PenaltyRun run = penalties.between(actor, from, to);
    List<Penalty> asked = run.penalties().stream().filter(which).toList();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return tx.inTransaction(
        () -> {
          Map<PenaltyKey, PenaltyBooking> before = bookings(from, to);
          List<Penalty> fresh = asked.stream().filter(p -> !before.containsKey(p.key())).toList();
          List<BookedPenalty> changed =
              asked.stream()
                  .filter(p -> before.containsKey(p.key()))
                  .map(p -> new BookedPenalty(p, Optional.of(before.get(p.key()))))
                  .filter(BookedPenalty::changedSinceBooked)
                  .toList();
          List<PenaltyBooking> rows =
              fresh.stream()
                  .map(
                      p ->
                          new PenaltyBooking(
                              p.key(), p.amount(), p.currency(), actor.username(), now))
                  .toList();
          store.insert(rows);
          audit.appendAll(
              rows.stream()
                  .map(
                      b ->
                          new AuditEvent(
                              actor.username(),
                              now,
                              ENTITY,
                              b.key().display(),
                              AuditAction.CREATE,
                              "",
                              Json.write(
                                  new BookingJson(
                                      b.key().trade().display(),
                                      b.key().date().toString(),
                                      b.key().direction().name(),
                                      b.amount(),
                                      b.currency().code())),
                              "CSDR penalty booked"))
                  .toList());
          return new Booked(fresh, asked.size() - fresh.size(), changed, run.problems());
        });
  }

  private record BookingJson(
      String trade, String date, String direction, BigDecimal amount, String currency) {}

  private Map<PenaltyKey, PenaltyBooking> bookings(LocalDate from, LocalDate to) {
    Map<PenaltyKey, PenaltyBooking> byKey = new HashMap<>();
    store.between(from, to).forEach(b -> byKey.put(b.key(), b));
    return byKey;
  }
}
