package com.tickmark.app.settlement;

import com.tickmark.app.AppServices;
import com.tickmark.model.position.PositionService;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.security.Actor;
import com.tickmark.model.settlement.CashLadder;
import com.tickmark.model.settlement.CashLadderService;
import com.tickmark.model.settlement.NettingSet;
import com.tickmark.model.settlement.ObligationService;
import com.tickmark.model.settlement.SecuritiesNettingSet;
import com.tickmark.model.settlement.report.SettlementReader;
import java.time.LocalDate;
import java.util.List;

/** The cash ladder service and what the settlement reports read, over one open workspace. */
final class SettlementReports {
  private final CashLadderService ladder;
  private final ObligationService obligations;
  private final ReferenceDataService referenceData;

  SettlementReports(
      PositionService positions, ObligationService obligations, AppServices platform) {
    this.ladder =
        new CashLadderService(positions, obligations, platform.repositories().referenceData());
    this.obligations = obligations;
    this.referenceData = platform.referenceData();
  }

  CashLadderService service() {
    return ladder;
  }

  /** The settlement services as {@code actor}, each checking its permission. */
  SettlementReader reader(Actor actor) {
    return new SettlementReader() {
      @Override
      public CashLadder cashLadder(LocalDate date) {
        return ladder.ladder(actor, date);
      }

      @Override
      public List<NettingSet> netting(LocalDate date) {
        return obligations.netting(actor, date);
      }

      @Override
      public List<SecuritiesNettingSet> securitiesNetting(LocalDate date) {
        return obligations.securitiesNetting(actor, date);
      }

      @Override
      public List<Account> accounts() {
        return referenceData.accounts(actor);
      }
    };
  }
}
