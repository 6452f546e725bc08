package com.tickmark.persistence;

import com.tickmark.persistence.approval.ApprovalRepository;
import com.tickmark.persistence.audit.JooqAuditTrail;
import com.tickmark.persistence.marketdata.MarketDataRepository;
import com.tickmark.persistence.refdata.ReferenceDataRepository;
import com.tickmark.persistence.security.UserRepository;
import com.tickmark.persistence.trade.BlotterRepository;
import com.tickmark.persistence.trade.TradeImportRepository;
import com.tickmark.persistence.trade.TradeRepository;
import com.tickmark.persistence.trade.fix.DropCopyRepository;
import com.tickmark.persistence.workspace.SettingsRepository;
import com.tickmark.persistence.workspace.Workspace;

/** Every repository of a workspace, over its one shared jOOQ context. */
public record Repositories(
    Workspace workspace,
    SettingsRepository settings,
    ReferenceDataRepository referenceData,
    MarketDataRepository marketData,
    TradeRepository trades,
    UserRepository users,
    ApprovalRepository approvals,
    JooqAuditTrail audit,
    DropCopyRepository dropCopy,
    TradeImportRepository tradeImports) {

  public static Repositories of(Workspace workspace) {
    var dsl = workspace.dsl();
    TradeRepository trades = new TradeRepository(dsl);
    return new Repositories(
        workspace,
        new SettingsRepository(dsl),
        new ReferenceDataRepository(dsl),
        new MarketDataRepository(dsl),
        trades,
        new UserRepository(dsl),
        new ApprovalRepository(dsl),
        new JooqAuditTrail(dsl),
        new DropCopyRepository(dsl),
        new TradeImportRepository(dsl));
  }

  /** Trades as the blotter reads them, in chunks. */
  public BlotterRepository blotter() {
    return new BlotterRepository(workspace.dsl());
  }
}
