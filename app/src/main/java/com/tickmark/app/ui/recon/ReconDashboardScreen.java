package com.tickmark.app.ui.recon;

import com.tickmark.app.recon.ReconServices;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.model.security.Permission;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The Recon dashboard: each recon's latest run and its breaks to work, the breaks by kind and age,
 * the 30-day match-rate trend; any recon opens its breaks. For users who may view data.
 */
public final class ReconDashboardScreen
    extends ModelViewScreen<ReconDashboardViewModel, ReconDashboardView> {
  public static final String ID = "recon-dashboard";

  private ReconDashboardScreen(ReconDashboardViewModel vm, ReconDashboardView view) {
    super(vm, view);
  }

  /** How the screen registers itself in the main window. */
  public static ScreenDescriptor descriptor() {
    return ScreenDescriptor.of(
            ID, "Recons", MaterialDesignV.VIEW_DASHBOARD_OUTLINE, 29, ReconDashboardScreen::create)
        .withShortcut(ScreenDescriptor.shifted(KeyCode.D))
        .requiringAnyOf(Permission.VIEW_DATA);
  }

  static ReconDashboardScreen create(ScreenContext context) {
    ReconDashboardViewModel vm =
        new ReconDashboardViewModel(
            context.services().area(ReconServices.class).runs(),
            context.services().area(ReconServices.class).definitions(),
            context.actor(),
            context.executor());
    return new ReconDashboardScreen(
        vm,
        new ReconDashboardView(
            vm,
            context.uiState(),
            TableExports.of(
                context.services(), context.actor(), context.executor(), context.uiState()),
            recon -> context.open(BreaksScreen.ID, recon)));
  }
}
