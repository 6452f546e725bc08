package com.tickmark.model.recon.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.recon.run.MatchCandidates.Candidate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Candidates for a settled payment the bank has not shown: the bank's unmatched entries of the same
 * recon and currency, the most alike first, each score explained.
 */
class MatchCandidatesTest {
  static final LocalDate DAY = LocalDate.of(2025, 11, 20);

  /** Ours: E-20251120-0042 paid 2,500.00 EUR, no bank entry quotes it. */
  static final ReconBreak PAYMENT =
      ours(1, "cash-bank", "E-20251120-0042", "2500.00", "EUR", DAY, BreakState.OPEN);

  @Test
  void theEntryForTheSameAmountAndDayWithALikeReferenceRanksFirst() {
    ReconBreak same = theirs(11, "cash-bank", "E2025112000042", "2500.00", "EUR", DAY);
    ReconBreak bankRef = theirs(12, "cash-bank", "NONREF 88123", "2500.00", "EUR", DAY);
    ReconBreak nearAmountLater =
        theirs(13, "cash-bank", "E-20251120-0042", "2499.75", "EUR", DAY.plusDays(2));
    ReconBreak small = theirs(14, "cash-bank", "CHG 11/25", "12.00", "EUR", DAY);

    List<Candidate> ranked =
        MatchCandidates.rank(PAYMENT, List.of(small, nearAmountLater, bankRef, same), 10);

    assertThat(ranked).extracting(c -> c.item().id()).containsExactly(11L, 13L, 12L, 14L);
    Candidate best = ranked.get(0);
    assertThat(best.score()).isBetween(95, 100);
    assertThat(best.explanation())
        .startsWith("amount equal +50; reference ")
        .contains("% alike")
        .endsWith("same run date +25");
    assertThat(ranked.get(1).explanation())
        .isEqualTo("amount differs by 0.25 +50; reference equal +25; 2 days apart +15");
    assertThat(ranked.get(3).score())
        .as("a fee: neither the amount nor the reference")
        .isLessThan(40);
  }

  @Test
  void onlyOpenItemsOfTheOtherSideOfTheSameReconAndCurrencyAreCandidates() {
    List<ReconBreak> pool =
        List.of(
            theirs(21, "cash-bank", "X", "2500.00", "USD", DAY), // another currency
            theirs(22, "trades-confirmations", "X", "2500.00", "EUR", DAY), // another recon
            ours(23, "cash-bank", "E-2", "2500.00", "EUR", DAY, BreakState.OPEN), // our side
            theirs(24, "cash-bank", "X", "2500.00", "EUR", DAY)
                .worked(BreakState.RESOLVED, "", "TIMING", "", "carla", Instant.EPOCH),
            theirs(25, "cash-bank", "X", "2500.00", "EUR", DAY),
            PAYMENT);

    assertThat(MatchCandidates.rank(PAYMENT, pool, 10))
        .extracting(c -> c.item().id())
        .containsExactly(25L);
    assertThat(MatchCandidates.rank(pool.get(4), pool, 10))
        .as("from their side, our open items are the candidates")
        .extracting(c -> c.item().id())
        .containsExactly(1L, 23L);
    assertThat(MatchCandidates.rank(PAYMENT, pool, 0)).isEmpty();
  }

  static ReconBreak ours(
      long id,
      String recon,
      String reference,
      String amount,
      String currency,
      LocalDate date,
      BreakState state) {
    return made(
        id,
        recon,
        BreakKind.MISSING_THEIRS,
        reference,
        "CASH/" + reference,
        "",
        amount,
        currency,
        date,
        state);
  }

  static ReconBreak theirs(
      long id, String recon, String reference, String amount, String currency, LocalDate date) {
    return made(
        id,
        recon,
        BreakKind.MISSING_OURS,
        reference,
        "",
        "bank/a.sta:" + id,
        amount,
        currency,
        date,
        BreakState.OPEN);
  }

  private static ReconBreak made(
      long id,
      String recon,
      BreakKind kind,
      String reference,
      String ours,
      String theirs,
      String amount,
      String currency,
      LocalDate date,
      BreakState state) {
    return new ReconBreak(
        id,
        recon,
        date,
        kind,
        kind + "|" + ours + "|" + theirs,
        reference,
        theirs.isEmpty() ? "" : "bank/a.sta",
        theirs.isEmpty() ? 0 : (int) id,
        ours,
        theirs,
        "",
        "",
        List.of(),
        "",
        new BigDecimal(amount),
        currency,
        state,
        "",
        "",
        "",
        1,
        1,
        0,
        "carla",
        Instant.EPOCH);
  }
}
