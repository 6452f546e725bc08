package com.tickmark.app.settlement;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.Area;
import com.tickmark.app.cli.PositionsCommand;
import com.tickmark.app.cli.SettlementCommand;
import com.tickmark.app.cli.SettlementImportCommand;
import com.tickmark.model.security.Permission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The settlement area: the opening book, positions and cash as of any business date, obligations
 * and netting, the custodians' status files and the fails list (later penalties and the cash
 * ladder).
 */
public final class SettlementArea implements Area {
  @Override
  public List<Class<?>> commands() {
    return List.of(PositionsCommand.class, SettlementCommand.class);
  }

  @Override
  public List<Class<?>> importCommands() {
    return List.of(SettlementImportCommand.class);
  }

  @Override
  public Set<Permission> permissions() {
    return EnumSet.of(Permission.WORK_SETTLEMENTS);
  }

  @Override
  public SettlementServices open(AppServices platform) {
    return new SettlementServices(platform);
  }
}
