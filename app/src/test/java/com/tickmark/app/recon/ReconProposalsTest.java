package com.tickmark.app.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.marketdata.ReportingRates;
import com.tickmark.model.recon.match.Cardinality;
import com.tickmark.model.recon.match.MatchField;
import com.tickmark.model.recon.match.MatchingPass;
import com.tickmark.model.recon.match.Normalisation;
import com.tickmark.model.recon.match.PassMode;
import com.tickmark.model.recon.match.ReconDefinition;
import com.tickmark.model.recon.match.ReconRecord;
import com.tickmark.model.recon.match.SourceRef;
import com.tickmark.model.recon.match.Tolerance;
import com.tickmark.model.recon.run.BreakKind;
import com.tickmark.model.recon.run.BreakState;
import com.tickmark.model.recon.run.Recon;
import com.tickmark.model.recon.run.ReconBreak;
import com.tickmark.model.recon.run.ReconRun;
import com.tickmark.model.recon.run.ReconRunService;
import com.tickmark.model.recon.run.ReconSides;
import com.tickmark.model.recon.run.RecordInfo;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A proposing pass's matches, kept in the workspace for a person to review: waiting as proposals
 * (neither matched nor broken), accepted into a match every later run keeps, or rejected so the
 * records are never paired again and show as the breaks they are. Each decision audited.
 */
class ReconProposalsTest {
  static final LocalDate DATE = LocalDate.of(2025, 11, 20);
  static final Actor CLERK = new Actor(new UserId(2), "clerk", Set.of(Role.CLERK));
  static final List<MatchField> FIELDS =
      List.of(
          MatchField.text("reference"),
          MatchField.text("counterparty"),
          MatchField.amount("amount"),
          MatchField.date("value_date"));

  /** By end-to-end id; then, proposed only, by counterparty, amount and value date ±1 day. */
  static final Recon RECON =
      new Recon(
          new ReconDefinition(
              "cash-test",
              "Settled cash",
              "Bank",
              FIELDS,
              List.of(
                  new MatchingPass(
                      "end-to-end id",
                      List.of("reference"),
                      List.of("amount", "value_date"),
                      Normalisation.STANDARD,
                      List.of(),
                      Cardinality.ONE_TO_ONE,
                      PassMode.AUTO),
                  new MatchingPass(
                      "counterparty, amount and date",
                      List.of("counterparty"),
                      List.of("amount", "value_date"),
                      Normalisation.STANDARD,
                      List.of(new Tolerance.DateWindow("value_date", 1)),
                      Cardinality.ONE_TO_ONE,
                      PassMode.PROPOSE))),
          "Cash",
          "amount",
          new BigDecimal("50"));

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

  /**
   * Ours: E1 to ACME, E2 to Bright Bridge, E3 to Bright Bridge. The bank: E1 quoted, then a line
   * with only its own reference, Bright Bridge for E2's amount a day later; nothing for E3.
   */
  static ReconSides sides() {
    List<ReconRecord> ours =
        List.of(
            our(1, "E1", "ACME", "1000.00", DATE),
            our(2, "E2", "BBT", "2500.00", DATE),
            our(3, "E3", "BBT", "99.00", DATE));
    List<ReconRecord> theirs =
        List.of(
            ReconRecord.of(
                FIELDS, 11, new SourceRef("bank/a.sta", 4), "E1", "ACME", amount("1000.00"), DATE),
            ReconRecord.of(
                FIELDS,
                12,
                new SourceRef("bank/a.sta", 6),
                null,
                "bbt",
                amount("2500.00"),
                DATE.plusDays(3)));
    Map<Long, RecordInfo> ourInfo = new HashMap<>();
    for (ReconRecord r : ours) {
      String ref = (String) r.value(0);
      ourInfo.put(r.id(), info("CASH/" + ref, ref, "", 0, (BigDecimal) r.value(2)));
    }
    Map<Long, RecordInfo> theirInfo = new HashMap<>();
    theirInfo.put(11L, info("bank/a.sta:4", "E1", "bank/a.sta", 4, amount("1000.00")));
    theirInfo.put(12L, info("bank/a.sta:6", "BANKREF12", "bank/a.sta", 6, amount("2500.00")));
    return new ReconSides(ours, theirs, ourInfo, theirInfo);
  }

  static ReconRecord our(long id, String ref, String counterparty, String amount, LocalDate d) {
    return ReconRecord.of(
        FIELDS, id, new SourceRef("books", 1), ref, counterparty, amount(amount), d);
  }

  static RecordInfo info(String label, String ref, String file, int line, BigDecimal amount) {
    return new RecordInfo(label, ref, file, line, amount, BigDecimal.ONE, "EUR", true);
  }

  static BigDecimal amount(String text) {
    return new BigDecimal(text);
  }

  List<ReconBreak> stored() {
    return runs.breaks(CLERK, Optional.empty());
  }

