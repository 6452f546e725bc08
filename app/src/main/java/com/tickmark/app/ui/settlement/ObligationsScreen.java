package com.tickmark.app.ui.settlement;

import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.shell.Screen;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.model.security.Permission;
import javafx.scene.Node;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The Obligations screen: every live trade's settlement obligation as of the business date,
 * filtered by status (pending, settled, failed), and their cash netting sets. For users who may
 * view data.
 */
public final class ObligationsScreen implements Screen {
  public static final String ID = "obligations";

  private final ObligationsViewModel vm;
  private final ObligationsView view;

  ObligationsScreen(ObligationsViewModel vm, UiState uiState, TableExports exports) {
    this.vm = vm;
    this.view = new ObligationsView(vm, uiState, exports);
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

  @Override
  public Node view() {
    return view.root();
  }

  @Override
  public void activate() {
    vm.activate();
  }

  @Override
  public void deactivate() {}

  @Override
  public void refresh() {
    vm.refresh();
  }

  @Override
  public void focusSearch() {
    view.focusSearch();
  }

  ObligationsViewModel viewModel() {
    return vm;
  }

  ObligationsView layout() {
    return view;
  }
}
