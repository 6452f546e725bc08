package com.tickmark.app.settlement;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.Area;
import com.tickmark.app.area.ImportKind;
import com.tickmark.app.area.InboxFolder;
import com.tickmark.app.area.TradeDetailTab;
import com.tickmark.app.cli.OpeningImportCommand;
import com.tickmark.app.cli.PositionsCommand;
import com.tickmark.app.cli.SettlementCommand;
import com.tickmark.app.cli.SettlementImportCommand;
import com.tickmark.app.ui.settlement.CashLadderScreen;
import com.tickmark.app.ui.settlement.FailsScreen;
import com.tickmark.app.ui.settlement.ObligationsScreen;
import com.tickmark.app.ui.settlement.PenaltiesScreen;
import com.tickmark.app.ui.settlement.SettlementTradeTab;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.security.Permission;
import com.tickmark.model.settlement.report.CashLadderReport;
import com.tickmark.model.settlement.report.CsdrPenaltiesReport;
import com.tickmark.model.settlement.report.FailsAgingReport;
import com.tickmark.model.settlement.report.NettingReport;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The settlement area: the opening book, positions and cash as of any business date, obligations
 * and netting, the custodians' status files and the fails list, the cash ladder and settlement
 * instructions out, and CSDR cash penalties.
 */
public final class SettlementArea implements Area {
  @Override
  public List<Class<?>> commands() {
    return List.of(PositionsCommand.class, SettlementCommand.class);
  }

  @Override
  public List<Class<?>> importCommands() {
    return List.of(SettlementImportCommand.class, OpeningImportCommand.class);
  }

  /**
   * Settlement status files (clerks) and opening balances (administrators), on the Import screen.
   */
  @Override
  public List<ImportKind> importKinds() {
    return List.of(SettlementImportKinds.STATUS_FILE, SettlementImportKinds.OPENING_BALANCES);
  }

  /** The inbox's settlement/ folder of status files. */
  @Override
  public List<InboxFolder> inboxFolders() {
    return List.of(SettlementImportKinds.STATUS_FOLDER);
  }

  /**
   * Working settlements, booking CSDR penalties, and administering the workspace, which loading a
   * firm's opening balances is (like a restore, it sets where the workspace starts, once).
   */
  @Override
  public Set<Permission> permissions() {
    return EnumSet.of(
        Permission.WORK_SETTLEMENTS, Permission.BOOK_PENALTIES, Permission.ADMINISTER_WORKSPACE);
  }

  @Override
  public SettlementServices open(AppServices platform) {
    return new SettlementServices(platform);
  }

  /** The cash ladder, netting, fails aging and CSDR penalties reports. */
  @Override
  public List<ReportDefinition> reports() {
    return List.of(
        new CashLadderReport(),
        new NettingReport(),
        new FailsAgingReport(),
        new CsdrPenaltiesReport());
  }

  /**
   * Obligations (Ctrl+2), the Cash ladder (Ctrl+Shift+C), Fails (Ctrl+Shift+S) and Penalties
   * (Ctrl+Shift+Y), for users who may view data.
   */
  @Override
  public List<ScreenDescriptor> screens() {
    return List.of(
        ObligationsScreen.descriptor(),
        CashLadderScreen.descriptor(),
        FailsScreen.descriptor(),
        PenaltiesScreen.descriptor());
  }

  /** The Settlement tab of the blotter's trade detail. */
  @Override
  public List<TradeDetailTab> tradeDetailTabs() {
    return List.of(new SettlementTradeTab());
  }
}
