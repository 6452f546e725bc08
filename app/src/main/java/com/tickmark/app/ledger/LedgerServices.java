package com.tickmark.app.ledger;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.AreaServices;
import com.tickmark.model.approval.ApprovalHandler;
import com.tickmark.model.ledger.LedgerService;
import com.tickmark.model.marketdata.ReportingRates;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.persistence.ledger.LedgerRepository;
import java.util.List;

/** The ledger area's services over one open workspace. */
public final class LedgerServices implements AreaServices {
  private final LedgerRepository store;
  private final LedgerService ledger;

  LedgerServices(AppServices platform) {
    this.store = new LedgerRepository(platform.workspace().dsl());
    this.ledger =
        new LedgerService(
            store,
            platform.workspace(),
            platform.repositories().audit(),
            platform.approvals(),
            platform.repositories().referenceData(),
            actor -> {
              CurrencyCode base = platform.firm().reportingCurrency(actor);
              return new ReportingRates(base, platform.marketData().fxRatesAgainst(actor, base));
            },
            platform.clock());
  }

  /** The chart, the journal, trial balance, statements, manual journals and periods. */
  public LedgerService ledger() {
    return ledger;
  }

  /** Manual journals post when a second accountant approves them. */
  @Override
  public List<ApprovalHandler<?>> approvalHandlers() {
    return List.of(ledger.approvalHandler());
  }
}
