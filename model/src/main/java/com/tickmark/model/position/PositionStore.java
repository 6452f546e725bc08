package com.tickmark.model.position;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where the opening book and the positions' daily movements are kept. */
public interface PositionStore {
  /** Adds {@code changes} to the daily movements, in the caller's transaction. */
  void post(PositionChanges changes);

  /**
   * Every key's movements up to and including {@code date}, summed: one {@link PositionDay} per key
   * that moved, dated {@code date}.
   */
  List<PositionDay> totalsThrough(LocalDate date);

  /** The date of the opening book, if one is stored. */
  Optional<LocalDate> openingDate();

  List<OpeningPosition> openingPositions();

  List<OpeningCash> openingCash();

  /** Stores an opening book, in the caller's transaction. */
  void insertOpening(List<OpeningPosition> positions, List<OpeningCash> cash);
}
