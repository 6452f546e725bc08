package com.tickmark.app.recon;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.AreaServices;
import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.app.trade.TradeServices;
import com.tickmark.model.approval.ApprovalHandler;
import com.tickmark.model.recon.input.ReconInputs;
import com.tickmark.model.recon.run.BreakWork;
import com.tickmark.model.recon.run.ReconRunService;
import com.tickmark.model.recon.statement.BankStatementService;
import com.tickmark.persistence.Repositories;
import com.tickmark.persistence.recon.ReconRepositories;
import com.tickmark.persistence.settlement.SettlementRepositories;
import java.util.List;

/** The reconciliation area's services over one open workspace. */
public final class ReconServices implements AreaServices {
  private final ReconInputs inputs;
  private final BankStatementService statements;
  private final ReconRunService runs;
  private final BreakWork breaks;

  ReconServices(AppServices platform) {
    ReconRepositories repositories = ReconRepositories.of(platform.workspace());
    Repositories shared = platform.repositories();
    this.inputs =
        new ReconInputs(
            repositories.inputs(), shared.audit(), platform.workspace(), platform.clock());
    this.statements =
        new BankStatementService(
            repositories.statements(),
            shared.referenceData(),
            shared.audit(),
            platform.workspace(),
            platform.clock());
    if (platform.workspace().readOnly().isEmpty()) {
      // an import killed part-way leaves no lines or entries behind
      inputs.recoverUnfinished();
      statements.recoverUnfinished();
    }
    ReconSideReaders sides =
        new ReconSideReaders(
            platform.area(TradeServices.class).repositories().trades(),
            repositories.inputs(),
            repositories.statements(),
            SettlementRepositories.of(platform.workspace()).statuses(),
            platform.area(SettlementServices.class).positions(),
            shared.referenceData(),
            shared.marketData(),
            shared.settings());
    this.runs =
        new ReconRunService(
            repositories.runs(),
            sides::recons,
            sides,
            sides::businessDay,
            shared.audit(),
            platform.workspace(),
            platform.clock(),
            platform.businessDate());
    this.breaks =
        new BreakWork(
            repositories.runs(),
            name ->
                sides.recons().stream()
                    .filter(r -> r.name().equals(name))
                    .findFirst()
                    .orElseThrow(),
            user -> shared.users().findByUsername(user).isPresent(),
            shared.users()::enabledUsernames,
            platform.approvals(),
            shared.audit(),
            platform.workspace(),
            platform.clock());
  }

  /** Broker confirmations and custodian holdings: import, list. */
  public ReconInputs inputs() {
    return inputs;
  }

  /** The bank statements: import, and the stored ones. */
  public BankStatementService statements() {
    return statements;
  }

  /** The recons: run them for a date, their runs and breaks. */
  public ReconRunService runs() {
    return runs;
  }

  /** Working breaks: assign, comment, resolve, write off, reopen. */
  public BreakWork breaks() {
    return breaks;
  }

  @Override
  public List<ApprovalHandler<?>> approvalHandlers() {
    return List.of(breaks.approvalHandler());
  }
}
