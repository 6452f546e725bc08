package com.tickmark.app.ledger;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.Area;
import com.tickmark.app.cli.LedgerCommand;
import com.tickmark.app.ui.ledger.AccountStatementScreen;
import com.tickmark.app.ui.ledger.FinancialStatementsScreen;
import com.tickmark.app.ui.ledger.JournalScreen;
import com.tickmark.app.ui.ledger.ProfitAndLossScreen;
import com.tickmark.app.ui.ledger.TrialBalanceScreen;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.model.ledger.report.AccountStatementReport;
import com.tickmark.model.ledger.report.BalanceSheetReport;
import com.tickmark.model.ledger.report.IncomeStatementReport;
import com.tickmark.model.ledger.report.ProfitAndLossReport;
import com.tickmark.model.ledger.report.TrialBalanceReport;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.security.Permission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The ledger: the chart of accounts, the journal fed by the trade lifecycle, manual journals under
 * four eyes, the trial balance, account statements and the closing of periods.
 */
public final class LedgerArea implements Area {
  @Override
  public List<Class<?>> commands() {
    return List.of(LedgerCommand.class);
  }

  /** Posting and approving manual journals, and closing periods. */
  @Override
  public Set<Permission> permissions() {
    return EnumSet.of(
        Permission.POST_JOURNALS, Permission.APPROVE_JOURNALS, Permission.CLOSE_PERIODS);
  }

  /** The trial balance, account statements, the income statement, the balance sheet and P&L. */
  @Override
  public List<ReportDefinition> reports() {
    return List.of(
        new TrialBalanceReport(),
        new AccountStatementReport(),
        new IncomeStatementReport(),
        new BalanceSheetReport(),
        new ProfitAndLossReport());
  }

  /**
   * The accountant's screens, for users who may view data: Trial balance (Ctrl+4), Account
   * statement (Ctrl+Shift+A), Journal (Ctrl+Shift+J), Financial statements (Ctrl+Shift+B) and
   * P&amp;L (Ctrl+Shift+G).
   */
  @Override
  public List<ScreenDescriptor> screens() {
    return List.of(
        TrialBalanceScreen.descriptor(),
        AccountStatementScreen.descriptor(),
        JournalScreen.descriptor(),
        FinancialStatementsScreen.descriptor(),
        ProfitAndLossScreen.descriptor());
  }

  @Override
  public LedgerServices open(AppServices platform) {
    return new LedgerServices(platform);
  }
}
