package com.tickmark.app.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.marketdata.ReportingRates;
import com.tickmark.model.recon.match.Cardinality;
import com.tickmark.model.recon.match.MatchingPass;
import com.tickmark.model.recon.match.Normalisation;
import com.tickmark.model.recon.match.PassMode;
import com.tickmark.model.recon.match.ReconDefinition;
import com.tickmark.model.recon.match.ReconRecord;
import com.tickmark.model.recon.match.SourceRef;
import com.tickmark.model.recon.match.Tolerance;
import com.tickmark.model.recon.run.BreakKind;
import com.tickmark.model.recon.run.Recon;
import com.tickmark.model.recon.run.ReconBreak;
import com.tickmark.model.recon.run.ReconRun;
import com.tickmark.model.recon.run.ReconRunService;
import com.tickmark.model.recon.run.ReconSides;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.persistence.Repositories;
import com.tickmark.persistence.recon.ReconRepositories;
import com.tickmark.persistence.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Undoing a match kept with a difference — one a pass made, a proposal accepted, or a person's — on
 * {@link ReconProposalsTest}'s cash records, where the bank shows E1 two cents short (inside the
 * key pass's tolerance): the records become the breaks they are, in this run and every later one,
 * and no pass pairs them again. Each undoing audited with its comment.
 */
class ReconUnmatchTest {
  static final LocalDate DATE = ReconProposalsTest.DATE;
  static final Actor CLERK = ReconProposalsTest.CLERK;

  /** {@link ReconProposalsTest#RECON}, with the key pass taking amounts 0.05 apart. */
  static final Recon RECON = tolerant(ReconProposalsTest.RECON);

  @TempDir Path dir;
  Workspace workspace;
  AuditTrail audit;
  ReconRunService runs;

  @BeforeEach
  void open() {
    workspace = Workspace.open(dir.resolve("ws"));
    audit = Repositories.of(workspace).audit();
    runs =
        new ReconRunService(
            ReconRepositories.of(workspace).runs(),
            () -> List.of(RECON),
            (actor, recon, date) -> sides(),
            () -> d -> d.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue(),
            audit,
            workspace,
            Clock.fixed(Instant.parse("2025-11-20T09:00:00Z"), ZoneOffset.UTC),
            () -> DATE,
            actor -> ReportingRates.none(new CurrencyCode("EUR")));
  }

  @AfterEach
  void close() {
    workspace.close();
  }

  private static Recon tolerant(Recon r) {
    List<MatchingPass> passes = new ArrayList<>(r.definition().passes());
    MatchingPass key = passes.get(0);
    passes.set(
        0,
        new MatchingPass(
            key.name(),
            key.keys(),
            key.compared(),
            Normalisation.STANDARD,
            List.of(new Tolerance.Numeric("amount", new BigDecimal("0.05"), null)),
            Cardinality.ONE_TO_ONE,
            PassMode.AUTO));
    ReconDefinition d = r.definition();
    return new Recon(
        new ReconDefinition(d.name(), d.ours(), d.theirs(), d.fields(), passes),
        r.title(),
        r.stakeField(),
        r.writeOffLimit());
  }

  /** {@link ReconProposalsTest#sides()}, the bank's E1 line two cents short. */
  static ReconSides sides() {
    ReconSides s = ReconProposalsTest.sides();
    List<ReconRecord> theirs = new ArrayList<>(s.theirs());
    theirs.set(
        0,
        ReconRecord.of(
            ReconProposalsTest.FIELDS,
            11,
            new SourceRef("bank/a.sta", 4),
            "E1",
            "ACME",
            new BigDecimal("999.98"),
            DATE));
    return new ReconSides(s.ours(), theirs, s.ourInfo(), s.theirInfo());
  }

  List<ReconBreak> stored() {
    return runs.breaks(CLERK, Optional.empty());
  }

  ReconBreak kept(String ours) {
    return stored().stream()
        .filter(b -> b.kind() == BreakKind.MATCHED_WITH_DIFFERENCE && b.ours().equals(ours))
        .findFirst()
        .orElseThrow();
  }

  List<AuditEvent> undone() {
    return audit.search(AuditFilter.all()).stream()
        .map(r -> r.event())
        .filter(e -> e.entityType().equals(ReconRunService.DECISION_ENTITY))
        .filter(e -> e.reason().startsWith("match undone"))
        .toList();
  }

