package com.tickmark.model.recon.match;

import static com.tickmark.model.recon.match.ReconFixtures.FRIDAY;
import static com.tickmark.model.recon.match.ReconFixtures.MONDAY;
import static com.tickmark.model.recon.match.ReconFixtures.byEconomics;
import static com.tickmark.model.recon.match.ReconFixtures.byReference;
import static com.tickmark.model.recon.match.ReconFixtures.engine;
import static com.tickmark.model.recon.match.ReconFixtures.recon;
import static com.tickmark.model.recon.match.ReconFixtures.record;
import static com.tickmark.model.recon.match.ReconFixtures.theirs;
import static com.tickmark.model.recon.match.ReconFixtures.trade;
import static com.tickmark.model.recon.match.ReconFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchingEngineTest {
  private static final Tolerance PRICE_TOLERANCE = Tolerance.Numeric.absolute("price", "0.0005");
  private static final Tolerance AMOUNT_TOLERANCE = Tolerance.Numeric.absolute("amount", "0.05");

  @Test
  void matchesOneToOneOnTheReferenceAndExplainsAnExactMatch() {
    ReconRecord ours = trade(1, "EX-1", "100", "10.00");
    MatchResult result =
        engine()
            .run(
                recon(byReference()), List.of(ours), List.of(theirs(7, ours)), PriorDecisions.NONE);

    assertThat(result.breaks()).isEmpty();
    Match match = result.matches().get(0);
    assertThat(match.ours()).isEqualTo(RecordIds.of(1));
    assertThat(match.theirs()).isEqualTo(RecordIds.of(7));
    assertThat(match.explanation().pass()).isEqualTo("by reference");
    assertThat(match.explanation().keys()).containsExactly("reference");
    assertThat(match.explanation().hasDifferences()).isFalse();
  }

  @Test
  void aPriceInsideItsToleranceIsAMatchWithTheDifferenceRecorded() {
    ReconRecord ours = trade(1, "EX-1", "100", "10.0000");
    ReconRecord confirm = with(theirs(7, ours), "price", new BigDecimal("10.0001"));
    MatchResult result =
        engine()
            .run(
                recon(byReference(PRICE_TOLERANCE)),
                List.of(ours),
                List.of(confirm),
                PriorDecisions.NONE);

    MatchExplanation explanation = result.matches().get(0).explanation();
    assertThat(explanation.tolerances()).containsExactly(PRICE_TOLERANCE);
    assertThat(explanation.differences())
        .containsExactly(
            new FieldDifference(
                "price",
                new BigDecimal("10.0000"),
                new BigDecimal("10.0001"),
                new BigDecimal("0.0001"),
                true));
  }

  @Test
  void aPriceBeyondItsToleranceIsAFieldMismatchNamingThePrice() {
    ReconRecord ours = trade(1, "EX-1", "100", "10.00");
    ReconRecord confirm = with(theirs(7, ours), "price", new BigDecimal("10.01"));
    MatchResult result =
        engine()
            .run(
                recon(byReference(PRICE_TOLERANCE, AMOUNT_TOLERANCE)),
                List.of(ours),
                List.of(confirm),
                PriorDecisions.NONE);

    assertThat(result.matches()).isEmpty();
    assertThat(result.breaks()).hasSize(1);
    Break mismatch = result.breaks().get(0);
    assertThat(mismatch.kind()).isEqualTo(BreakKind.FIELD_MISMATCH);
    assertThat(mismatch.ours()).isEqualTo(RecordIds.of(1));
    assertThat(mismatch.theirs()).isEqualTo(RecordIds.of(7));
    assertThat(mismatch.pass()).isEqualTo("by reference");
    assertThat(mismatch.fields()).containsExactly("price");
  }

  @Test
  void aDateWindowOfOneBusinessDaySpansTheWeekendButNotTwoDays() {
    ReconRecord friday =
        record(1, "trades.csv", "EX-1", "US0378331005", "GSI", "100", "10", FRIDAY);
    ReconRecord tuesdayTrade =
        record(2, "trades.csv", "EX-2", "US0378331005", "JPM", "100", "10", FRIDAY);
    // Friday to Monday is one business day, Friday to Tuesday two.
    ReconRecord monday = with(theirs(7, friday), "reference", "BANKREF-1");
    ReconRecord tuesday =
        with(
            with(theirs(8, tuesdayTrade), "reference", "BANKREF-2"),
            "tradeDate",
            MONDAY.plusDays(1));
    monday = with(monday, "tradeDate", MONDAY);

    MatchResult result =
        engine()
            .run(
                recon(byReference(), byEconomics(PassMode.AUTO)),
                List.of(friday, tuesdayTrade),
                List.of(monday, tuesday),
                PriorDecisions.NONE);

    assertThat(result.matches()).hasSize(1);
    Match match = result.matches().get(0);
    assertThat(match.theirs()).isEqualTo(RecordIds.of(7));
    assertThat(match.explanation().pass()).isEqualTo("by economics");
    assertThat(match.explanation().differences())
        .containsExactly(new FieldDifference("tradeDate", FRIDAY, MONDAY, BigDecimal.ONE, true));
    Break late = result.breaks(BreakKind.FIELD_MISMATCH).get(0);
    assertThat(late.ours()).isEqualTo(RecordIds.of(2));
    assertThat(late.fields()).containsExactly("tradeDate");
    assertThat(late.differences().get(0).difference()).isEqualTo(BigDecimal.valueOf(2));
  }

  @Test
  void aBlockConfirmationMatchesTheSumOfItsFills() {
    MatchingPass blocks =
        new MatchingPass(
            "blocks",
            List.of("reference", "instrument"),
            List.of("quantity", "price", "amount"),
            Normalisation.STANDARD,
            List.of(Tolerance.Numeric.absolute("price", "0.0001"), AMOUNT_TOLERANCE),
            Cardinality.MANY_TO_ONE,
            PassMode.AUTO);
    List<ReconRecord> fills =
        List.of(
            trade(1, "ORD-9", "100", "10.00"),
            trade(2, "ORD-9", "200", "10.03"),
            trade(3, "ORD-9", "100", "10.06"),
            trade(4, "ORD-8", "50", "20.00"));
    // 400 at the weighted average 10.03; 1,000 + 2,006 + 1,006 = 4,012.00
    ReconRecord block =
        record(7, "confirms.csv", "ord-9", "US0378331005", "GSI", "400", "10.03", MONDAY);

    MatchResult result = engine().run(recon(blocks), fills, List.of(block), PriorDecisions.NONE);

    assertThat(result.matches()).hasSize(1);
    Match match = result.matches().get(0);
    assertThat(match.ours()).isEqualTo(RecordIds.of(1, 2, 3));
    assertThat(match.theirs()).isEqualTo(RecordIds.of(7));
    assertThat(match.explanation().cardinality()).isEqualTo(Cardinality.MANY_TO_ONE);
    assertThat(match.explanation().differences())
        .extracting(FieldDifference::field)
        .containsExactly("reference");
    assertThat(result.breaks())
        .containsExactly(
            new Break(
                BreakKind.MISSING_THEIRS,
                RecordIds.of(4),
                RecordIds.none(),
                null,
                List.of(),
                OptionalLong.empty()));
  }

  @Test
  void aBlockSentTwiceMatchesItsFillsOnceAndTheSecondCopyIsTheDuplicate() {
    MatchingPass blocks =
        new MatchingPass(
            "blocks",
            List.of("reference"),
            List.of("quantity"),
            Normalisation.NONE,
            List.of(),
            Cardinality.MANY_TO_ONE,
            PassMode.AUTO);
    List<ReconRecord> fills =
        List.of(trade(1, "ORD-9", "100", "10"), trade(2, "ORD-9", "200", "10"));
    ReconRecord block = trade(7, "ORD-9", "300", "10");
    ReconRecord again = theirs(8, block);

    MatchResult result =
        engine().run(recon(blocks), fills, List.of(again, block), PriorDecisions.NONE);

    assertThat(result.matches()).hasSize(1);
    assertThat(result.matches().get(0).ours()).isEqualTo(RecordIds.of(1, 2));
    assertThat(result.matches().get(0).theirs()).isEqualTo(RecordIds.of(7));
    assertThat(result.breaks())
        .containsExactly(
            new Break(
                BreakKind.DUPLICATE_THEIRS,
                RecordIds.none(),
                RecordIds.of(8),
                null,
                List.of(),
                OptionalLong.of(7)));
  }

  @Test
  void theAveragePriceOfFillsIsComparedAtTheDecimalsTheBlockQuotes() {
    MatchingPass blocks =
        new MatchingPass(
            "blocks",
            List.of("reference"),
            List.of("price"),
            Normalisation.NONE,
            List.of(Tolerance.Numeric.absolute("price", "0.0001")),
            Cardinality.MANY_TO_ONE,
            PassMode.AUTO);
    // 1 at 10.00 and 2 at 10.01: 10.00666…, which a broker quoting six decimals sends as 10.006667
    List<ReconRecord> fills =
        List.of(trade(1, "ORD-9", "1", "10.00"), trade(2, "ORD-9", "2", "10.01"));
    ReconRecord exact = trade(7, "ORD-9", "3", "10.006667");
    ReconRecord tickOff = trade(8, "ORD-9", "3", "10.006767");

    Match rounded =
        engine().run(recon(blocks), fills, List.of(exact), PriorDecisions.NONE).matches().get(0);
    Match off =
        engine().run(recon(blocks), fills, List.of(tickOff), PriorDecisions.NONE).matches().get(0);

    assertThat(rounded.explanation().hasDifferences()).isFalse();
    assertThat(off.explanation().differences())
        .containsExactly(
            new FieldDifference(
                "price",
                new BigDecimal("10.006667"),
                new BigDecimal("10.006767"),
                new BigDecimal("0.000100"),
                true));
  }

  @Test
  void aBlockWhoseQuantityDiffersFromItsFillsIsAMismatchOfTheGroup() {
    MatchingPass blocks =
        new MatchingPass(
            "blocks",
            List.of("reference"),
            List.of("quantity"),
            Normalisation.NONE,
            List.of(),
            Cardinality.MANY_TO_ONE,
            PassMode.AUTO);
    List<ReconRecord> fills =
        List.of(trade(1, "ORD-9", "100", "10"), trade(2, "ORD-9", "200", "10"));
    ReconRecord block = trade(7, "ORD-9", "250", "10");

    MatchResult result = engine().run(recon(blocks), fills, List.of(block), PriorDecisions.NONE);

    Break mismatch = result.breaks().get(0);
    assertThat(mismatch.kind()).isEqualTo(BreakKind.FIELD_MISMATCH);
    assertThat(mismatch.ours()).isEqualTo(RecordIds.of(1, 2));
    assertThat(mismatch.differences())
        .containsExactly(
            new FieldDifference(
                "quantity",
                new BigDecimal("300"),
                new BigDecimal("250"),
                new BigDecimal("-50"),
                false));
  }

  @Test
  void counterpartyAliasesAndTheSymbolForAnIsinMatchTheirSpelling() {
    Normalisation aliases =
        Normalisation.STANDARD
            .withAliases(
                "counterparty",
                new AliasTable("counterparties", Map.of("Goldman Sachs International", "GSI")))
            .withAliases("instrument", new AliasTable("symbols", Map.of("AAPL", "US0378331005")));
    MatchingPass pass =
        new MatchingPass(
            "by economics",
            List.of("instrument", "counterparty", "quantity"),
            List.of("amount"),
            aliases,
            List.of(),
            Cardinality.ONE_TO_ONE,
            PassMode.AUTO);
    ReconRecord ours = trade(1, "EX-1", "100", "10");
    ReconRecord confirm =
        record(
            7, "confirms.csv", "B-77", "aapl", "GOLDMAN SACHS INTERNATIONAL.", "100", "10", MONDAY);

    MatchResult withAliases =
        engine().run(recon(pass), List.of(ours), List.of(confirm), PriorDecisions.NONE);
    MatchResult withoutAliases =
        engine()
            .run(
                recon(
                    new MatchingPass(
                        "by economics",
                        pass.keys(),
                        pass.compared(),
                        Normalisation.STANDARD,
                        List.of(),
                        Cardinality.ONE_TO_ONE,
                        PassMode.AUTO)),
                List.of(ours),
                List.of(confirm),
                PriorDecisions.NONE);

    assertThat(withAliases.matches()).hasSize(1);
    assertThat(withAliases.matches().get(0).explanation().differences())
        .extracting(FieldDifference::field, FieldDifference::withinTolerance)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("instrument", true),
            org.assertj.core.groups.Tuple.tuple("counterparty", true));
    assertThat(withoutAliases.matches()).isEmpty();
  }

  @Test
  void aProposingPassProposesWhatItFindsAndBreaksNothingItProposes() {
    ReconRecord ours = trade(1, "EX-1", "100", "10");
    ReconRecord confirm = with(theirs(7, ours), "reference", "BANKREF");

    MatchResult result =
        engine()
            .run(
                recon(byReference(), byEconomics(PassMode.PROPOSE)),
                List.of(ours),
                List.of(confirm),
                PriorDecisions.NONE);

    assertThat(result.matches()).isEmpty();
    assertThat(result.breaks()).isEmpty();
    assertThat(result.proposals()).hasSize(1);
    Proposal proposal = result.proposals().get(0);
    assertThat(proposal.ours()).isEqualTo(RecordIds.of(1));
    assertThat(proposal.theirs()).isEqualTo(RecordIds.of(7));
    assertThat(proposal.explanation().pass()).isEqualTo("by economics");
  }

  @Test
  void recordsAProposingPassPairsButThatDifferAreMissingNotAFieldMismatch() {
    ReconRecord ours = trade(1, "EX-1", "100", "10");
    ReconRecord confirm =
        with(with(theirs(7, ours), "reference", "BANKREF"), "amount", new BigDecimal("900"));

    MatchResult proposing =
        engine()
            .run(
                recon(byReference(), byEconomics(PassMode.PROPOSE)),
                List.of(ours),
                List.of(confirm),
                PriorDecisions.NONE);
    MatchResult matching =
        engine()
            .run(
                recon(byReference(), byEconomics(PassMode.AUTO)),
                List.of(ours),
                List.of(confirm),
                PriorDecisions.NONE);

    assertThat(proposing.breaks())
        .as("a shared counterparty and quantity are too weak to call them one item")
        .extracting(Break::kind)
        .containsExactly(BreakKind.MISSING_THEIRS, BreakKind.MISSING_OURS);
    assertThat(matching.breaks())
        .extracting(Break::kind, Break::fields)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BreakKind.FIELD_MISMATCH, List.of("amount")));
  }

  @Test
  void aRejectedProposalIsNotProposedAgainAndItsRecordsBreak() {
    ReconRecord ours = trade(1, "EX-1", "100", "10");
    ReconRecord confirm = with(theirs(7, ours), "reference", "BANKREF");
    PriorDecisions rejected =
        new PriorDecisions(
            List.of(), Set.of(new RejectedProposal(RecordIds.of(1), RecordIds.of(7))));

    MatchResult result =
        engine()
            .run(
                recon(byReference(), byEconomics(PassMode.PROPOSE)),
                List.of(ours),
                List.of(confirm),
                rejected);

    assertThat(result.proposals()).isEmpty();
    assertThat(result.breaks())
        .extracting(Break::kind)
        .containsExactly(BreakKind.MISSING_THEIRS, BreakKind.MISSING_OURS);
  }

  @Test
  void aManualMatchIsKeptAndItsRecordsAreNotMatchedAgain() {
    ReconRecord a = trade(1, "EX-1", "100", "10");
    ReconRecord b = trade(2, "EX-2", "100", "10");
    // A person matched our 1 to their 8, although 7 carries its reference.
    PriorDecisions manual =
        new PriorDecisions(List.of(new ManualMatch(RecordIds.of(1), RecordIds.of(8))), Set.of());

    MatchResult result =
        engine()
            .run(
                recon(byReference()),
                List.of(a, b),
                List.of(theirs(7, a), with(theirs(8, b), "quantity", new BigDecimal("90"))),
                manual);

    Match kept = result.matches().get(0);
    assertThat(kept.ours()).isEqualTo(RecordIds.of(1));
    assertThat(kept.theirs()).isEqualTo(RecordIds.of(8));
    assertThat(kept.explanation().manual()).isTrue();
    assertThat(kept.explanation().differences())
        .extracting(FieldDifference::field)
        .containsExactly("reference", "quantity");
    assertThat(result.matches()).hasSize(1);
    assertThat(result.breaks())
        .extracting(Break::kind, Break::ours, Break::theirs)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                BreakKind.MISSING_THEIRS, RecordIds.of(2), RecordIds.none()),
            org.assertj.core.groups.Tuple.tuple(
                BreakKind.MISSING_OURS, RecordIds.none(), RecordIds.of(7)));
  }

  @Test
  void aRepeatedConfirmationIsADuplicateOfTheOneMatched() {
    ReconRecord ours = trade(1, "EX-1", "100", "10");
    ReconRecord lonely = trade(2, "EX-2", "100", "10");
    // 7 and 9 confirm our 1 twice; 8 and 10 repeat a confirmation we have no trade for.
    List<ReconRecord> confirms =
        List.of(
            theirs(7, ours),
            theirs(9, ours),
            with(theirs(8, lonely), "reference", "EX-3"),
            with(theirs(10, lonely), "reference", "EX-3"));

    MatchResult result =
        engine().run(recon(byReference()), List.of(ours), confirms, PriorDecisions.NONE);

    assertThat(result.matches()).extracting(Match::theirs).containsExactly(RecordIds.of(7));
    assertThat(result.breaks())
        .extracting(Break::kind, Break::theirs, Break::duplicateOf)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                BreakKind.MISSING_OURS, RecordIds.of(8), OptionalLong.empty()),
            org.assertj.core.groups.Tuple.tuple(
                BreakKind.DUPLICATE_THEIRS, RecordIds.of(9), OptionalLong.of(7)),
            org.assertj.core.groups.Tuple.tuple(
                BreakKind.DUPLICATE_THEIRS, RecordIds.of(10), OptionalLong.of(8)));
  }

  @Test
  void amongSeveralCandidatesTheClosestWins() {
    ReconRecord ours = trade(1, "EX-1", "100", "10.0000");
    List<ReconRecord> confirms =
        List.of(
            with(theirs(7, ours), "price", new BigDecimal("10.0004")),
            with(theirs(8, ours), "price", new BigDecimal("10.0001")));

    MatchResult result =
        engine()
            .run(
                recon(byReference(PRICE_TOLERANCE, AMOUNT_TOLERANCE)),
                List.of(ours),
                confirms,
                PriorDecisions.NONE);

    assertThat(result.matches()).extracting(Match::theirs).containsExactly(RecordIds.of(8));
  }

  @Test
  void refusesTwoRecordsWithTheSameIdOnOneSide() {
    ReconRecord a = trade(1, "EX-1", "100", "10");
    assertThatThrownBy(
            () -> engine().run(recon(byReference()), List.of(a, a), List.of(), PriorDecisions.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Trades has two records with id 1");
  }

  @Test
  void refusesTwoOfTheirRecordsWithTheSameIdAmongOthersOutOfOrder() {
    ReconRecord one = theirs(1, trade(0, "EX-1", "100", "10"));
    ReconRecord three = theirs(3, trade(0, "EX-3", "100", "10"));
    assertThatThrownBy(
            () ->
                engine()
                    .run(
                        recon(byReference()),
                        List.of(),
                        List.of(three, one, three),
                        PriorDecisions.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Confirmations has two records with id 3");
  }

  @Test
  void refusesAValueOfTheWrongType() {
    ReconRecord a = trade(1, "EX-1", "100", "10");
    assertThatThrownBy(() -> with(a, "amount", "1000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount must be a BigDecimal, not String");
  }

  @Test
  void refusesARecordOfAnotherRecon() {
    ReconRecord stranger =
        ReconRecord.of(List.of(MatchField.text("reference")), 1, new SourceRef("x.csv", 2), "EX-1");
    assertThatThrownBy(
            () ->
                engine()
                    .run(recon(byReference()), List.of(stranger), List.of(), PriorDecisions.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "carries the fields [reference], not those of recon trades-vs-confirms");
  }
}
