package com.tickmark.model.settlement.status;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.json.Json;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.refdata.SettlementDateCalculator;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.time.BusinessDateProvider;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.tx.Transactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The fails list: every trade a custodian's status file reported FAILED, or SETTLED or PARTIALLY
 * SETTLED after its intended date, with its reason, its age in business days past the intended
 * settlement date (counted on the calendars of the instrument's settlement convention, those of its
 * place of settlement), its owner and comment. A fail is OPEN until its settlement records add up
 * to the trade's quantity, then RESOLVED with its final age. Assigning a fail is audited.
 */
public final class SettlementFails {
  public static final String ENTITY = "SettlementFail";

  /** The current version of a trade. */
  @FunctionalInterface
  public interface Trades {
    Optional<Trade> find(TradeId id);
  }

  private final SettlementStatusStore store;
  private final Trades trades;
  private final ReferenceDataStore referenceData;
  private final Predicate<String> userExists;
  private final Supplier<List<String>> owners;
  private final AuditTrail audit;
  private final Transactions tx;
  private final Clock clock;
  private final BusinessDateProvider businessDate;

  public SettlementFails(
      SettlementStatusStore store,
      Trades trades,
      ReferenceDataStore referenceData,
      Predicate<String> userExists,
      Supplier<List<String>> owners,
      AuditTrail audit,
      Transactions tx,
      Clock clock,
      BusinessDateProvider businessDate) {
    this.store = store;
    this.trades = trades;
    this.referenceData = referenceData;
    this.userExists = userExists;
    this.owners = owners;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
    this.businessDate = businessDate;
  }

  /**
   * The fails known by the close of {@code date}: the open ones, and with {@code all} the resolved
   * ones too; by intended settlement date, then trade.
   */
  public List<SettlementFail> asOf(Actor actor, LocalDate date, boolean all) {
    actor.require(Permission.VIEW_DATA);
    Map<TradeId, String> reasons = new LinkedHashMap<>();
    Map<TradeId, LocalDate> reasonDates = new HashMap<>();
    Map<TradeId, String> sources = new HashMap<>();
    for (StatusLine l : store.failLines(date)) {
      reasons.putIfAbsent(l.trade(), "");
      sources.putIfAbsent(l.trade(), l.source());
      if (l.status() == StatusCode.FAILED) {
        LocalDate seen = reasonDates.get(l.trade());
        if (seen == null || !l.statementDate().isBefore(seen)) {
          reasons.put(l.trade(), l.reasonCode());
          reasonDates.put(l.trade(), l.statementDate());
          sources.put(l.trade(), l.source());
        }
      }
    }
    if (reasons.isEmpty()) {
      return List.of();
    }
    Map<TradeId, List<SettledPart>> parts =
        store.parts(reasons.keySet()).stream().collect(Collectors.groupingBy(SettledPart::trade));
    Map<TradeId, FailNote> notes = store.notes();
    Map<InstrumentId, Instrument> instruments =
        referenceData.instruments().stream()
            .collect(Collectors.toMap(Instrument::id, Function.identity()));
    SettlementDateCalculator calendars = new SettlementDateCalculator(referenceData.calendars());
    List<SettlementFail> fails = new ArrayList<>();
    reasons.forEach(
        (id, reason) -> {
          Trade trade = trades.find(id).orElse(null);
          if (trade == null) {
            return;
          }
          BigDecimal settled = BigDecimal.ZERO;
          LocalDate last = null;
          for (SettledPart p : parts.getOrDefault(id, List.of())) {
            if (!p.settledOn().isAfter(date)) {
              settled = settled.add(p.quantity());
              last = last == null || p.settledOn().isAfter(last) ? p.settledOn() : last;
            }
          }
          boolean resolved = settled.compareTo(trade.quantity()) >= 0;
          if (resolved && !all) {
            return;
          }
          LocalDate intended = trade.settlementDate();
          int age =
              calendars.businessDaysAfter(
                  instruments.get(trade.instrumentId()).settlement().calendars(),
                  intended,
                  resolved ? last : date);
          fails.add(
              new SettlementFail(
                  trade,
                  intended,
                  reason,
                  age,
                  resolved ? SettlementFail.FailState.RESOLVED : SettlementFail.FailState.OPEN,
                  resolved ? last : null,
                  settled,
                  sources.get(id),
                  notes.get(id)));
        });
    fails.sort(
        Comparator.comparing(SettlementFail::intendedDate)
            .thenComparing(f -> f.trade().id().value()));
    return fails;
  }

  /** Who may be made the owner of a fail: the firm's enabled users, by username. */
  public List<String> owners(Actor actor) {
    actor.require(Permission.WORK_SETTLEMENTS);
    return owners.get();
  }

  /**
   * Makes {@code owner} the owner of the fail of {@code trade}, with a comment; audited.
   *
   * @throws IllegalArgumentException the owner is not a user, or the trade is not a fail
   */
  public FailNote assign(Actor actor, TradeId trade, String owner, String comment) {
    actor.require(Permission.WORK_SETTLEMENTS);
    String who = owner == null ? "" : owner.trim();
    if (who.isEmpty() || !userExists.test(who)) {
      throw new IllegalArgumentException(
          "There is no user '" + who + "' to own the fail of " + trade.display() + ".");
    }
    LocalDate today = businessDate.businessDate();
    if (asOf(actor, today, true).stream().noneMatch(f -> f.trade().id().equals(trade))) {
      throw new IllegalArgumentException(
          trade.display()
              + " is not a settlement fail (no custodian has reported it failed or settled late"
              + " by "
              + today
              + ").");
    }
    FailNote before = store.notes().get(trade);
    FailNote note =
        new FailNote(
            trade,
            who,
            comment == null ? "" : comment.trim(),
            actor.username(),
            clock.instant().truncatedTo(ChronoUnit.MICROS));
    tx.run(
        () -> {
          store.insertNote(note);
          audit.append(
              new AuditEvent(
                  actor.username(),
                  note.notedAt(),
                  ENTITY,
                  trade.display(),
                  AuditAction.AMEND,
                  before == null ? "" : json(before),
                  json(note),
                  "settlement fail assigned to " + who));
        });
    return note;
  }

  private record NoteJson(String owner, String comment) {}

  private static String json(FailNote note) {
    return Json.write(new NoteJson(note.owner(), note.comment()));
  }
}
