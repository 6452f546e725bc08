package com.tickmark.app.ui.ledger;

import com.tickmark.app.ledger.LedgerServices;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.model.security.Permission;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The Financial statements screen: the income statement of a period or the balance sheet as of a
 * date, per book or consolidated, in the reporting currency, with the net income or whether the
 * balance sheet balances; an account's row drills into its statement. For users who may view data.
 */
public final class FinancialStatementsScreen
    extends ModelViewScreen<FinancialStatementsViewModel, FinancialStatementsView> {
  public static final String ID = "financial-statements";

  FinancialStatementsScreen(
      FinancialStatementsViewModel vm,
      UiState uiState,
      TableExports exports,
      Consumer<String> openStatement) {
    super(vm, new FinancialStatementsView(vm, uiState, exports, openStatement));
  }

  /** How the screen registers itself in the main window: Ctrl+Shift+B. */
  public static ScreenDescriptor descriptor() {
    return ScreenDescriptor.of(
            ID,
            "Financial statements",
            MaterialDesignS.SCALE_BALANCE,
            43,
            FinancialStatementsScreen::create)
        .withShortcut(ScreenDescriptor.shifted(KeyCode.B))
        .requiringAnyOf(Permission.VIEW_DATA);
  }

  static FinancialStatementsScreen create(ScreenContext context) {
    FinancialStatementsViewModel vm =
        new FinancialStatementsViewModel(
            context.services().area(LedgerServices.class).ledger(),
            context.services().referenceData(),
            context.actor(),
            () -> context.services().businessDate().businessDate(),
            context.executor());
    return new FinancialStatementsScreen(
        vm,
        context.uiState(),
        TableExports.of(context.services(), context.actor(), context.executor(), context.uiState()),
        account -> context.open(AccountStatementScreen.ID, account));
  }
}
