package com.tickmark.app.recon;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.AreaServices;
import com.tickmark.model.recon.input.ReconInputs;
import com.tickmark.model.recon.statement.BankStatementService;
import com.tickmark.persistence.recon.ReconRepositories;

/** The reconciliation area's services over one open workspace. */
public final class ReconServices implements AreaServices {
  private final ReconInputs inputs;
  private final BankStatementService statements;

  ReconServices(AppServices platform) {
    ReconRepositories repositories = ReconRepositories.of(platform.workspace());
    this.inputs =
        new ReconInputs(
            repositories.inputs(),
            platform.repositories().audit(),
            platform.workspace(),
            platform.clock());
    this.statements =
        new BankStatementService(
            repositories.statements(),
            platform.repositories().referenceData(),
            platform.repositories().audit(),
            platform.workspace(),
            platform.clock());
    if (platform.workspace().readOnly().isEmpty()) {
      // an import killed part-way leaves no lines or entries behind
      inputs.recoverUnfinished();
      statements.recoverUnfinished();
    }
  }

  /** Broker confirmations and custodian holdings: import, list. */
  public ReconInputs inputs() {
    return inputs;
  }

  /** The bank statements: import, and the stored ones. */
  public BankStatementService statements() {
    return statements;
  }
}
