package com.tickmark.app.recon;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.AreaServices;
import com.tickmark.model.recon.input.ReconInputs;
import com.tickmark.persistence.recon.ReconRepositories;

/** The reconciliation area's services over one open workspace. */
public final class ReconServices implements AreaServices {
  private final ReconInputs inputs;

  ReconServices(AppServices platform) {
    this.inputs =
        new ReconInputs(
            ReconRepositories.of(platform.workspace()).inputs(),
            platform.repositories().audit(),
            platform.workspace(),
            platform.clock());
    if (platform.workspace().readOnly().isEmpty()) {
      inputs.recoverUnfinished(); // an import killed part-way leaves no lines behind
    }
  }

  /** Broker confirmations and custodian holdings: import, list. */
  public ReconInputs inputs() {
    return inputs;
  }
}
