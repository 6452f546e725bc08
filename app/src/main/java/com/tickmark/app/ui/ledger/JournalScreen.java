package com.tickmark.app.ui.ledger;

import com.tickmark.app.ledger.LedgerServices;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.approvals.ApprovalsScreen;
import com.tickmark.app.ui.blotter.BlotterScreen;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.model.security.Permission;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;

/**
 * The Journal screen: the journal's entries newest first with the selected entry's lines, the
 * manual journals waiting for approval, and a new manual journal (POST_JOURNALS). Another screen
 * opens it on an entry by its number. For users who may view data.
 */
public final class JournalScreen extends ModelViewScreen<JournalViewModel, JournalView> {
  public static final String ID = "journal";

  JournalScreen(
      JournalViewModel vm,
      UiState uiState,
      TableExports exports,
      Consumer<String> openTrade,
      Runnable openApprovals) {
    super(vm, new JournalView(vm, uiState, exports, openTrade, openApprovals));
  }

  /** Shows the entry whose number is {@code entry}. */
  @Override
  public void reveal(String entry) {
    viewModel().show(entry);
  }

  /** How the screen registers itself in the main window: Ctrl+Shift+J. */
  public static ScreenDescriptor descriptor() {
    return ScreenDescriptor.of(ID, "Journal", MaterialDesignN.NOTEBOOK, 42, JournalScreen::create)
        .withShortcut(ScreenDescriptor.shifted(KeyCode.J))
        .requiringAnyOf(Permission.VIEW_DATA);
  }

  static JournalScreen create(ScreenContext context) {
    JournalViewModel vm =
        new JournalViewModel(
            context.services().area(LedgerServices.class).ledger(),
            context.services().referenceData(),
            context.actor(),
            () -> context.services().businessDate().businessDate(),
            () -> context.services().firm().reportingCurrency(context.actor()),
            context.executor());
    return new JournalScreen(
        vm,
        context.uiState(),
        TableExports.of(context.services(), context.actor(), context.executor(), context.uiState()),
        trade -> context.open(BlotterScreen.ID, trade),
        () -> context.open(ApprovalsScreen.ID, ""));
  }
}
