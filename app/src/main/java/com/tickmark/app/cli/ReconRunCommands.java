package com.tickmark.app.cli;

import com.tickmark.app.recon.ReconServices;
import com.tickmark.model.marketdata.ReportingRates;
import com.tickmark.model.recon.match.MatchingPass;
import com.tickmark.model.recon.match.Tolerance;
import com.tickmark.model.recon.run.BreakKind;
import com.tickmark.model.recon.run.BreakState;
import com.tickmark.model.recon.run.BreakWork;
import com.tickmark.model.recon.run.Recon;
import com.tickmark.model.recon.run.ReconBreak;
import com.tickmark.model.recon.run.ReconRun;
import com.tickmark.model.recon.run.ReconRunService;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.security.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tickmark recon list|run|breaks}, the break actions ({@code assign}, {@code comment},
 * {@code resolve}, {@code write-off}, {@code reopen}), and matching by hand, reviewing proposals
 * and undoing matches ({@code match}, {@code accept}, {@code reject}, {@code unmatch}).
 */
final class ReconRunCommands {
  /** The columns first (a contract), then the rest. */
  static final List<String> BREAK_COLUMNS =
      List.of(
          "recon",
          "break_id",
          "kind",
          "state",
          "reference",
          "source_file",
          "source_line",
          "fields",
          "amount",
          "currency",
          "age_business_days",
          "run_date",
          "owner",
          "reason",
          "comment",
          "ours",
          "theirs",
          "pass",
          "detail",
          "version",
          "amount_reporting",
          "reporting_currency");

  static final List<String> RUN_COLUMNS =
      List.of(
          "recon",
          "run_date",
          "ours",
          "theirs",
          "matched",
          "with_difference",
          "proposed",
          "breaks",
          "opened",
          "closed",
          "match_rate");

  private ReconRunCommands() {}

  private static ReconServices recon(Session session) {
    return session.services().area(ReconServices.class);
  }

