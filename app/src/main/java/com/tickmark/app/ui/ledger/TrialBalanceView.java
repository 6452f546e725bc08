package com.tickmark.app.ui.ledger;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.common.DatePickers;
import com.tickmark.app.ui.common.NoticeBar;
import com.tickmark.app.ui.common.RowDrill;
import com.tickmark.app.ui.ledger.TrialBalanceViewModel.Row;
import com.tickmark.app.ui.ledger.TrialBalanceViewModel.Summary;
import com.tickmark.app.ui.ledger.TrialBalanceViewModel.Total;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.table.Formats;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TablePane;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The Trial balance screen's layout: the as-of date and the book, then each currency's debit and
 * credit totals and whether the books balance, above the table; a row opens its account's
 * statement.
 */
final class TrialBalanceView implements ModelViewScreen.Layout {
  private final TablePane<Row> balances;
  private final FlowPane totals = new FlowPane(20, 6);
  private final BorderPane root = new BorderPane();

  /**
   * @param openStatement shows an account's statement (the drill from a row)
   */
  TrialBalanceView(
      TrialBalanceViewModel vm,
      UiState uiState,
      TableExports exports,
      Consumer<String> openStatement) {
    balances = new TablePane<>(vm.table(), uiState, exports);
    balances.setExportTitle(
        () ->
            "Trial balance as of "
                + vm.asOfProperty().get()
                + (vm.bookProperty().get() == null || vm.bookProperty().get().id() == null
                    ? ""
                    : ", book " + vm.bookProperty().get().code()));
    DatePicker asOf = DatePickers.iso();
    asOf.setId("ledger-tb-as-of");
    asOf.setPrefWidth(150);
    asOf.setMinWidth(Region.USE_PREF_SIZE);
    asOf.valueProperty().bindBidirectional(vm.asOfProperty());
    Label asOfLabel = new Label("As of");
    asOfLabel.setMinWidth(Region.USE_PREF_SIZE);
    asOfLabel.setLabelFor(asOf);
    ComboBox<BookChoice> book = new ComboBox<>(vm.books());
    book.setId("ledger-tb-book");
    book.setMinWidth(Region.USE_PREF_SIZE);
    book.valueProperty().bindBidirectional(vm.bookProperty());
    Label bookLabel = new Label("Book");
    bookLabel.setMinWidth(Region.USE_PREF_SIZE);
    bookLabel.setLabelFor(book);
    Button post = new Button("Post to the ledger", new FontIcon(MaterialDesignB.BOOK_PLUS));
    post.setId("ledger-tb-post");
    post.setTooltip(
        new Tooltip(
            "Post what happened up to the business date and is not posted yet (the end of day"
                + " does it too)"));
    post.setOnAction(e -> vm.post());
    Node offered = vm.postPermitted().offer(post);
    if (vm.postPermitted().allowed()) {
      post.disableProperty().bind(vm.busyProperty());
    }
    HBox pickers = new HBox(8, asOfLabel, asOf, bookLabel, book, offered);
    pickers.setAlignment(Pos.CENTER_LEFT);
    pickers.setPadding(new Insets(8, 12, 0, 12));
    RowDrill.attach(
        balances,
        Row::account,
        openStatement,
        "ledger-tb-open-statement",
        "Open statement",
        "Show the selected account's statement");
    totals.setId("ledger-tb-totals");
    totals.setAlignment(Pos.CENTER_LEFT);
    totals.setPadding(new Insets(8, 12, 0, 12));
    show(vm.summaryProperty().get());
    vm.summaryProperty().addListener((obs, old, now) -> show(now));
    NoticeBar notice = new NoticeBar(vm.noticeProperty(), vm::dismissNotice, "ledger-tb-notice");
    VBox top = new VBox(notice.root(), pickers, totals);
    VBox.setMargin(notice.root(), new Insets(8, 8, 0, 8));
    root.setTop(top);
    root.setCenter(balances.root());
  }

  private void show(Summary s) {
    totals.getChildren().clear();
    if (s.reportingCurrency() == null) {
      return;
    }
    if (s.totals().isEmpty()) {
      Label none =
          new Label(
              "Nothing posted as of this date: the end of day posts each day, or Post to the"
                  + " ledger now");
      none.getStyleClass().add(Styles.TEXT_MUTED);
      totals.getChildren().add(none);
    }
    for (Total t : s.totals()) {
      totals.getChildren().add(total(t));
    }
    Label name = new Label("Reporting total (" + s.reportingCurrency().code() + ")");
    name.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    Label amount = new Label(Formats.grouped(s.reportingTotal(), s.reportingTotal().scale()));
    amount.setId("ledger-tb-reporting-total");
    amount.getStyleClass().add(Styles.TEXT_BOLD);
    totals.getChildren().add(new VBox(1, name, amount));
    Label verdict =
        new Label(
            s.balanced() ? "The books balance" : "The books do not balance",
            new FontIcon(
                s.balanced()
                    ? MaterialDesignC.CHECK_CIRCLE_OUTLINE
                    : MaterialDesignA.ALERT_CIRCLE_OUTLINE));
    verdict.setId("ledger-tb-verdict");
    verdict.getStyleClass().addAll(Styles.TEXT_BOLD, s.balanced() ? Styles.SUCCESS : Styles.DANGER);
    verdict.setMinWidth(Region.USE_PREF_SIZE);
    totals.getChildren().add(verdict);
  }

  private static Node total(Total t) {
    String code = t.currency().code();
    Label name = new Label(code + " debits / credits");
    name.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    Label amount =
        new Label(
            Formats.grouped(t.debit(), t.debit().scale())
                + " / "
                + Formats.grouped(t.credit(), t.credit().scale()));
    amount.setId("ledger-tb-total-" + code);
    amount.getStyleClass().addAll(Styles.TEXT_BOLD, t.balanced() ? "" : Styles.DANGER);
    return new VBox(1, name, amount);
  }

  @Override
  public void focusSearch() {
    balances.focusFilter();
  }

  @Override
  public Node root() {
    return root;
  }
}
