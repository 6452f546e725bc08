package com.tickmark.app.ui.settlement;

import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.model.security.Permission;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The Obligations screen: every live trade's settlement obligation as of the business date,
 * filtered by status (pending, settled, failed), and their cash netting sets. For users who may
 * view data.
 */
public final class ObligationsScreen
    extends ModelViewScreen<ObligationsViewModel, ObligationsView> {
  public static final String ID = "obligations";

  ObligationsScreen(ObligationsViewModel vm, UiState uiState, TableExports exports) {
    super(vm, new ObligationsView(vm, uiState, exports));
  }

  /** A trade's obligation another screen drilled to (a settlement break): found by its id. */
  @Override
  public void reveal(String tradeId) {
    viewModel().statusProperty().set(ObligationsViewModel.StatusFilter.ALL);
    viewModel().table().filterTextProperty().set(tradeId);
  }

  /** How the screen registers itself in the main window. */
  public static ScreenDescriptor descriptor() {
    return ScreenDescriptor.of(
            ID, "Obligations", MaterialDesignS.SWAP_HORIZONTAL, 22, ObligationsScreen::create)
        .withShortcut(ScreenDescriptor.digit(2))
        .requiringAnyOf(Permission.VIEW_DATA);
  }

  static ObligationsScreen create(ScreenContext context) {
    ObligationsViewModel vm =
        new ObligationsViewModel(
            context.services().area(SettlementServices.class).obligations(),
            context.services().referenceData(),
            context.actor(),
            () -> context.services().businessDate().businessDate(),
            context.executor());
    return new ObligationsScreen(
        vm,
        context.uiState(),
        TableExports.of(
            context.services(), context.actor(), context.executor(), context.uiState()));
  }
}
