package com.tickmark.persistence.settlement;

import com.tickmark.persistence.workspace.Workspace;

/** The settlement area's repositories, over the workspace's one shared jOOQ context. */
public final class SettlementRepositories {
  private final SettledQuantityRepository settledQuantities;
  private final SettlementStatusRepository statuses;
  private final PenaltyBookingRepository penaltyBookings;
  private final OpeningBookRepository openingBook;

  private SettlementRepositories(Workspace workspace) {
    this.settledQuantities = new SettledQuantityRepository(workspace.dsl());
    this.statuses = new SettlementStatusRepository(workspace.dsl());
    this.penaltyBookings = new PenaltyBookingRepository(workspace.dsl());
    this.openingBook = new OpeningBookRepository(workspace.dsl());
  }

  public static SettlementRepositories of(Workspace workspace) {
    return new SettlementRepositories(workspace);
  }

  /** How much of each trade has settled by a date. */
  public SettledQuantityRepository settledQuantities() {
    return settledQuantities;
  }

  /** Settlement status lines and imports, the settlement records they write, fail notes. */
  public SettlementStatusRepository statuses() {
    return statuses;
  }

  /** Which CSDR penalties are booked. */
  public PenaltyBookingRepository penaltyBookings() {
    return penaltyBookings;
  }

  /** Opening balances files loaded as the opening book. */
  public OpeningBookRepository openingBook() {
    return openingBook;
  }
}