  @Test
  void aPassesMatchUndoneLeavesItsRecordsBreaksInThisAndEveryLaterRun() {
    runs.run(CLERK, Optional.empty(), DATE);
    ReconBreak match = kept("CASH/E1");
    assertThat(match.pass()).isEqualTo("end-to-end id");

    ReconRun ran =
        runs.unmatch(CLERK, List.of(match.id()), "the bank's line is another payment").get(0);

    assertThat(ran.matched()).isZero();
    assertThat(ran.withDifference()).isZero();
    for (int run = 0; run < 2; run++) {
      assertThat(stored())
          .as("no pass, not even the proposing one, pairs them again")
          .filteredOn(b -> b.ours().contains("E1") || b.theirs().contains("a.sta:4"))
          .extracting(ReconBreak::kind, ReconBreak::ours, ReconBreak::theirs)
          .containsExactlyInAnyOrder(
              tuple(BreakKind.MISSING_THEIRS, "CASH/E1", ""),
              tuple(BreakKind.MISSING_OURS, "", "bank/a.sta:4"));
      runs.run(CLERK, Optional.empty(), DATE);
    }
    assertThat(undone())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo("clerk");
              assertThat(e.reason())
                  .isEqualTo("match undone (end-to-end id): CASH/E1 with bank/a.sta:4");
              assertThat(e.after())
                  .contains("UNMATCHED")
                  .contains("the bank's line is another payment");
            });
  }

  @Test
  void anAcceptedProposalAndAPersonsMatchAreUndoneToo() {
    runs.run(CLERK, Optional.empty(), DATE);
    long proposal =
        stored().stream()
            .filter(b -> b.kind() == BreakKind.PROPOSED_MATCH)
            .findFirst()
            .orElseThrow()
            .id();
    runs.accept(CLERK, List.of(proposal), "");
    ReconBreak accepted = kept("CASH/E2");
    assertThat(accepted.pass()).isEqualTo("manual");

    runs.unmatch(CLERK, List.of(accepted.id()), "accepted by mistake");

    assertThat(stored())
        .as("neither kept as the person's match nor proposed again")
        .filteredOn(b -> b.ours().contains("E2") || b.theirs().contains("a.sta:6"))
        .extracting(ReconBreak::kind)
        .containsExactlyInAnyOrder(BreakKind.MISSING_THEIRS, BreakKind.MISSING_OURS);

    List<Long> both =
        stored().stream()
            .filter(b -> b.ours().equals("CASH/E2") || b.theirs().equals("bank/a.sta:6"))
            .map(ReconBreak::id)
            .toList();
    runs.match(CLERK, both, "they do belong together");
    ReconBreak byHand = kept("CASH/E2");
    runs.unmatch(CLERK, List.of(byHand.id()), "");
    runs.run(CLERK, Optional.empty(), DATE);

    assertThat(stored())
        .as("a person's match undone is no longer kept")
        .noneMatch(b -> b.kind() == BreakKind.MATCHED_WITH_DIFFERENCE && b.ours().equals("CASH/E2"))
        .anyMatch(b -> b.kind() == BreakKind.MISSING_THEIRS && b.ours().equals("CASH/E2"));
    assertThat(undone())
        .extracting(AuditEvent::reason)
        .allMatch(r -> r.contains("(manual)"))
        .hasSize(2);
  }

  @Test
  void onlyMatchesAreUndoneAndASecondClerkIsToldTheMatchIsGone() {
    runs.run(CLERK, Optional.empty(), DATE);
    ReconBreak match = kept("CASH/E1");
    ReconBreak missing =
        stored().stream().filter(b -> b.kind().isBreak()).findFirst().orElseThrow();

    assertThatThrownBy(() -> runs.unmatch(CLERK, List.of(missing.id()), ""))
        .hasMessage(
            "Break "
                + missing.id()
                + " is OPEN: only matches (kind MATCHED_WITH_DIFFERENCE) are taken.");
    assertThatThrownBy(
            () ->
                runs.unmatch(
                    new Actor(new UserId(6), "viewer", Set.of(Role.VIEWER)),
                    List.of(match.id()),
                    ""))
        .hasMessageContaining("WORK_RECONCILIATIONS");
    runs.unmatch(CLERK, List.of(match.id()), "");
    assertThatThrownBy(() -> runs.unmatch(CLERK, List.of(match.id()), ""))
        .hasMessage("There is no break " + match.id() + ".");
    assertThat(undone()).hasSize(1);
  }
}
