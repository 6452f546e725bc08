package com.tickmark.model.recon.match;

/** Why a record is broken. */
public enum BreakKind {
  /** Our record has no counterpart on their side (unmatched ours). */
  MISSING_THEIRS,
  /** Their record has no counterpart on our side (unmatched theirs). */
  MISSING_OURS,
  /** Records whose keys agree but whose compared fields differ beyond tolerance. */
  FIELD_MISMATCH,
  /** Their record repeats the values of another of theirs. */
  DUPLICATE_THEIRS
}
