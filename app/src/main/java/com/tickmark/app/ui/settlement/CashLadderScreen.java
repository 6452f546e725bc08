package com.tickmark.app.ui.settlement;

import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.blotter.BlotterScreen;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.model.security.Permission;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The Cash ladder screen: per currency and cash account, the next ten business days' cash, with
 * drill from a figure to the obligations behind it. For users who may view data.
 */
public final class CashLadderScreen extends ModelViewScreen<CashLadderViewModel, CashLadderView> {
  public static final String ID = "cash-ladder";

  CashLadderScreen(
      CashLadderViewModel vm, UiState uiState, TableExports exports, Consumer<String> openTrade) {
    super(vm, new CashLadderView(vm, uiState, exports, openTrade));
  }

  /** How the screen registers itself in the main window. */
  public static ScreenDescriptor descriptor() {
    return ScreenDescriptor.of(
            ID, "Cash ladder", MaterialDesignC.CASH_MULTIPLE, 23, CashLadderScreen::create)
        .withShortcut(ScreenDescriptor.shifted(KeyCode.C))
        .requiringAnyOf(Permission.VIEW_DATA);
  }

  static CashLadderScreen create(ScreenContext context) {
    CashLadderViewModel vm =
        new CashLadderViewModel(
            context.services().area(SettlementServices.class).cashLadder(),
            context.services().referenceData(),
            context.actor(),
            () -> context.services().businessDate().businessDate(),
            context.executor());
    return new CashLadderScreen(
        vm,
        context.uiState(),
        TableExports.of(context.services(), context.actor(), context.executor(), context.uiState()),
        trade -> context.open(BlotterScreen.ID, trade));
  }
}
