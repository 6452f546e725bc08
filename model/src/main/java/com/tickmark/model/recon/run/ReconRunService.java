package com.tickmark.model.recon.run;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.json.Json;
import com.tickmark.model.marketdata.ReportingRates;
import com.tickmark.model.recon.match.Break;
import com.tickmark.model.recon.match.FieldDifference;
import com.tickmark.model.recon.match.ManualMatch;
import com.tickmark.model.recon.match.Match;
import com.tickmark.model.recon.match.MatchResult;
import com.tickmark.model.recon.match.MatchingEngine;
import com.tickmark.model.recon.match.PriorDecisions;
import com.tickmark.model.recon.match.Proposal;
import com.tickmark.model.recon.match.RecordIds;
import com.tickmark.model.recon.match.RejectedProposal;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.time.BusinessDateProvider;
import com.tickmark.model.tx.Transactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Runs the recons for a date: reads both sides, matches them with the {@link MatchingEngine}, and
 * keeps what came of it as breaks that people work. A break found again keeps its owner, reason and
 * comments; one a later run no longer finds is closed; a match inside a tolerance is kept with its
 * difference. Each run is audited.
 */
public final class ReconRunService {
  public static final String RUN_ENTITY = "ReconRun";
  public static final String DECISION_ENTITY = "ReconDecision";

  /** Reads one recon's sides for a date. */
  @FunctionalInterface
  public interface SidesReader {
    ReconSides read(Actor actor, Recon recon, LocalDate date);
  }

  private final ReconStore store;
  private final Supplier<List<Recon>> recons;
  private final SidesReader sides;
  private final Supplier<Predicate<LocalDate>> businessDays;
  private final AuditTrail audit;
  private final Transactions tx;
  private final Clock clock;
  private final BusinessDateProvider businessDate;
  private final Function<Actor, ReportingRates> reporting;

  /**
   * @param businessDays the firm's business days (read when a run starts, as the firm may change
   *     them): date windows and ages count them
   * @param reporting the firm's reporting currency and its rates, as the actor may read them
   */
  public ReconRunService(
      ReconStore store,
      Supplier<List<Recon>> recons,
      SidesReader sides,
      Supplier<Predicate<LocalDate>> businessDays,
      AuditTrail audit,
      Transactions tx,
      Clock clock,
      BusinessDateProvider businessDate,
      Function<Actor, ReportingRates> reporting) {
    this.store = store;
    this.recons = recons;
    this.sides = sides;
    this.businessDays = businessDays;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
    this.businessDate = businessDate;
    this.reporting = reporting;
  }

  /**
   * What breaks' amounts at stake are in the firm's reporting currency: converted at the close of
   * their run date (or the latest before it).
   */
  public ReportingRates reportingRates(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return reporting.apply(actor);
  }

  /** The recons the workspace runs, in the order they run. */
  public List<Recon> recons(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return recons.get();
  }

