package com.tickmark.app.trade;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.Area;
import com.tickmark.app.cli.FixAcceptorCommand;
import com.tickmark.app.cli.ImportCommand;
import com.tickmark.app.cli.TradeCommand;
import com.tickmark.app.ui.blotter.BlotterScreen;
import com.tickmark.app.ui.fixrepair.FixRepairScreen;
import com.tickmark.app.ui.imports.ImportScreen;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.model.security.Permission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The trade area: capture (manual entry, file imports, the FIX drop copy), the blotter, and the
 * four-eyes amendment and cancellation of confirmed trades.
 */
public final class TradeArea implements Area {
  @Override
  public List<ScreenDescriptor> screens() {
    return List.of(
        BlotterScreen.descriptor(), FixRepairScreen.descriptor(), ImportScreen.descriptor());
  }

  @Override
  public Set<Permission> permissions() {
    return EnumSet.of(
        Permission.CAPTURE_TRADES,
        Permission.AMEND_TRADES,
        Permission.APPROVE_TRADE_CHANGES,
        Permission.MANAGE_CONNECTIONS);
  }

  @Override
  public List<Class<?>> commands() {
    return List.of(TradeCommand.class, FixAcceptorCommand.class, ImportCommand.class);
  }

  @Override
  public TradeServices open(AppServices platform) {
    return new TradeServices(platform);
  }
}
