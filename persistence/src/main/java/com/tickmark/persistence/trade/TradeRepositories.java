package com.tickmark.persistence.trade;

import com.tickmark.persistence.trade.fix.DropCopyRepository;
import com.tickmark.persistence.workspace.Workspace;

/** The trade area's repositories, over the workspace's one shared jOOQ context. */
public final class TradeRepositories {
  private final Workspace workspace;
  private final TradeRepository trades;
  private final PositionRepository positions;
  private final TradeImportRepository imports;
  private final DropCopyRepository dropCopy;

  private TradeRepositories(Workspace workspace) {
    this.workspace = workspace;
    var dsl = workspace.dsl();
    this.positions = new PositionRepository(dsl);
    this.trades = new TradeRepository(dsl);
    this.imports = new TradeImportRepository(dsl);
    this.dropCopy = new DropCopyRepository(dsl);
  }

  public static TradeRepositories of(Workspace workspace) {
    return new TradeRepositories(workspace);
  }

  public TradeRepository trades() {
    return trades;
  }

  /**
   * The opening book and the positions' daily movements, which every trade write posts to in its
   * own transaction.
   */
  public PositionRepository positions() {
    return positions;
  }

  /** Trade file imports: their records, profiles and quarantined rows. */
  public TradeImportRepository imports() {
    return imports;
  }

  /** FIX drop-copy execution reports as received. */
  public DropCopyRepository dropCopy() {
    return dropCopy;
  }

  /** Trades as the blotter reads them, in chunks. */
  public BlotterRepository blotter() {
    return new BlotterRepository(workspace.dsl());
  }
}