  ReconBreak proposal() {
    return stored().stream()
        .filter(b -> b.kind() == BreakKind.PROPOSED_MATCH)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aProposalWaitsForReviewNeitherMatchedNorBroken() {
    ReconRun run = runs.run(CLERK, Optional.empty(), DATE).get(0);

    assertThat(run.matched()).isEqualTo(1);
    assertThat(run.proposed()).isEqualTo(1);
    assertThat(run.breaks()).as("only E3 is a break").isEqualTo(1);
    ReconBreak p = proposal();
    assertThat(p.state()).isEqualTo(BreakState.OPEN);
    assertThat(p.pass()).isEqualTo("counterparty, amount and date");
    assertThat(p.ours()).isEqualTo("CASH/E2");
    assertThat(p.theirs()).isEqualTo("bank/a.sta:6");
    assertThat(p.sourceFile() + ":" + p.sourceLine()).isEqualTo("bank/a.sta:6");
    assertThat(p.amount()).isEqualByComparingTo("2500.00");
    assertThat(p.fields()).as("what differs, inside the pass's window").contains("value_date");
    assertThat(stored())
        .filteredOn(b -> b.kind().isBreak())
        .extracting(ReconBreak::kind, ReconBreak::ours)
        .containsExactly(tuple(BreakKind.MISSING_THEIRS, "CASH/E3"));

    runs.run(CLERK, Optional.empty(), DATE);
    assertThat(stored()).as("run again: the same proposal, not a second").hasSize(2);
    assertThat(proposal().id()).isEqualTo(p.id());
  }

  @Test
  void anAcceptedProposalIsAMatchEveryLaterRunKeeps() {
    runs.run(CLERK, Optional.empty(), DATE);
    ReconBreak p = proposal();

    List<ReconRun> ran = runs.accept(CLERK, List.of(p.id()), "Bright Bridge paid E2 late");

    assertThat(ran).hasSize(1);
    assertThat(ran.get(0).proposed()).isZero();
    assertThat(ran.get(0).matched()).isEqualTo(2);
    assertThat(stored()).noneMatch(b -> b.kind() == BreakKind.PROPOSED_MATCH);
    assertThat(stored())
        .as("kept with its difference, the value date a business day off, as a person's match")
        .anySatisfy(
            b -> {
              assertThat(b.kind()).isEqualTo(BreakKind.MATCHED_WITH_DIFFERENCE);
              assertThat(b.ours()).isEqualTo("CASH/E2");
              assertThat(b.pass()).isEqualTo("manual");
            });
    ReconRun later = runs.run(CLERK, Optional.empty(), DATE).get(0);
    assertThat(later.matched()).isEqualTo(2);
    assertThat(later.proposed()).isZero();
    assertThat(decisions())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.actor()).isEqualTo("clerk");
              assertThat(r.reason())
                  .contains("proposed match accepted (counterparty, amount and date)")
                  .contains("CASH/E2")
                  .contains("bank/a.sta:6");
              assertThat(r.after()).contains("Bright Bridge paid E2 late").contains("MATCHED");
            });
  }

  @Test
  void aRejectedProposalLeavesItsRecordsAsBreaksAndIsNeverProposedAgain() {
    runs.run(CLERK, Optional.empty(), DATE);
    ReconBreak p = proposal();

    ReconRun ran = runs.reject(CLERK, List.of(p.id()), "another payment").get(0);

    assertThat(ran.proposed()).isZero();
    assertThat(ran.breaks()).isEqualTo(3);
    assertThat(stored())
        .filteredOn(b -> b.kind().isBreak())
        .extracting(ReconBreak::kind, ReconBreak::ours, ReconBreak::theirs)
        .containsExactlyInAnyOrder(
            tuple(BreakKind.MISSING_THEIRS, "CASH/E2", ""),
            tuple(BreakKind.MISSING_THEIRS, "CASH/E3", ""),
            tuple(BreakKind.MISSING_OURS, "", "bank/a.sta:6"));
    assertThat(runs.run(CLERK, Optional.empty(), DATE).get(0).proposed()).isZero();
    assertThat(decisions())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("proposed match rejected"));
  }

  @Test
  void onlyProposalsWaitingForReviewAreAcceptedOrRejected() {
    runs.run(CLERK, Optional.empty(), DATE);
    ReconBreak p = proposal();
    ReconBreak missing =
        stored().stream().filter(b -> b.kind().isBreak()).findFirst().orElseThrow();

    assertThatThrownBy(() -> runs.accept(CLERK, List.of(missing.id()), ""))
        .hasMessage(
            "Break "
                + missing.id()
                + " is OPEN: only proposed matches waiting for review are taken.");
    runs.accept(CLERK, List.of(p.id()), "");
    assertThatThrownBy(() -> runs.reject(CLERK, List.of(p.id()), ""))
        .as("accepted meanwhile: the proposal is gone")
        .hasMessage("There is no break " + p.id() + ".");
    assertThatThrownBy(() -> runs.accept(CLERK, List.of(), ""))
        .hasMessage("Name the proposed matches waiting for review.");
    assertThatThrownBy(
            () ->
                runs.accept(
                    new Actor(new UserId(6), "viewer", Set.of(Role.VIEWER)), List.of(p.id()), ""))
        .hasMessageContaining("WORK_RECONCILIATIONS");
  }

  List<AuditEvent> decisions() {
    return audit.search(AuditFilter.all()).stream()
        .map(r -> r.event())
        .filter(e -> e.entityType().equals(ReconRunService.DECISION_ENTITY))
        .toList();
  }
}
