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
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The Penalties screen: a month's CSDR cash penalties per fail and day, paid and received, with
 * their totals per currency and direction and who booked each, and marking the month booked
 * (BOOK_PENALTIES, accountants). For users who may view data (the clerk chasing fails sees them).
 */
public final class PenaltiesScreen extends ModelViewScreen<PenaltiesViewModel, PenaltiesView> {
  public static final String ID = "penalties";

  PenaltiesScreen(
      PenaltiesViewModel vm, UiState uiState, TableExports exports, Consumer<String> openTrade) {
    super(vm, new PenaltiesView(vm, uiState, exports, openTrade));
  }

  /** How the screen registers itself in the main window: Ctrl+Shift+Y. */
  public static ScreenDescriptor descriptor() {
    return ScreenDescriptor.of(
            ID, "Penalties", MaterialDesignS.SCALE_BALANCE, 25, PenaltiesScreen::create)
        .withShortcut(ScreenDescriptor.shifted(KeyCode.Y))
        .requiringAnyOf(Permission.VIEW_DATA);
  }

  static PenaltiesScreen create(ScreenContext context) {
    PenaltiesViewModel vm =
        new PenaltiesViewModel(
            context.services().area(SettlementServices.class).penaltyBookings(),
            context.services().referenceData(),
            context.actor(),
            () -> context.services().businessDate().businessDate(),
            context.executor());
    return new PenaltiesScreen(
        vm,
        context.uiState(),
        TableExports.of(context.services(), context.actor(), context.executor(), context.uiState()),
        trade -> context.open(BlotterScreen.ID, trade));
  }
}
