package com.tickmark.app.recon;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.AreaServices;
import com.tickmark.model.recon.statement.BankStatementService;
import com.tickmark.persistence.recon.ReconRepositories;

/** The reconciliation area's services over one open workspace. */
public final class ReconServices implements AreaServices {
  private final BankStatementService statements;

  ReconServices(AppServices platform) {
    this.statements =
        new BankStatementService(
            ReconRepositories.of(platform.workspace()).statements(),
            platform.repositories().referenceData(),
            platform.repositories().audit(),
            platform.workspace(),
            platform.clock());
    if (platform.workspace().readOnly().isEmpty()) {
      statements.recoverUnfinished(); // an import killed part-way leaves no entries behind
    }
  }

  /** The bank statements: import, and the stored ones. */
  public BankStatementService statements() {
    return statements;
  }
}