  /** {@code tickmark recon list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description =
          "Lists the recons the workspace runs: their sides, matching passes (keys, cardinality,"
              + " tolerances) and write-off limit.")
  static final class ListRecons implements Callable<Integer> {
    @ParentCommand ReconCommand parent;

    @Mixin FormatOption output;

    @Override
    public Integer call() {
      TickmarkCommand root = parent.root;
      try (Session session = Session.openToRead(root)) {
        Actor actor = session.signIn();
        List<List<String>> rows = new ArrayList<>();
        for (Recon r : recon(session).runs().recons(actor)) {
          rows.add(
              List.of(
                  r.name(),
                  r.title(),
                  r.definition().ours(),
                  r.definition().theirs(),
                  r.definition().passes().stream()
                      .map(ListRecons::describe)
                      .collect(Collectors.joining("; ")),
                  r.writeOffLimit().toPlainString()));
        }
        ListOutput.print(
            root.out,
            output.format,
            List.of("recon", "title", "ours", "theirs", "passes", "write_off_limit"),
            rows);
      }
      return TickmarkCommand.OK;
    }

    private static String describe(MatchingPass p) {
      return p.name()
          + " ("
          + p.cardinality().name().toLowerCase(Locale.ROOT).replace('_', ' ')
          + " on "
          + String.join("+", p.keys())
          + (p.tolerances().isEmpty()
              ? ""
              : ", tolerances "
                  + p.tolerances().stream()
                      .map(ListRecons::tolerance)
                      .collect(Collectors.joining(", ")))
          + (p.mode().name().equals("PROPOSE") ? ", proposes" : "")
          + ")";
    }

    private static String tolerance(Tolerance t) {
      if (t instanceof Tolerance.DateWindow w) {
        return w.field() + " ±" + w.businessDays() + " business day(s)";
      }
      var n = (Tolerance.Numeric) t;
      List<String> bounds = new ArrayList<>();
      if (n.absolute() != null) {
        bounds.add(n.absolute().toPlainString());
      }
      if (n.relative() != null) {
        bounds.add(n.relative().toPlainString() + " relative");
      }
      return n.field() + " " + String.join(" or ", bounds);
    }
  }

  /** {@code tickmark recon run [--recon NAME] [--date D]}. */
  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description =
          "Runs the recons (or one) for a date: matches our records against the outside world's"
              + " and keeps the breaks; a break a run no longer finds is closed.")
  static final class Run implements Callable<Integer> {
    @ParentCommand ReconCommand parent;

    @Option(names = "--recon", paramLabel = "NAME", description = "Only this recon.")
    String recon;

    @Option(
        names = "--date",
        paramLabel = "YYYY-MM-DD",
        description = "The date to reconcile (default: the business date).")
    LocalDate date;

    @Option(
        names = "--from",
        paramLabel = "YYYY-MM-DD",
        description =
            "Also every business day from this one up to --date, oldest first (catching up).")
    LocalDate from;

    @Mixin FormatOption output;

    @Override
    public Integer call() {
      TickmarkCommand root = parent.root;
      try (Session session = Session.open(root)) {
        Actor actor = session.signIn();
        LocalDate to = date != null ? date : session.services().businessDate().businessDate();
        if (from != null && from.isAfter(to)) {
          throw new IllegalArgumentException(
              "--from " + from + " is after the date to reconcile, " + to + ".");
        }
        ReconRunService service = recon(session).runs();
        List<ReconRun> runs = new ArrayList<>();
        for (LocalDate on : service.businessDays(from == null ? to : from, to)) {
          runs.addAll(service.run(actor, Optional.ofNullable(recon), on));
        }
        ListOutput.print(
            root.out,
            output.format,
            RUN_COLUMNS,
            runs.stream()
                .map(
                    r ->
                        List.of(
                            r.recon(),
                            r.runDate().toString(),
                            Integer.toString(r.ours()),
                            Integer.toString(r.theirs()),
                            Integer.toString(r.matched()),
                            Integer.toString(r.withDifference()),
                            Integer.toString(r.proposed()),
                            Integer.toString(r.breaks()),
                            Integer.toString(r.opened()),
                            Integer.toString(r.closed()),
                            String.format(Locale.ROOT, "%.4f", r.matchRate())))
                .toList());
      }
      return TickmarkCommand.OK;
    }
  }

  /** {@code tickmark recon breaks [--recon NAME] [--state S] [--all]}. */
  @Command(
      name = "breaks",
      mixinStandardHelpOptions = true,
      description = {
        "Lists the breaks still to work (OPEN or INVESTIGATING), oldest run first: kind, state,"
            + " the reference the outside record carries, its file (relative to the inbox) and"
            + " line, the fields that differ, the amount at stake and the age in business days.",
        "--state: only breaks in that state; --proposals: only the proposed matches waiting for"
            + " review (kind PROPOSED_MATCH); --all: every break, the proposals, and the matches"
            + " recorded with a difference inside tolerance (kind MATCHED_WITH_DIFFERENCE)."
      })
  static final class Breaks implements Callable<Integer> {
    @ParentCommand ReconCommand parent;

    @Option(names = "--recon", paramLabel = "NAME", description = "Only this recon.")
    String recon;

    @Option(
        names = "--state",
        paramLabel = "STATE",
        description = "OPEN, INVESTIGATING, RESOLVED, WRITTEN_OFF or CLOSED.")
    BreakState state;

    @Option(
        names = "--all",
        description = "Every break, proposed match and match with a difference.")
    boolean all;

    @Option(names = "--proposals", description = "The proposed matches waiting for review.")
    boolean proposals;

    @Mixin FormatOption output;

    @Override
    public Integer call() {
      TickmarkCommand root = parent.root;
      try (Session session = Session.openToRead(root)) {
        Actor actor = session.signIn();
        ReconRunService runs = recon(session).runs();
        if (recon != null) {
          runs.recon(actor, recon);
        }
        ToIntFunction<ReconBreak> ages = runs.ages();
        ReportingRates rates = runs.reportingRates(actor);
        List<List<String>> rows =
            runs.breaks(actor, Optional.ofNullable(recon)).stream()
                .filter(
                    b ->
                        proposals
                            ? b.kind() == BreakKind.PROPOSED_MATCH && b.state().isOpen()
                            : state != null
                                ? b.state() == state && b.kind().isBreak()
                                : all || (b.kind().isBreak() && b.state().isOpen()))
                .map(b -> row(b, ages.applyAsInt(b), rates))
                .toList();
        ListOutput.print(root.out, output.format, BREAK_COLUMNS, rows);
      }
      return TickmarkCommand.OK;
    }
  }

  static List<String> row(ReconBreak b, int age, ReportingRates rates) {
    BigDecimal reporting = rates.convert(b.amount(), new CurrencyCode(b.currency()), b.runDate());
    return List.of(
        b.recon(),
        Long.toString(b.id()),
        b.kind().name(),
        b.state().name(),
        b.reference(),
        b.sourceFile(),
        b.sourceLine() == 0 ? "" : Integer.toString(b.sourceLine()),
        b.fields(),
        ReconCommand.amount(b.amount()),
        b.currency(),
        b.kind() == BreakKind.MATCHED_WITH_DIFFERENCE ? "" : Integer.toString(age),
        b.runDate().toString(),
        b.owner(),
        b.reason(),
        b.comment(),
        b.ours(),
        b.theirs(),
        b.pass(),
        b.detail(),
        Integer.toString(b.version()),
        reporting == null ? "" : ReconCommand.amount(reporting),
        rates.reportingCurrency().code());
  }

  /** What every break action takes: the break, and the version it was decided on. */
  abstract static class Action implements Callable<Integer> {
    @ParentCommand ReconCommand parent;

    @Parameters(paramLabel = "BREAK_ID", description = "The break (recon breaks lists them).")
    long id;

    @Option(
        names = "--version",
        paramLabel = "N",
        description =
            "The version of the break you decided on (recon breaks shows it): refused if someone"
                + " changed it since.")
    Integer version;

    OptionalInt version() {
      return version == null ? OptionalInt.empty() : OptionalInt.of(version);
    }

    abstract String act(BreakWork work, Actor actor);

    @Override
    public Integer call() {
      TickmarkCommand root = parent.root;
      try (Session session = Session.open(root)) {
        root.out.println(act(recon(session).breaks(), session.signIn()));
      }
      return TickmarkCommand.OK;
    }

    static String said(ReconBreak b) {
      return "Break "
          + b.id()
          + " is "
          + b.state()
          + (b.owner().isEmpty() ? "" : ", owned by " + b.owner())
          + (b.reason().isEmpty() ? "" : ", reason " + b.reason())
          + " (version "
          + b.version()
          + ").";
    }
  }

  @Command(
      name = "match",
      mixinStandardHelpOptions = true,
      description =
          "Matches by hand the records of breaks of one recon and run date (a block"
              + " confirmation and its fills), then runs that recon for that date again: the"
              + " breaks close and every later run keeps the match, with its differences.")
  static final class Match implements Callable<Integer> {
    @ParentCommand ReconCommand parent;

    @Parameters(paramLabel = "BREAK_ID", arity = "2..*", description = "The breaks to match.")
    List<Long> ids;

    @Option(names = "--comment", paramLabel = "TEXT", description = "Why they belong together.")
    String comment;

    @Override
    public Integer call() {
      TickmarkCommand root = parent.root;
      try (Session session = Session.open(root)) {
        ReconRun r = recon(session).runs().match(session.signIn(), ids, comment);
        root.out.printf(
            Locale.ROOT,
            "Matched breaks %s by hand; %s for %s ran again: %d breaks, %d closed.%n",
            ids.stream().map(String::valueOf).collect(Collectors.joining(", ")),
            r.recon(),
            r.runDate(),
            r.breaks(),
            r.closed());
      }
      return TickmarkCommand.OK;
    }
  }

  /** Accepting or rejecting proposed matches. */
  abstract static class Review implements Callable<Integer> {
    @ParentCommand ReconCommand parent;

    @Parameters(
        paramLabel = "BREAK_ID",
        arity = "1..*",
        description = "The proposed matches (recon breaks --proposals lists them).")
    List<Long> ids;

    @Option(names = "--comment", paramLabel = "TEXT", description = "Why, for the audit trail.")
    String comment;

    abstract List<ReconRun> review(ReconRunService runs, Actor actor);

    abstract String verb();

    @Override
    public Integer call() {
      TickmarkCommand root = parent.root;
      try (Session session = Session.open(root)) {
        List<ReconRun> ran = review(recon(session).runs(), session.signIn());
        root.out.printf(Locale.ROOT, "%s proposed matches %s.%n", verb(), ranAgain(ids, ran));
      }
      return TickmarkCommand.OK;
    }
  }

  /** {@code 4, 7; ran again: cash-bank for 2025-11-20 (12 breaks)}. */
  static String ranAgain(List<Long> ids, List<ReconRun> ran) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(", "))
        + "; ran again: "
        + ran.stream()
            .map(r -> r.recon() + " for " + r.runDate() + " (" + r.breaks() + " breaks)")
            .collect(Collectors.joining("; "));
  }

  @Command(
      name = "unmatch",
      mixinStandardHelpOptions = true,
      description =
          "Undoes matches kept with a difference (made by a pass, by hand, or a proposal"
              + " accepted): no later run pairs their records together again, so they are breaks"
              + " unless something else pairs them; their recon runs again for the date.")
  static final class Unmatch implements Callable<Integer> {
    @ParentCommand ReconCommand parent;

    @Parameters(
        paramLabel = "BREAK_ID",
        arity = "1..*",
        description = "The matches (kind MATCHED_WITH_DIFFERENCE; recon breaks --all lists them).")
    List<Long> ids;

    @Option(names = "--comment", paramLabel = "TEXT", description = "Why, for the audit trail.")
    String comment;

    @Override
    public Integer call() {
      TickmarkCommand root = parent.root;
      try (Session session = Session.open(root)) {
        List<ReconRun> ran = recon(session).runs().unmatch(session.signIn(), ids, comment);
        root.out.printf(Locale.ROOT, "Unmatched %s.%n", ranAgain(ids, ran));
      }
      return TickmarkCommand.OK;
    }
  }

  @Command(
      name = "accept",
      mixinStandardHelpOptions = true,
      description =
          "Accepts proposed matches: their records are matched in this and every later run.")
  static final class Accept extends Review {
    @Override
    List<ReconRun> review(ReconRunService runs, Actor actor) {
      return runs.accept(actor, ids, comment);
    }

    @Override
    String verb() {
      return "Accepted";
    }
  }

  @Command(
      name = "reject",
      mixinStandardHelpOptions = true,
      description =
          "Rejects proposed matches: no later run proposes or matches their records together"
              + " again, so they are breaks unless something else pairs them.")
  static final class Reject extends Review {
    @Override
    List<ReconRun> review(ReconRunService runs, Actor actor) {
      return runs.reject(actor, ids, comment);
    }

    @Override
    String verb() {
      return "Rejected";
    }
  }

  /** An action that takes a comment for the trail. */
  abstract static class Commented extends Action {
    @Option(names = "--comment", paramLabel = "TEXT", description = "What was found or done.")
    String comment;
  }

  /** An action that takes a reason code, and a comment. */
  abstract static class Reasoned extends Commented {
    @Option(
        names = "--reason",
        paramLabel = "CODE",
        required = true,
        description =
            "Why: BOOKING_ERROR, COUNTERPARTY_ERROR, TIMING, BANK_CHARGES, PRICE_ROUNDING,"
                + " DUPLICATE or OTHER.")
    String reason;
  }

  @Command(
      name = "assign",
      mixinStandardHelpOptions = true,
      description = "Gives a break to a user to investigate (INVESTIGATING).")
  static final class Assign extends Commented {
    @Option(names = "--to", paramLabel = "USER", required = true, description = "Who owns it.")
    String owner;

    @Override
    String act(BreakWork work, Actor actor) {
      return said(work.assign(actor, id, version(), owner, comment));
    }
  }

  @Command(
      name = "comment",
      mixinStandardHelpOptions = true,
      description = "Comments on a break (the audit trail keeps every comment).")
  static final class Comment extends Action {
    @Parameters(index = "1", paramLabel = "TEXT", description = "The comment.")
    String text;

    @Override
    String act(BreakWork work, Actor actor) {
      return said(work.comment(actor, id, version(), text));
    }
  }

  @Command(
      name = "resolve",
      mixinStandardHelpOptions = true,
      description = "Marks a break explained and put right (RESOLVED), with a reason.")
  static final class Resolve extends Reasoned {
    @Override
    String act(BreakWork work, Actor actor) {
      return said(work.resolve(actor, id, version(), reason, comment));
    }
  }

  @Command(
      name = "write-off",
      mixinStandardHelpOptions = true,
      description =
          "Writes a break off with a reason; above its recon's write-off limit a second person"
              + " holding APPROVE_WRITE_OFFS approves it first (tickmark approvals).")
  static final class WriteOff extends Reasoned {
    @Override
    String act(BreakWork work, Actor actor) {
      BreakWork.Outcome o = work.writeOff(actor, id, version(), reason, comment);
      return o.waitsForApproval()
          ? "Break "
              + id
              + " is above its recon's write-off limit: request "
              + o.request().id().value()
              + " waits for a second person's approval (tickmark approvals approve "
              + o.request().id().value()
              + ")."
          : said(o.written());
    }
  }

  @Command(
      name = "reopen",
      mixinStandardHelpOptions = true,
      description = "Takes a resolved, written-off or closed break back to OPEN.")
  static final class Reopen extends Commented {
    @Override
    String act(BreakWork work, Actor actor) {
      return said(work.reopen(actor, id, version(), comment));
    }
  }
}
