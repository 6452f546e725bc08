package com.tickmark.app.recon;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.Area;
import com.tickmark.app.area.ImportKind;
import com.tickmark.app.area.InboxFolder;
import com.tickmark.app.cli.ConfirmationImportCommand;
import com.tickmark.app.cli.HoldingImportCommand;
import com.tickmark.app.cli.ReconCommand;
import com.tickmark.app.cli.StatementCommand;
import com.tickmark.app.cli.StatementImportCommand;
import com.tickmark.app.ui.recon.BreaksScreen;
import com.tickmark.app.ui.recon.ReconDashboardScreen;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.model.recon.report.OpenBreaksReport;
import com.tickmark.model.recon.report.ReconSummaryReport;
import com.tickmark.model.recon.report.ResolvedBreaksReport;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.security.Permission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The reconciliation area: its inputs — bank statement files (MT940, camt.053) checked without
 * storing them ({@code tickmark statement check}), imported ({@code tickmark import statement}) and
 * listed ({@code tickmark statement list}); brokers' confirmations and custodians' holdings ({@code
 * import confirms}, {@code import holdings}, {@code recon confirms|holdings}); all three on the
 * Import screen and in {@code import inbox} — and the recons run over them ({@code recon run}),
 * their breaks ({@code recon breaks}) and the work on them, write-offs above a recon's limit
 * approved by a second person.
 */
public final class ReconArea implements Area {
  @Override
  public List<ScreenDescriptor> screens() {
    return List.of(ReconDashboardScreen.descriptor(), BreaksScreen.descriptor());
  }

  @Override
  public List<Class<?>> commands() {
    return List.of(StatementCommand.class, ReconCommand.class);
  }

  @Override
  public List<Class<?>> importCommands() {
    return List.of(
        ConfirmationImportCommand.class, HoldingImportCommand.class, StatementImportCommand.class);
  }

  /** Bank statements, brokers' confirmations and custodians' holdings, on the Import screen. */
  @Override
  public List<ImportKind> importKinds() {
    return List.of(
        ReconImportKinds.BANK_STATEMENT, ReconImportKinds.CONFIRMATIONS, ReconImportKinds.HOLDINGS);
  }

  /** The inbox's confirmations/, custody/ and bank/ folders. */
  @Override
  public List<InboxFolder> inboxFolders() {
    return List.of(
        ReconImportKinds.CONFIRMATIONS_FOLDER,
        ReconImportKinds.CUSTODY_FOLDER,
        ReconImportKinds.BANK_FOLDER);
  }

  /** Importing the reconciliations' inputs. */
  @Override
  public Set<Permission> permissions() {
    return EnumSet.of(Permission.WORK_RECONCILIATIONS, Permission.APPROVE_WRITE_OFFS);
  }

  /** The open breaks with aging, the recon summary by day and the resolved breaks log. */
  @Override
  public List<ReportDefinition> reports() {
    return List.of(new OpenBreaksReport(), new ReconSummaryReport(), new ResolvedBreaksReport());
  }

  @Override
  public ReconServices open(AppServices platform) {
    return new ReconServices(platform);
  }
}
