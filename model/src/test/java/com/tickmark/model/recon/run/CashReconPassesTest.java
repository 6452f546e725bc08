package com.tickmark.model.recon.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.recon.match.AliasTable;
import com.tickmark.model.recon.match.BreakKind;
import com.tickmark.model.recon.match.MatchResult;
import com.tickmark.model.recon.match.MatchingEngine;
import com.tickmark.model.recon.match.PriorDecisions;
import com.tickmark.model.recon.match.RecordIds;
import com.tickmark.model.recon.run.ReconRecords.BankEntry;
import com.tickmark.model.recon.run.ReconRecords.CashMovement;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cash recon's passes after the end-to-end id: a bank's netted entry for one counterparty and
 * value date, an entry naming the counterparty its own way and quoting only the bank's reference.
 */
class CashReconPassesTest {
  private static final LocalDate MON = LocalDate.of(2025, 11, 17);
  private static final LocalDate TUE = MON.plusDays(1);
  private static final AliasTable NAMES =
      new AliasTable(
          "counterparty names",
          Map.of(
              "GSX", "GSX",
              "Granite Street Securities LLC", "GSX",
              "GRANITE STREET SECS LLC", "GSX",
              "HMC", "HMC",
              "Hudson Meridian Capital Markets LLC", "HMC"));
  private static final Recon CASH = BuiltInRecons.cash(NAMES);
  private static final MatchingEngine ENGINE =
      new MatchingEngine(
          d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);

  private static CashMovement ours(long id, String execId, String amount, String counterparty) {
    return new CashMovement(
        id,
        "CASH-USD/" + execId,
        "CASH-USD",
        execId,
        new BigDecimal(amount),
        "USD",
        MON,
        counterparty);
  }

  private static BankEntry theirs(
      long id, String endToEnd, String amount, LocalDate valueDate, String name) {
    return new BankEntry(
        id,
        "CASH-USD",
        "USD",
        endToEnd == null ? "B01" + id : endToEnd,
        endToEnd != null,
        new BigDecimal(amount),
        valueDate,
        name,
        "FHB_CASH-USD_20251117.sta",
        (int) id);
  }

  private static MatchResult run(List<CashMovement> movements, List<BankEntry> entries) {
    ReconSides sides = ReconRecords.cashAndBank(movements, entries);
    return ENGINE.run(CASH.definition(), sides.ours(), sides.theirs(), PriorDecisions.NONE);
  }

  @Test
  void oneEntryForSeveralSettlementsWithOneCounterpartyAndDateMatchesTheirSum() {
    MatchResult r =
        run(
            List.of(
                ours(1, "E1", "-1000.00", "GSX"),
                ours(2, "E2", "250.50", "GSX"),
                ours(3, "E3", "70.00", "HMC")),
            List.of(
                theirs(10, null, "-749.50", MON, "GRANITE STREET SECS LLC"),
                theirs(11, "E3", "70.00", MON, "Hudson Meridian Capital Markets LLC")));

    assertThat(r.breaks()).isEmpty();
    assertThat(r.proposals()).isEmpty();
    assertThat(r.matches())
        .anySatisfy(
            m -> {
              assertThat(m.explanation().pass()).isEqualTo(BuiltInRecons.PASS_NETTED);
              assertThat(m.ours()).isEqualTo(RecordIds.of(1, 2));
              assertThat(m.theirs()).isEqualTo(RecordIds.of(10));
            });
  }

  @Test
  void anEntryQuotingOnlyTheBanksReferenceIsProposedNotMatched() {
    MatchResult r =
        run(
            List.of(ours(1, "E1", "-1000.00", "GSX")),
            List.of(theirs(10, null, "-1000.00", TUE, "Granite Street Securities LLC")));

    assertThat(r.matches()).isEmpty();
    assertThat(r.breaks()).isEmpty();
    assertThat(r.proposals())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.explanation().pass()).isEqualTo(BuiltInRecons.PASS_COUNTERPARTY);
              assertThat(p.theirs()).isEqualTo(RecordIds.of(10));
            });
  }

  @Test
  void aSettlementBookedForAnotherAmountIsNeitherNettedNorProposedAway() {
    MatchResult r =
        run(
            List.of(ours(1, "E1", "-1000.00", "GSX"), ours(2, "E2", "-400.00", "GSX")),
            List.of(
                theirs(10, "E1", "-1010.00", MON, "Granite Street Securities LLC"),
                theirs(11, null, "-400.00", TUE, "GRANITE STREET SECS LLC")));

    assertThat(r.breaks(BreakKind.FIELD_MISMATCH))
        .singleElement()
        .satisfies(b -> assertThat(b.theirs()).isEqualTo(RecordIds.of(10)));
    assertThat(r.proposals())
        .singleElement()
        .satisfies(p -> assertThat(p.ours()).isEqualTo(RecordIds.of(2)));
  }

  @Test
  void aCounterpartyTheAliasesDoNotKnowMatchesNothing() {
    MatchResult r =
        run(
            List.of(ours(1, "E1", "-1000.00", "GSX")),
            List.of(theirs(10, null, "-1000.00", TUE, "SOME OTHER BROKER")));

    assertThat(r.matches()).isEmpty();
    assertThat(r.proposals()).isEmpty();
    assertThat(r.breaks())
        .extracting(b -> b.kind())
        .containsExactlyInAnyOrder(BreakKind.MISSING_THEIRS, BreakKind.MISSING_OURS);
  }
}
