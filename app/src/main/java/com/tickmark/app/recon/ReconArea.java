package com.tickmark.app.recon;

import com.tickmark.app.area.Area;
import com.tickmark.app.cli.StatementCommand;
import java.util.List;

/**
 * The reconciliation area: for now, checking bank statement files (MT940, camt.053) without storing
 * them ({@code tickmark statement check}).
 */
public final class ReconArea implements Area {
  @Override
  public List<Class<?>> commands() {
    return List.of(StatementCommand.class);
  }
}
