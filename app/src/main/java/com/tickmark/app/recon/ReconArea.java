package com.tickmark.app.recon;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.Area;
import com.tickmark.app.cli.StatementCommand;
import com.tickmark.app.cli.StatementImportCommand;
import com.tickmark.model.security.Permission;
import java.util.List;
import java.util.Set;

/**
 * The reconciliation area: for now, bank statement files (MT940, camt.053), checked without storing
 * them ({@code tickmark statement check}), imported ({@code tickmark import statement}) and listed
 * ({@code tickmark statement list}).
 */
public final class ReconArea implements Area {
  @Override
  public List<Class<?>> commands() {
    return List.of(StatementCommand.class);
  }

  @Override
  public List<Class<?>> importCommands() {
    return List.of(StatementImportCommand.class);
  }

  /** Importing bank statements is reconciliation work. */
  @Override
  public Set<Permission> permissions() {
    return Set.of(Permission.WORK_RECONCILIATIONS);
  }

  @Override
  public ReconServices open(AppServices platform) {
    return new ReconServices(platform);
  }
}
