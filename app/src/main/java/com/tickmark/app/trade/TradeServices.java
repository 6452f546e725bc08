package com.tickmark.app.trade;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.AreaServices;
import com.tickmark.app.fix.DropCopyConnection;
import com.tickmark.model.approval.ApprovalHandler;
import com.tickmark.model.audit.DataCheck;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.trade.ReferencePrices;
import com.tickmark.model.trade.TradeChanges;
import com.tickmark.model.trade.TradeService;
import com.tickmark.model.trade.TradeStore;
import com.tickmark.model.trade.blotter.BlotterService;
import com.tickmark.model.trade.fix.DropCopyService;
import com.tickmark.model.trade.imports.TradeImportService;
import com.tickmark.model.trade.integrity.TradeDataCheck;
import com.tickmark.persistence.Repositories;
import com.tickmark.persistence.trade.TradeRepositories;
import com.tickmark.persistence.workspace.Workspace;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The trade area's services over one open workspace, wired to its own repositories. */
public final class TradeServices implements AreaServices {
  private final AppServices platform;
  private final TradeRepositories repositories;
  private final TradeChanges changes = new TradeChanges();
  private final TradeStore watchedTrades;
  private final TradeService trades;
  private final TradeImportService imports;
  private final DropCopyConnection dropCopyConnection;
  private final BlotterService blotter;

  TradeServices(AppServices platform) {
    this.platform = platform;
    Workspace workspace = platform.workspace();
    Clock clock = platform.clock();
    Repositories shared = platform.repositories();
    this.repositories = TradeRepositories.of(workspace);
    ReferencePrices closes =
        (instrument, date) -> shared.marketData().latestPrice(instrument, date).map(Price::close);
    this.watchedTrades = changes.watching(repositories.trades(), workspace);
    this.trades =
        new TradeService(
            watchedTrades,
            shared.referenceData(),
            closes,
            platform.approvals(),
            shared.audit(),
            workspace,
            clock,
            platform.businessDate());
    this.imports =
        new TradeImportService(
            repositories.imports(),
            watchedTrades,
            shared.referenceData(),
            closes,
            shared.audit(),
            workspace,
            clock,
            platform.businessDate());
    if (workspace.readOnly().isEmpty()) {
      imports.recoverUnfinished(); // an import killed part-way leaves no trades behind
    } // a reader leaves recovery to the program that writes
    this.dropCopyConnection =
        new DropCopyConnection(
            this::dropCopy,
            shared.settings(),
            shared.audit(),
            workspace.directory().resolve("fix"),
            clock);
    this.blotter =
        new BlotterService(
            repositories::blotter,
            platform.referenceData(),
            platform.marketData(),
            platform.firm());
  }

  /** What the trade blotter reads, checked against the reader's permissions. */
  public BlotterService blotter() {
    return blotter;
  }

  /** Trades after capture: manual entry, confirmation, affirmation, amendment and cancellation. */
  public TradeService trades() {
    return trades;
  }

  /** Trade file imports: mapping profiles, validation, quarantine, re-import detection. */
  public TradeImportService imports() {
    return imports;
  }

  /** Notices of trades captured, changed or removed, for screens that show them live. */
  public TradeChanges changes() {
    return changes;
  }

  /** The trade area's repositories. */
  public TradeRepositories repositories() {
    return repositories;
  }

  /**
   * Booking of FIX drop-copy execution reports as trades.
   *
   * @param brokerCodeByCompId the broker code for each counterparty comp id (one not listed is
   *     taken as a broker code)
   */
  public DropCopyService dropCopy(Map<String, String> brokerCodeByCompId) {
    Repositories shared = platform.repositories();
    return new DropCopyService(
        watchedTrades,
        repositories.dropCopy(),
        shared.referenceData(),
        shared.audit(),
        platform.workspace(),
        platform.clock(),
        brokerCodeByCompId,
        trades);
  }

  /** The workspace's FIX drop-copy connection (stopped until someone starts it). */
  public DropCopyConnection dropCopyConnection() {
    return dropCopyConnection;
  }

  @Override
  public List<ApprovalHandler<?>> approvalHandlers() {
    return trades.approvalHandlers();
  }

  @Override
  public List<DataCheck> dataChecks() {
    return List.of(
        new TradeDataCheck(platform.repositories().audit(), repositories.trades().stored()));
  }

  /** Stops the FIX connection. */
  @Override
  public void close() {
    dropCopyConnection.close();
  }
}
