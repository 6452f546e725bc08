package com.tickmark.app.ui.ledger;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.common.DatePickers;
import com.tickmark.app.ui.ledger.ManualJournalViewModel.Line;
import com.tickmark.app.ui.trade.FormDialog;
import com.tickmark.model.ledger.LedgerAccount;
import com.tickmark.model.refdata.CurrencyCode;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The New manual journal dialog: the date and description, a row per line (account, currency,
 * debit, credit, book, memo; added and removed), each currency's debits, credits and difference as
 * typed, and OK only when the journal balances.
 */
final class ManualJournalDialog {
  private final ManualJournalViewModel vm;
  private final GridPane grid = new GridPane();

  private ManualJournalDialog(ManualJournalViewModel vm) {
    this.vm = vm;
  }

  static void show(Window owner, ManualJournalViewModel vm) {
    ManualJournalDialog d = new ManualJournalDialog(vm);
    FormDialog dialog =
        new FormDialog(
            owner,
            "New manual journal",
            "A manual journal posts when a second accountant approves it",
            "Submit for approval");
    DatePicker date = DatePickers.iso();
    date.setId("ledger-mj-date");
    date.valueProperty().bindBidirectional(vm.dateProperty());
    TextField description = new TextField();
    description.setId("ledger-mj-description");
    description.setPromptText("What the journal is for");
    description.textProperty().bindBidirectional(vm.descriptionProperty());
    HBox head =
        new HBox(
            14,
            FormDialog.field("Date", date, null),
            FormDialog.field("Description", description, null));
    HBox.setHgrow(head.getChildren().get(1), Priority.ALWAYS);

    d.grid.setId("ledger-mj-lines");
    d.grid.setHgap(8);
    d.grid.setVgap(6);
    d.layoutLines();
    vm.lines().addListener((ListChangeListener<Line>) c -> d.layoutLines());
    Button add = new Button("Add line", new FontIcon(MaterialDesignP.PLUS));
    add.setId("ledger-mj-add-line");
    add.setOnAction(e -> vm.addLine());

    Label totals = new Label();
    totals.setId("ledger-mj-totals");
    totals.textProperty().bind(vm.totalsProperty());
    totals.getStyleClass().add(Styles.TEXT_BOLD);
    totals.setMinHeight(Region.USE_PREF_SIZE);
    dialog
        .content()
        .getChildren()
        .addAll(
            head,
            d.grid,
            add,
            totals,
            FormDialog.message("ledger-mj-problem", vm.problemProperty(), Styles.TEXT_MUTED),
            FormDialog.message("ledger-mj-failure", vm.failureProperty(), Styles.DANGER));
    dialog.onOk(vm.canSubmit(), vm.busyProperty(), vm::submit);
    dialog.show();
  }

  /** A row per line under the column headings. */
  private void layoutLines() {
    grid.getChildren().clear();
    String[] headings = {"Account", "Currency", "Debit", "Credit", "Book", "Memo", ""};
    for (int c = 0; c < headings.length; c++) {
      Label h = new Label(headings[c]);
      h.getStyleClass().add(Styles.TEXT_SMALL);
      if (c == 2 || c == 3) {
        GridPane.setHalignment(h, HPos.RIGHT);
      }
      grid.add(h, c, 0);
    }
    int row = 1;
    for (Line line : vm.lines()) {
      String id = "ledger-mj-line-" + row + "-";
      ComboBox<LedgerAccount> account = new ComboBox<>();
      account.getItems().setAll(vm.accounts());
      account.setConverter(
          new StringConverter<>() {
            @Override
            public String toString(LedgerAccount a) {
              return a == null ? "" : a.label();
            }

            @Override
            public LedgerAccount fromString(String text) {
              return vm.accounts().stream()
                  .filter(a -> a.label().equals(text))
                  .findFirst()
                  .orElse(null);
            }
          });
      account.setPromptText("Account");
      account.setVisibleRowCount(14);
      account.setPrefWidth(280);
      account.setId(id + "account");
      account.valueProperty().bindBidirectional(line.accountProperty());
      ComboBox<CurrencyCode> currency = new ComboBox<>();
      currency.getItems().setAll(vm.currencies());
      currency.setId(id + "currency");
      currency.setPrefWidth(100);
      currency.valueProperty().bindBidirectional(line.currencyProperty());
      TextField debit = amount(id + "debit");
      debit.textProperty().bindBidirectional(line.debitProperty());
      TextField credit = amount(id + "credit");
      credit.textProperty().bindBidirectional(line.creditProperty());
      ComboBox<BookChoice> book = new ComboBox<>();
      book.getItems().setAll(vm.books());
      book.setId(id + "book");
      book.setPrefWidth(210);
      book.valueProperty().bindBidirectional(line.bookProperty());
      TextField memo = new TextField();
      memo.setId(id + "memo");
      memo.setPrefWidth(180);
      memo.textProperty().bindBidirectional(line.memoProperty());
      Button remove = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
      remove.setId(id + "remove");
      remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
      remove.setTooltip(new Tooltip("Remove this line"));
      remove.setDisable(vm.lines().size() <= 1);
      remove.setOnAction(e -> vm.removeLine(line));
      for (Region r : List.of(account, currency, debit, credit, book, memo)) {
        r.setMinWidth(Region.USE_PREF_SIZE);
      }
      grid.addRow(row, account, currency, debit, credit, book, memo, remove);
      row++;
    }
    if (grid.getScene() != null && grid.getScene().getWindow() != null) {
      FormDialog.sizeToScene(grid.getScene().getWindow());
    }
  }

  private static TextField amount(String id) {
    TextField f = new TextField();
    f.setId(id);
    f.setPrefWidth(120);
    f.setAlignment(Pos.CENTER_RIGHT);
    return f;
  }
}
