package com.tickmark.app.settlement;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.Area;
import com.tickmark.app.cli.PositionsCommand;
import com.tickmark.app.cli.SettlementCommand;
import com.tickmark.app.ui.settlement.CashLadderScreen;
import com.tickmark.app.ui.settlement.ObligationsScreen;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.settlement.report.CashLadderReport;
import com.tickmark.model.settlement.report.NettingReport;
import java.util.List;

/**
 * The settlement area: the opening book, positions and cash as of any business date (later
 * obligations, status files, fails, penalties and the cash ladder).
 */
public final class SettlementArea implements Area {
  @Override
  public List<Class<?>> commands() {
    return List.of(PositionsCommand.class, SettlementCommand.class);
  }

  @Override
  public SettlementServices open(AppServices platform) {
    return new SettlementServices(platform);
  }

  /** The cash ladder and netting reports. */
  @Override
  public List<ReportDefinition> reports() {
    return List.of(new CashLadderReport(), new NettingReport());
  }

  /** Obligations (Ctrl+2) and the Cash ladder (Ctrl+Shift+C), for users who may view data. */
  @Override
  public List<ScreenDescriptor> screens() {
    return List.of(ObligationsScreen.descriptor(), CashLadderScreen.descriptor());
  }
}
