package com.tickmark.app.ui.ledger;

import com.tickmark.app.ledger.LedgerServices;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.model.security.Permission;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The P&amp;L screen: what the ledger books as P&amp;L by book, strategy or instrument — day, month
 * to date, year to date, realized, unrealized and costs. For users who may view data.
 */
public final class ProfitAndLossScreen
    extends ModelViewScreen<ProfitAndLossViewModel, ProfitAndLossView> {
  public static final String ID = "ledger-pnl";

  ProfitAndLossScreen(ProfitAndLossViewModel vm, UiState uiState, TableExports exports) {
    super(vm, new ProfitAndLossView(vm, uiState, exports));
  }

  /** How the screen registers itself in the main window: Ctrl+Shift+G. */
  public static ScreenDescriptor descriptor() {
    return ScreenDescriptor.of(
            ID, "P&L", MaterialDesignC.CHART_LINE, 44, ProfitAndLossScreen::create)
        .withShortcut(ScreenDescriptor.shifted(KeyCode.G))
        .requiringAnyOf(Permission.VIEW_DATA);
  }

  static ProfitAndLossScreen create(ScreenContext context) {
    ProfitAndLossViewModel vm =
        new ProfitAndLossViewModel(
            context.services().area(LedgerServices.class).ledger(),
            context.services().referenceData(),
            context.actor(),
            () -> context.services().businessDate().businessDate(),
            context.executor());
    return new ProfitAndLossScreen(
        vm,
        context.uiState(),
        TableExports.of(
            context.services(), context.actor(), context.executor(), context.uiState()));
  }
}
