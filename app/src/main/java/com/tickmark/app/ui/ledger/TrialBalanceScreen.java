package com.tickmark.app.ui.ledger;

import com.tickmark.app.ledger.LedgerServices;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.model.security.Permission;
import java.util.function.Consumer;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The Trial balance screen: every account's balance as of a date, per book or consolidated, in its
 * currency and the reporting currency, with the totals that show the books balance; a row drills
 * into its account's statement. For users who may view data.
 */
public final class TrialBalanceScreen
    extends ModelViewScreen<TrialBalanceViewModel, TrialBalanceView> {
  public static final String ID = "trial-balance";

  TrialBalanceScreen(
      TrialBalanceViewModel vm,
      UiState uiState,
      TableExports exports,
      Consumer<String> openStatement) {
    super(vm, new TrialBalanceView(vm, uiState, exports, openStatement));
  }

  /** How the screen registers itself in the main window: Ctrl+4, the ledger's digit. */
  public static ScreenDescriptor descriptor() {
    return ScreenDescriptor.of(
            ID, "Trial balance", MaterialDesignC.CALCULATOR_VARIANT, 40, TrialBalanceScreen::create)
        .withShortcut(ScreenDescriptor.digit(4))
        .requiringAnyOf(Permission.VIEW_DATA);
  }

  static TrialBalanceScreen create(ScreenContext context) {
    TrialBalanceViewModel vm =
        new TrialBalanceViewModel(
            context.services().area(LedgerServices.class).ledger(),
            context.services().area(LedgerServices.class).posting(),
            context.services().referenceData(),
            context.actor(),
            () -> context.services().businessDate().businessDate(),
            context.executor());
    return new TrialBalanceScreen(
        vm,
        context.uiState(),
        TableExports.of(context.services(), context.actor(), context.executor(), context.uiState()),
        account -> context.open(AccountStatementScreen.ID, account));
  }
}