  /** The recon named {@code name}; refused with the names there are when there is none. */
  public Recon recon(Actor actor, String name) {
    return recons(actor).stream()
        .filter(r -> r.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "There is no recon '"
                        + name
                        + "'; there are "
                        + recons.get().stream().map(Recon::name).collect(Collectors.joining(", "))
                        + "."));
  }

  /**
   * Runs {@code recon} (every recon when empty) for {@code date}.
   *
   * @return one run per recon, in the order they ran
   */
  public List<ReconRun> run(Actor actor, Optional<String> recon, LocalDate date) {
    actor.require(Permission.WORK_RECONCILIATIONS);
    List<Recon> chosen = recon.map(n -> List.of(recon(actor, n))).orElseGet(recons);
    MatchingEngine engine = new MatchingEngine(businessDays.get());
    List<ReconRun> runs = new ArrayList<>();
    for (Recon r : chosen) {
      ReconSides read = sides.read(actor, r, date);
      MatchResult result =
          engine.run(
              r.definition(),
              read.ours(),
              read.theirs(),
              prior(store.decisions(r.name(), date), read));
      runs.add(tx.inTransaction(() -> keep(actor, r, date, read, result)));
    }
    return runs;
  }

  /**
   * What people decided for this recon and date, where every record of a decision is in the run (a
   * record gone since — a cancelled trade — leaves its decision unapplied): the manual matches (a
   * record in two keeps the first; one undone later is no longer kept) and the pairings rejected or
   * undone.
   */
  private static PriorDecisions prior(List<ManualDecision> decisions, ReconSides read) {
    if (decisions.isEmpty()) {
      return PriorDecisions.NONE;
    }
    Map<String, Long> ours = ids(read.ourInfo());
    Map<String, Long> theirs = ids(read.theirInfo());
    Map<List<Set<String>>, ManualMatch> matched = new LinkedHashMap<>();
    Set<RejectedProposal> rejected = new HashSet<>();
    for (ManualDecision d : decisions) {
      List<Long> o = d.ours().stream().map(ours::get).toList();
      List<Long> t = d.theirs().stream().map(theirs::get).toList();
      if (o.contains(null) || t.contains(null)) {
        continue;
      }
      RecordIds ourIds = RecordIds.of(o.stream().mapToLong(Long::longValue).toArray());
      RecordIds theirIds = RecordIds.of(t.stream().mapToLong(Long::longValue).toArray());
      List<Set<String>> pairing = List.of(Set.copyOf(d.ours()), Set.copyOf(d.theirs()));
      if (d.verdict() == ManualDecision.Verdict.MATCHED) {
        matched.put(pairing, new ManualMatch(ourIds, theirIds));
      } else {
        matched.remove(pairing);
        rejected.add(new RejectedProposal(ourIds, theirIds));
      }
    }
    Set<Long> usedOurs = new HashSet<>();
    Set<Long> usedTheirs = new HashSet<>();
    List<ManualMatch> kept = new ArrayList<>();
    for (ManualMatch m : matched.values()) {
      if (m.ours().stream().noneMatch(usedOurs::contains)
          && m.theirs().stream().noneMatch(usedTheirs::contains)) {
        m.ours().stream().forEach(usedOurs::add);
        m.theirs().stream().forEach(usedTheirs::add);
        kept.add(m);
      }
    }
    return new PriorDecisions(kept, rejected);
  }

  private static Map<String, Long> ids(Map<Long, RecordInfo> info) {
    Map<String, Long> byLabel = new HashMap<>();
    info.forEach((id, i) -> byLabel.put(i.label(), id));
    return byLabel;
  }

  /**
   * Matches by hand the records of {@code breakIds} — breaks still to work of one recon and run
   * date, with records on both sides between them (a block confirmation and its fills) — and runs
   * that recon for that date again, so that the breaks close and the match is kept, with its
   * differences, in this and every later run. Audited.
   */
  public ReconRun match(Actor actor, List<Long> breakIds, String comment) {
    actor.require(Permission.WORK_RECONCILIATIONS);
    List<ReconBreak> chosen =
        chosen(breakIds, b -> b.kind().isBreak() && b.state().isOpen(), "breaks still to work");
    ReconBreak first = chosen.get(0);
    if (chosen.stream()
        .anyMatch(b -> !b.recon().equals(first.recon()) || !b.runDate().equals(first.runDate()))) {
      throw new IllegalArgumentException(
          "Breaks of one recon and run date are matched together; these are of "
              + chosen.stream()
                  .map(b -> b.recon() + " " + b.runDate())
                  .distinct()
                  .collect(Collectors.joining(", "))
              + ".");
    }
    List<String> ours = labelsOf(chosen, ReconBreak::ours);
    List<String> theirs = labelsOf(chosen, ReconBreak::theirs);
    if (ours.isEmpty() || theirs.isEmpty()) {
      throw new IllegalArgumentException(
          "A match needs records on both sides: these breaks have "
              + (ours.isEmpty() ? "none of ours" : "none of theirs")
              + ".");
    }
    decide(actor, first, ManualDecision.Verdict.MATCHED, ours, theirs, comment);
    return run(actor, Optional.of(first.recon()), first.runDate()).get(0);
  }

  /**
   * Accepts the proposed matches {@code proposalIds}: their records are matched as a person's match
   * in this and every later run. Each recon and date concerned runs again. Audited.
   *
   * @return the runs made again, one per recon and date
   */
  public List<ReconRun> accept(Actor actor, List<Long> proposalIds, String comment) {
    return review(actor, proposalIds, ManualDecision.Verdict.MATCHED, comment);
  }

  /**
   * Rejects the proposed matches {@code proposalIds}: no later run proposes or matches those
   * records together again, so they become breaks unless another pass pairs them otherwise. Each
   * recon and date concerned runs again. Audited.
   *
   * @return the runs made again, one per recon and date
   */
  public List<ReconRun> reject(Actor actor, List<Long> proposalIds, String comment) {
    return review(actor, proposalIds, ManualDecision.Verdict.REJECTED, comment);
  }

  /**
   * Undoes the matches {@code matchIds} (kept with a difference: made by a pass, by hand, or a
   * proposal accepted): no later run pairs those records together again, so they become the breaks
   * they are unless another pass pairs them otherwise. Each is taken on the version listed, so a
   * second clerk undoing the same match is told who did it first. Each recon and date concerned
   * runs again. Audited.
   *
   * @return the runs made again, one per recon and date
   */
  public List<ReconRun> unmatch(Actor actor, List<Long> matchIds, String comment) {
    actor.require(Permission.WORK_RECONCILIATIONS);
    List<ReconBreak> chosen =
        chosen(
            matchIds,
            b -> b.kind() == BreakKind.MATCHED_WITH_DIFFERENCE,
            "matches (kind MATCHED_WITH_DIFFERENCE)");
    Map<String, ReconBreak> runsAgain = new LinkedHashMap<>();
    tx.run(
        () -> {
          for (ReconBreak m : chosen) {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            ReconBreak undone =
                m.worked(m.state(), m.owner(), m.reason(), m.comment(), actor.username(), now);
            if (!store.update(undone, m.version())) {
              throw BreakWork.stale(store.find(m.id()).orElse(m));
            }
            decide(
                actor,
                m,
                ManualDecision.Verdict.UNMATCHED,
                List.of(m.ours().split(",")),
                List.of(m.theirs().split(",")),
                comment);
            runsAgain.putIfAbsent(m.recon() + "|" + m.runDate(), m);
          }
        });
    return runsAgain.values().stream()
        .map(m -> run(actor, Optional.of(m.recon()), m.runDate()).get(0))
        .toList();
  }

  private List<ReconRun> review(
      Actor actor, List<Long> proposalIds, ManualDecision.Verdict verdict, String comment) {
    actor.require(Permission.WORK_RECONCILIATIONS);
    List<ReconBreak> chosen =
        chosen(
            proposalIds,
            b -> b.kind() == BreakKind.PROPOSED_MATCH && b.state().isOpen(),
            "proposed matches waiting for review");
    Map<String, ReconBreak> runsAgain = new LinkedHashMap<>();
    for (ReconBreak p : chosen) {
      decide(
          actor, p, verdict, List.of(p.ours().split(",")), List.of(p.theirs().split(",")), comment);
      runsAgain.putIfAbsent(p.recon() + "|" + p.runDate(), p);
    }
    return runsAgain.values().stream()
        .map(p -> run(actor, Optional.of(p.recon()), p.runDate()).get(0))
        .toList();
  }

  /** The breaks {@code ids}, each of them {@code fit}; refused naming the first that is not. */
  private List<ReconBreak> chosen(List<Long> ids, Predicate<ReconBreak> fit, String what) {
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("Name the " + what + ".");
    }
    List<ReconBreak> chosen = new ArrayList<>();
    for (long id : new LinkedHashSet<>(ids)) {
      ReconBreak b =
          store
              .find(id)
              .orElseThrow(() -> new IllegalArgumentException("There is no break " + id + "."));
      if (!fit.test(b)) {
        throw new IllegalStateException(
            "Break "
                + id
                + " is "
                + (b.kind().isBreak() ? "" : b.kind() + ", ")
                + b.state()
                + ": only "
                + what
                + " are taken.");
      }
      chosen.add(b);
    }
    return chosen;
  }

  /** Keeps a person's decision about records of {@code of}'s recon and run date, audited. */
  private void decide(
      Actor actor,
      ReconBreak of,
      ManualDecision.Verdict verdict,
      List<String> ours,
      List<String> theirs,
      String comment) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    ManualDecision decision =
        new ManualDecision(
            store.nextDecisionId(),
            of.recon(),
            of.runDate(),
            verdict,
            ours,
            theirs,
            comment == null ? "" : comment.trim(),
            actor.username(),
            now);
    String said =
        switch (verdict) {
          case MATCHED ->
              of.kind() == BreakKind.PROPOSED_MATCH
                  ? "proposed match accepted (" + of.pass() + "): "
                  : "records matched by hand: ";
          case REJECTED -> "proposed match rejected (" + of.pass() + "): ";
          case UNMATCHED -> "match undone (" + of.pass() + "): ";
        };
    tx.run(
        () -> {
          store.insertDecision(decision);
          audit.append(
              new AuditEvent(
                  actor.username(),
                  now,
                  DECISION_ENTITY,
                  Long.toString(decision.id()),
                  AuditAction.CREATE,
                  "",
                  Json.write(decision),
                  said + String.join(", ", ours) + " with " + String.join(", ", theirs)));
        });
  }

  private static List<String> labelsOf(List<ReconBreak> breaks, Function<ReconBreak, String> side) {
    return breaks.stream()
        .map(side)
        .filter(s -> !s.isEmpty())
        .flatMap(s -> Arrays.stream(s.split(",")))
        .distinct()
        .toList();
  }

  /** The runs, of one recon when given, newest first. */
  public List<ReconRun> runs(Actor actor, Optional<String> recon) {
    actor.require(Permission.VIEW_DATA);
    return store.runs(recon);
  }

  /** The breaks and matches with a difference, of one recon when given, by run date then id. */
  public List<ReconBreak> breaks(Actor actor, Optional<String> recon) {
    actor.require(Permission.VIEW_DATA);
    return store.breaks(recon);
  }

  /**
   * The firm's business days from {@code from} to {@code to}; {@code to} itself always (a run may
   * be asked for any date).
   */
  public List<LocalDate> businessDays(LocalDate from, LocalDate to) {
    Predicate<LocalDate> businessDay = businessDays.get();
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
      if (businessDay.test(d)) {
        days.add(d);
      }
    }
    days.add(to);
    return days;
  }

  /** How many business days old each break is: from the date it was run for to today's. */
  public ToIntFunction<ReconBreak> ages() {
    Predicate<LocalDate> businessDay = businessDays.get();
    LocalDate today = businessDate.businessDate();
    Map<LocalDate, Integer> byRunDate = new HashMap<>(); // breaks share a few run dates
    return b ->
        byRunDate.computeIfAbsent(
            b.runDate(),
            from -> {
              int days = 0;
              for (LocalDate d = from.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
                if (businessDay.test(d)) {
                  days++;
                }
              }
              return days;
            });
  }

  private ReconRun keep(
      Actor actor, Recon recon, LocalDate date, ReconSides read, MatchResult result) {
    long run = store.nextRunId();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    List<ReconBreak> found = found(recon, date, read, result, run, now, actor.username());
    Map<String, ReconBreak> earlier = new HashMap<>();
    store.breaksOf(recon.name(), date).forEach(b -> earlier.put(b.identity(), b));
    List<ReconBreak> inserted = new ArrayList<>();
    List<ReconBreak> updated = new ArrayList<>();
    long next = store.nextBreakId();
    int opened = 0;
    for (ReconBreak f : found) {
      ReconBreak before = earlier.remove(f.identity());
      if (before == null) {
        inserted.add(f.withId(next++));
        opened += f.kind().isBreak() ? 1 : 0;
      } else {
        BreakState state =
            switch (before.state()) {
              case CLOSED, RESOLVED ->
                  f.kind() == BreakKind.MATCHED_WITH_DIFFERENCE
                      ? BreakState.CLOSED
                      : BreakState.OPEN;
              default -> before.state();
            };
        updated.add(before.foundAgain(f, state, run));
      }
    }
    List<Long> stale = new ArrayList<>();
    int closed = 0;
    for (ReconBreak gone : earlier.values()) {
      if (!gone.kind().isBreak()) {
        stale.add(gone.id()); // no longer a match with a difference: nothing to keep
      } else if (gone.state() != BreakState.CLOSED) {
        updated.add(
            gone.worked(
                BreakState.CLOSED,
                gone.owner(),
                gone.reason(),
                gone.comment(),
                actor.username(),
                now));
        closed++;
      }
    }
    store.insertBreaks(inserted);
    store.updateBreaks(updated);
    store.deleteBreaks(stale);
    int breaks = (int) found.stream().filter(b -> b.kind().isBreak()).count();
    ReconRun r =
        new ReconRun(
            run,
            recon.name(),
            date,
            actor.username(),
            now,
            read.ours().size(),
            read.theirs().size(),
            (int) result.matchedOurs().count(),
            (int) result.matches().stream().filter(m -> m.explanation().hasDifferences()).count(),
            result.proposals().size(),
            breaks,
            opened,
            closed);
    store.insertRun(r);
    audit.append(
        new AuditEvent(
            actor.username(),
            now,
            RUN_ENTITY,
            Long.toString(run),
            AuditAction.CREATE,
            "",
            Json.write(r),
            "recon " + recon.name() + " run for " + date));
    return r;
  }

  /** What the run found, as breaks not yet stored (id 0). */
  private List<ReconBreak> found(
      Recon recon,
      LocalDate date,
      ReconSides read,
      MatchResult result,
      long run,
      Instant now,
      String by) {
    List<ReconBreak> found = new ArrayList<>();
    for (Break b : result.breaks()) {
      List<RecordInfo> ours = infos(b.ours(), read.ourInfo());
      List<RecordInfo> theirs = infos(b.theirs(), read.theirInfo());
      BreakKind kind =
          switch (b.kind()) {
            case MISSING_THEIRS -> BreakKind.MISSING_THEIRS;
            case MISSING_OURS ->
                theirs.stream().allMatch(RecordInfo::known)
                    ? BreakKind.MISSING_OURS
                    : BreakKind.UNEXPECTED;
            case FIELD_MISMATCH -> BreakKind.FIELD_MISMATCH;
            case DUPLICATE_THEIRS -> BreakKind.DUPLICATE_THEIRS;
          };
      found.add(
          made(
              recon,
              date,
              kind,
              ours,
              theirs,
              b.fields(),
              b.differences(),
              b.pass(),
              run,
              now,
              by));
    }
    for (Proposal p : result.proposals()) {
      found.add(
          made(
              recon,
              date,
              BreakKind.PROPOSED_MATCH,
              infos(p.ours(), read.ourInfo()),
              infos(p.theirs(), read.theirInfo()),
              p.explanation().differences().stream().map(FieldDifference::field).toList(),
              p.explanation().differences(),
              p.explanation().pass(),
              run,
              now,
              by));
    }
    for (Match m : result.matches()) {
      if (m.explanation().hasDifferences()) {
        found.add(
            made(
                recon,
                date,
                BreakKind.MATCHED_WITH_DIFFERENCE,
                infos(m.ours(), read.ourInfo()),
                infos(m.theirs(), read.theirInfo()),
                m.explanation().differences().stream().map(FieldDifference::field).toList(),
                m.explanation().differences(),
                m.explanation().pass(),
                run,
                now,
                by));
      }
    }
    for (ReconSides.Discontinuity d : read.discontinuities()) {
      RecordInfo s = d.statement();
      found.add(
          new ReconBreak(
              0,
              recon.name(),
              date,
              BreakKind.BALANCE_DISCONTINUITY,
              BreakKind.BALANCE_DISCONTINUITY + "||" + s.label(),
              s.reference(),
              s.sourceFile(),
              s.sourceLine(),
              "",
              s.label(),
              "",
              d.message(),
              List.of(),
              "",
              s.amount(),
              s.currency(),
              BreakState.OPEN,
              "",
              "",
              "",
              run,
              run,
              0,
              by,
              now));
    }
    return found;
  }

  private static List<RecordInfo> infos(RecordIds ids, Map<Long, RecordInfo> info) {
    return ids.stream().mapToObj(info::get).toList();
  }

  private static ReconBreak made(
      Recon recon,
      LocalDate date,
      BreakKind kind,
      List<RecordInfo> ours,
      List<RecordInfo> theirs,
      List<String> fields,
      List<FieldDifference> differences,
      String pass,
      long run,
      Instant now,
      String by) {
    RecordInfo first = theirs.isEmpty() ? ours.get(0) : theirs.get(0);
    return new ReconBreak(
        0,
        recon.name(),
        date,
        kind,
        kind + "|" + labels(ours) + "|" + labels(theirs),
        first.reference(),
        theirs.isEmpty() ? "" : first.sourceFile(),
        theirs.isEmpty() ? 0 : first.sourceLine(),
        labels(ours),
        labels(theirs),
        String.join(",", fields),
        describe(differences),
        differences.stream().map(ReconRunService::kept).toList(),
        pass == null ? "" : pass,
        atStake(recon, kind, ours, theirs, differences),
        first.currency(),
        kind == BreakKind.MATCHED_WITH_DIFFERENCE ? BreakState.CLOSED : BreakState.OPEN,
        "",
        "",
        "",
        run,
        run,
        0,
        by,
        now);
  }

  /**
   * A mismatch or a match with a difference: the difference in the stake field, at the records'
   * unit value (zero when that field agrees); a record standing alone: its whole amount.
   */
  private static BigDecimal atStake(
      Recon recon,
      BreakKind kind,
      List<RecordInfo> ours,
      List<RecordInfo> theirs,
      List<FieldDifference> differences) {
    if (kind == BreakKind.FIELD_MISMATCH || kind == BreakKind.MATCHED_WITH_DIFFERENCE) {
      RecordInfo unit = ours.isEmpty() ? theirs.get(0) : ours.get(0);
      return differences.stream()
          .filter(d -> d.field().equals(recon.stakeField()) && d.difference() != null)
          .map(d -> d.difference().abs().multiply(unit.unitValue()))
          .findFirst()
          .orElse(BigDecimal.ZERO);
    }
    return (ours.isEmpty() ? theirs : ours)
        .stream().map(RecordInfo::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static String labels(List<RecordInfo> infos) {
    return infos.stream().map(RecordInfo::label).collect(Collectors.joining(","));
  }

  /** Each difference as people read it: {@code price 193.63 → 193.6299 (-0.0001)}. */
  private static String describe(List<FieldDifference> differences) {
    return differences.stream()
        .map(
            d ->
                d.field()
                    + " "
                    + text(d.ours())
                    + " → "
                    + text(d.theirs())
                    + (d.difference() == null
                        ? ""
                        : " (" + d.difference().stripTrailingZeros().toPlainString() + ")")
                    + (d.withinTolerance() ? " within tolerance" : ""))
        .collect(Collectors.joining("; "));
  }

  private static BreakDifference kept(FieldDifference d) {
    return new BreakDifference(
        d.field(),
        text(d.ours()),
        text(d.theirs()),
        d.difference() == null ? "" : d.difference().stripTrailingZeros().toPlainString(),
        d.withinTolerance());
  }

  private static String text(Object value) {
    if (value == null) {
      return "none";
    }
    return value instanceof BigDecimal b
        ? b.stripTrailingZeros().toPlainString()
        : value.toString();
  }
}
