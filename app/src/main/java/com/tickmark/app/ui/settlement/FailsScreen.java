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
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * The Fails screen: the settlement fails as of the business date with reason, age and aging bucket,
 * value, penalties accrued, owner and comment, the selected fail's custodian status lines, and
 * assigning them (WORK_SETTLEMENTS). For users who may view data.
 */
public final class FailsScreen extends ModelViewScreen<FailsViewModel, FailsView> {
  public static final String ID = "fails";

  FailsScreen(
      FailsViewModel vm, UiState uiState, TableExports exports, Consumer<String> openTrade) {
    super(vm, new FailsView(vm, uiState, exports, openTrade));
  }

  /** How the screen registers itself in the main window. */
  public static ScreenDescriptor descriptor() {
    return ScreenDescriptor.of(
            ID, "Fails", MaterialDesignA.ALERT_OCTAGON_OUTLINE, 24, FailsScreen::create)
        .withShortcut(ScreenDescriptor.shifted(KeyCode.S))
        .requiringAnyOf(Permission.VIEW_DATA);
  }

  static FailsScreen create(ScreenContext context) {
    SettlementServices settlement = context.services().area(SettlementServices.class);
    FailsViewModel vm =
        new FailsViewModel(
            settlement.fails(),
            settlement.penalties(),
            settlement.statusImports(),
            context.services().referenceData(),
            context.actor(),
            () -> context.services().businessDate().businessDate(),
            context.executor());
    return new FailsScreen(
        vm,
        context.uiState(),
        TableExports.of(context.services(), context.actor(), context.executor(), context.uiState()),
        trade -> context.open(BlotterScreen.ID, trade));
  }
}
