package com.tickmark.model.recon.run;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Candidates for an item a recon left unmatched: the unmatched items of the other side of the same
 * recon and currency, ranked by how alike they are — the amount (half the score), the reference (a
 * quarter: Jaro-Winkler similarity of the references, letters and digits only, so a bank's {@code
 * E-1234} is like our {@code E1234}) and the run dates (a quarter, less each day apart, none from
 * {@value #DAYS} days). Each score comes with the reasons that make it up, so a clerk sees why.
 */
public final class MatchCandidates {
  /** Run dates this many days apart or more add nothing to the score. */
  static final int DAYS = 5;

  private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

  /** One candidate: the unmatched item, its score out of 100, and what makes the score. */
  public record Candidate(ReconBreak item, int score, List<String> reasons) {
    public Candidate {
      reasons = List.copyOf(reasons);
    }

    /** The reasons as one line: {@code amount equal +50; reference 82% alike +21; …}. */
    public String explanation() {
      return String.join("; ", reasons);
    }
  }

  private MatchCandidates() {}

  /**
   * The {@code limit} best candidates for {@code target} among {@code pool}, best first (ties to
   * the smaller id): items still to work of the same recon and currency that hold records of the
   * other side only. None when {@code target} holds records of both sides, or of neither.
   */
  public static List<Candidate> rank(ReconBreak target, List<ReconBreak> pool, int limit) {
    boolean oursOnly = !target.ours().isEmpty() && target.theirs().isEmpty();
    boolean theirsOnly = target.ours().isEmpty() && !target.theirs().isEmpty();
    if (!oursOnly && !theirsOnly) {
      return List.of();
    }
    List<Candidate> ranked = new ArrayList<>();
    for (ReconBreak b : pool) {
      boolean otherSide =
          oursOnly
              ? b.ours().isEmpty() && !b.theirs().isEmpty()
              : !b.ours().isEmpty() && b.theirs().isEmpty();
      if (otherSide
          && b.id() != target.id()
          && b.kind().isBreak()
          && b.state().isOpen()
          && b.recon().equals(target.recon())
          && b.currency().equals(target.currency())) {
        ranked.add(score(target, b));
      }
    }
    ranked.sort(
        Comparator.comparingInt(Candidate::score).reversed().thenComparingLong(c -> c.item().id()));
    return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
  }

  static Candidate score(ReconBreak target, ReconBreak candidate) {
    List<String> reasons = new ArrayList<>();
    int amount = amountPoints(target.amount(), candidate.amount(), reasons);
    int reference = referencePoints(target.reference(), candidate.reference(), reasons);
    int date = datePoints(target.runDate(), candidate.runDate(), reasons);
    return new Candidate(candidate, amount + reference + date, reasons);
  }

  /** 50 for equal amounts, less in proportion to the difference, none from twice as large. */
  private static int amountPoints(BigDecimal a, BigDecimal b, List<String> reasons) {
    BigDecimal difference = a.subtract(b).abs();
    BigDecimal larger = a.abs().max(b.abs());
    if (difference.signum() == 0) {
      reasons.add("amount equal +50");
      return 50;
    }
    double share =
        larger.signum() == 0
            ? 1
            : Math.min(1, difference.divide(larger, MathContext.DECIMAL64).doubleValue());
    int points = (int) Math.round(50 * (1 - share));
    reasons.add(
        "amount differs by " + difference.stripTrailingZeros().toPlainString() + " +" + points);
    return points;
  }

  private static int referencePoints(String a, String b, List<String> reasons) {
    String x = plain(a);
    String y = plain(b);
    if (x.isEmpty() || y.isEmpty()) {
      reasons.add("no reference to compare +0");
      return 0;
    }
    double alike = x.equals(y) ? 1 : SIMILARITY.apply(x, y);
    int points = (int) Math.round(25 * alike);
    reasons.add(
        (alike == 1 ? "reference equal" : "reference " + Math.round(alike * 100) + "% alike")
            + " +"
            + points);
    return points;
  }

  private static int datePoints(LocalDate a, LocalDate b, List<String> reasons) {
    long days = Math.abs(ChronoUnit.DAYS.between(a, b));
    int points = (int) Math.max(0, Math.round(25.0 * (DAYS - days) / DAYS));
    reasons.add(
        (days == 0 ? "same run date" : days + (days == 1 ? " day" : " days") + " apart")
            + " +"
            + points);
    return points;
  }

  /** Letters and digits, upper case: how references are compared. */
  private static String plain(String reference) {
    StringBuilder out = new StringBuilder(reference.length());
    for (int i = 0; i < reference.length(); i++) {
      char c = reference.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }
}
