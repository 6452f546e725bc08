package com.tickmark.model.recon.run;

/** What a break (or a match recorded with a difference) is, as the break queue lists it. */
public enum BreakKind {
  /** Our record has no counterpart on their side. */
  MISSING_THEIRS,
  /** Their record quotes one of ours (a reference the firm gives) that the books do not have. */
  MISSING_OURS,
  /** Records paired by their keys whose compared fields differ beyond tolerance. */
  FIELD_MISMATCH,
  /** Their record repeats another of theirs. */
  DUPLICATE_THEIRS,
  /** Their record the firm does not know at all (a bank's charges, a security it never held). */
  UNEXPECTED,
  /** A bank statement whose opening balance is not the previous statement's closing balance. */
  BALANCE_DISCONTINUITY,
  /** Records matched inside a tolerance: a match, kept with its difference, never a break. */
  MATCHED_WITH_DIFFERENCE,
  /**
   * Records a proposing pass paired on weaker evidence: a match once a person accepts it, their
   * records back to breaks once rejected. OPEN while waiting for review.
   */
  PROPOSED_MATCH;

  /** Whether this is a break a person works, not a match or a proposal. */
  public boolean isBreak() {
    return this != MATCHED_WITH_DIFFERENCE && this != PROPOSED_MATCH;
  }
}
