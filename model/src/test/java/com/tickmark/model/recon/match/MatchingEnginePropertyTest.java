package com.tickmark.model.recon.match;

import static com.tickmark.model.recon.match.ReconFixtures.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The engine's invariants over small random sides drawn from few values, so that keys collide,
 * groups form, tolerances are met and missed, and duplicates occur.
 */
class MatchingEnginePropertyTest {
  private static final ReconDefinition RECON =
      ReconFixtures.recon(
          ReconFixtures.byReference(
              Tolerance.Numeric.absolute("price", "0.0005"),
              Tolerance.Numeric.relative("amount", "0.0001")),
          new MatchingPass(
              "blocks",
              List.of("reference", "instrument"),
              List.of("quantity", "price"),
              Normalisation.STANDARD,
              List.of(Tolerance.Numeric.absolute("price", "0.01")),
              Cardinality.MANY_TO_ONE,
              PassMode.AUTO),
          ReconFixtures.byEconomics(PassMode.PROPOSE),
          new MatchingPass(
              "allocations",
              List.of("counterparty", "tradeDate"),
              List.of("quantity"),
              Normalisation.NONE,
              List.of(),
              Cardinality.ONE_TO_MANY,
              PassMode.AUTO),
          new MatchingPass(
              "netted",
              List.of("instrument"),
              List.of("amount"),
              Normalisation.NONE,
              List.of(Tolerance.Numeric.absolute("amount", "1")),
              Cardinality.MANY_TO_MANY,
              PassMode.PROPOSE));

  /** Both sides, a few rejected pairs and whether our first record was matched by hand. */
  record Sides(
      List<ReconRecord> ours,
      List<ReconRecord> theirs,
      Set<RejectedProposal> rejections,
      boolean manual) {
    PriorDecisions prior() {
      List<ManualMatch> manualMatches =
          manual && !ours.isEmpty() && !theirs.isEmpty()
              ? List.of(
                  new ManualMatch(RecordIds.of(ours.get(0).id()), RecordIds.of(theirs.get(0).id())))
              : List.of();
      Set<RejectedProposal> kept = new HashSet<>();
      for (RejectedProposal r : rejections) {
        if (manualMatches.isEmpty()
            || (!r.ours().contains(ours.get(0).id()) && !r.theirs().contains(theirs.get(0).id()))) {
          kept.add(r);
        }
      }
      return new PriorDecisions(manualMatches, kept);
    }
  }

  @Provide
  Arbitrary<Sides> sides() {
    return sides(7);
  }

  /** Sides whose ids follow one another, as a file's lines do. */
  @Provide
  Arbitrary<Sides> denseSides() {
    return sides(1);
  }

  private Arbitrary<Sides> sides(long idStep) {
    Arbitrary<List<ReconRecord>> ours =
        records("trades.csv", 0).list().ofMaxSize(25).map(r -> numbered(r, idStep));
    Arbitrary<List<ReconRecord>> theirs =
        records("confirms.csv", 1000).list().ofMaxSize(25).map(r -> numbered(r, idStep));
    Arbitrary<Set<RejectedProposal>> rejections =
        Combinators.combine(Arbitraries.longs().between(0, 24), Arbitraries.longs().between(0, 24))
            .as((o, t) -> new RejectedProposal(RecordIds.of(o * 7), RecordIds.of(1000 + t * 7)))
            .set()
            .ofMaxSize(4);
    return Combinators.combine(ours, theirs, rejections, Arbitraries.of(true, false))
        .as(Sides::new);
  }

