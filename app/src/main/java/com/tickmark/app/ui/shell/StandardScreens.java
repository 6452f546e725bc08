package com.tickmark.app.ui.shell;

import com.tickmark.app.ui.admin.AdminScreen;
import com.tickmark.app.ui.approvals.ApprovalsScreen;
import com.tickmark.app.ui.audit.AuditScreen;
import com.tickmark.app.ui.blotter.BlotterScreen;
import com.tickmark.app.ui.fixrepair.FixRepairScreen;
import com.tickmark.app.ui.imports.ImportScreen;
import com.tickmark.app.ui.refdata.ReferenceDataScreen;
import com.tickmark.app.ui.reports.ReportsScreen;

/**
 * The screens of Tickmark. A new screen adds one line here with its descriptor (title, icon, place,
 * shortcut, factory); the navigation and the View menu show exactly these.
 */
public final class StandardScreens {
  private StandardScreens() {}

  public static ScreenRegistry registry() {
    return new ScreenRegistry()
        .register(BlotterScreen.descriptor())
        .register(FixRepairScreen.descriptor())
        .register(ImportScreen.descriptor())
        .register(ReportsScreen.descriptor())
        .register(ReferenceDataScreen.descriptor())
        .register(ApprovalsScreen.descriptor())
        .register(AuditScreen.descriptor())
        .register(AdminScreen.descriptor());
  }
}
