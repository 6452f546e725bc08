package com.tickmark.app.ui.ledger;

import com.tickmark.app.ledger.LedgerServices;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.blotter.BlotterScreen;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.model.ledger.report.AccountStatementReport;
import com.tickmark.model.security.Permission;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;

/**
 * The Account statement screen: an account's opening balance, its lines with the running balance
 * and its closing balance, per currency; drills to each line's entry and trade. Another screen
 * opens it on an account by its code. For users who may view data.
 */
public final class AccountStatementScreen
    extends ModelViewScreen<AccountStatementViewModel, AccountStatementView> {
  public static final String ID = "account-statement";

  AccountStatementScreen(
      AccountStatementViewModel vm,
      UiState uiState,
      TableExports exports,
      AccountStatementView.StatementReport report,
      Consumer<String> openEntry,
      Consumer<String> openTrade) {
    super(vm, new AccountStatementView(vm, uiState, exports, report, openEntry, openTrade));
  }

  /** Shows the statement of the account with the code {@code account}. */
  @Override
  public void reveal(String account) {
    viewModel().show(account);
  }

  /** How the screen registers itself in the main window: Ctrl+Shift+A. */
  public static ScreenDescriptor descriptor() {
    return ScreenDescriptor.of(
            ID,
            "Account statement",
            MaterialDesignB.BOOK_OPEN_VARIANT,
            41,
            AccountStatementScreen::create)
        .withShortcut(ScreenDescriptor.shifted(KeyCode.A))
        .requiringAnyOf(Permission.VIEW_DATA);
  }

  static AccountStatementScreen create(ScreenContext context) {
    AccountStatementViewModel vm =
        new AccountStatementViewModel(
            context.services().area(LedgerServices.class).ledger(),
            context.services().referenceData(),
            context.actor(),
            () -> context.services().businessDate().businessDate(),
            context.executor());
    return new AccountStatementScreen(
        vm,
        context.uiState(),
        TableExports.of(context.services(), context.actor(), context.executor(), context.uiState()),
        (account, from, to) ->
            new AccountStatementReport()
                .build(
                    Map.of("accounts", account, "from", from.toString(), "to", to.toString()),
                    context.services().reportContext(context.actor())),
        entry -> context.open(JournalScreen.ID, entry),
        trade -> context.open(BlotterScreen.ID, trade));
  }
}