  /** Records as generated carry their side's base id; number them {@code step} apart from it. */
  private List<ReconRecord> numbered(List<ReconRecord> records, long step) {
    List<ReconRecord> out = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      ReconRecord r = records.get(i);
      long id = r.id() + i * step;
      Object[] values = new Object[ReconFixtures.FIELDS.size()];
      for (int f = 0; f < values.length; f++) {
        values[f] = r.value(f);
      }
      out.add(
          ReconRecord.of(
              ReconFixtures.FIELDS, id, new SourceRef(r.source().file(), i + 1), values));
    }
    return out;
  }

  private Arbitrary<ReconRecord> records(String file, long base) {
    Arbitrary<String> reference = Arbitraries.of("EX-1", "ex1", "EX-2", "EX-3", "ORD-9", "BANK");
    Arbitrary<String> instrument = Arbitraries.of("US0378331005", "DE0007164600");
    Arbitrary<String> counterparty = Arbitraries.of("GSI", "gsi.", "JPM");
    Arbitrary<BigDecimal> quantity = Arbitraries.of("100", "200", "300").map(BigDecimal::new);
    Arbitrary<BigDecimal> price =
        Arbitraries.of("10.00", "10.0001", "10.0003", "10.01").map(BigDecimal::new);
    Arbitrary<BigDecimal> amount =
        Arbitraries.of("1000.00", "1000.05", "2000.00", "2000.40").map(BigDecimal::new);
    Arbitrary<Object> date =
        Arbitraries.integers().between(-3, 3).map(d -> (Object) MONDAY.plusDays(d));
    return Combinators.combine(reference, instrument, counterparty, quantity, price, amount, date)
        .as(
            (r, i, c, q, p, a, d) ->
                ReconRecord.of(
                    ReconFixtures.FIELDS, base, new SourceRef(file, 1), r, i, c, q, p, a, d));
  }

  @Property
  void everyRecordIsInExactlyOneMatchProposalOrBreak(@ForAll("sides") Sides sides) {
    MatchResult result =
        ReconFixtures.engine().run(RECON, sides.ours(), sides.theirs(), sides.prior());

    assertThat(
            LongStream.concat(
                    result.matchedOurs(),
                    LongStream.concat(result.proposedOurs(), result.brokenOurs()))
                .sorted()
                .toArray())
        .containsExactly(sides.ours().stream().mapToLong(ReconRecord::id).sorted().toArray());
    assertThat(
            LongStream.concat(
                    result.matchedTheirs(),
                    LongStream.concat(result.proposedTheirs(), result.brokenTheirs()))
                .sorted()
                .toArray())
        .containsExactly(sides.theirs().stream().mapToLong(ReconRecord::id).sorted().toArray());
  }

  @Property
  void aRejectedProposalIsNeverMatchedOrProposed(@ForAll("sides") Sides sides) {
    PriorDecisions prior = sides.prior();
    MatchResult result = ReconFixtures.engine().run(RECON, sides.ours(), sides.theirs(), prior);

    for (Match m : result.matches()) {
      assertThat(prior.rejections()).doesNotContain(new RejectedProposal(m.ours(), m.theirs()));
    }
    for (Proposal p : result.proposals()) {
      assertThat(prior.rejections()).doesNotContain(new RejectedProposal(p.ours(), p.theirs()));
    }
  }

  @Property
  void theResultDoesNotDependOnTheOrderOfEitherSide(
      @ForAll("sides") Sides sides, @ForAll Random random) {
    MatchResult inOrder =
        ReconFixtures.engine().run(RECON, sides.ours(), sides.theirs(), sides.prior());
    List<ReconRecord> ours = new ArrayList<>(sides.ours());
    List<ReconRecord> theirs = new ArrayList<>(sides.theirs());
    Collections.shuffle(ours, random);
    Collections.shuffle(theirs, random);

    MatchResult shuffled = ReconFixtures.engine().run(RECON, ours, theirs, sides.prior());

    assertThat(shuffled).isEqualTo(inOrder);
  }

  @Property
  void theResultDoesNotDependOnTheOrderWhenIdsFollowOneAnother(
      @ForAll("denseSides") Sides sides, @ForAll Random random) {
    theResultDoesNotDependOnTheOrderOfEitherSide(sides, random);
  }

  /** Numbers around the limits of what the engine compares without BigDecimal arithmetic. */
  @Provide
  Arbitrary<BigDecimal> amounts() {
    Arbitrary<Long> unscaled =
        Arbitraries.oneOf(
            Arbitraries.longs().between(-2_000, 2_000),
            Arbitraries.longs().between(999_999_999_999_990L, 1_000_000_000_000_010L),
            Arbitraries.longs().between(-1_000_000_000_000_010L, -999_999_999_999_990L),
            Arbitraries.longs());
    return Combinators.combine(unscaled, Arbitraries.integers().between(-2, 18))
        .as(BigDecimal::valueOf);
  }

  @Property
  void amountsAgreeExactlyOnlyWhenEqualInValue(
      @ForAll("amounts") BigDecimal ours,
      @ForAll("amounts") BigDecimal other,
      @ForAll boolean equalInValue,
      @ForAll @IntRange(min = 0, max = 3) int trailingZeros) {
    BigDecimal theirs = equalInValue ? ours.setScale(ours.scale() + trailingZeros) : other;
    ReconDefinition recon =
        ReconFixtures.recon(
            ReconFixtures.byReference(Tolerance.Numeric.absolute("amount", "0.05")));
    ReconRecord trade = ReconFixtures.trade(1, "EX-1", "100", "10");
    ReconRecord confirm = ReconFixtures.theirs(2, trade);

    MatchResult result =
        ReconFixtures.engine()
            .run(
                recon,
                List.of(ReconFixtures.with(trade, "amount", ours)),
                List.of(ReconFixtures.with(confirm, "amount", theirs)),
                PriorDecisions.NONE);

    BigDecimal difference = theirs.subtract(ours).abs();
    if (difference.compareTo(new BigDecimal("0.05")) > 0) {
      assertThat(result.matches()).isEmpty();
      assertThat(result.breaks(BreakKind.FIELD_MISMATCH)).hasSize(1);
    } else {
      assertThat(result.matches()).hasSize(1);
      assertThat(result.matches().get(0).explanation().hasDifferences())
          .isEqualTo(difference.signum() != 0);
    }
  }
}
