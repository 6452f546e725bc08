package com.tickmark.app.ui.ledger;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.common.DatePickers;
import com.tickmark.app.ui.common.NoticeBar;
import com.tickmark.app.ui.common.RowDrill;
import com.tickmark.app.ui.ledger.FinancialStatementsViewModel.Row;
import com.tickmark.app.ui.ledger.FinancialStatementsViewModel.Statement;
import com.tickmark.app.ui.ledger.FinancialStatementsViewModel.Summary;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.table.Formats;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TablePane;
import java.math.BigDecimal;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The Financial statements screen's layout: the statement, its dates and the book, then its bottom
 * line (the net income; whether the balance sheet balances), above the table; an account's row
 * opens its statement.
 */
final class FinancialStatementsView implements ModelViewScreen.Layout {
  private final TablePane<Row> lines;
  private final FlowPane totals = new FlowPane(12, 6);
  private final BorderPane root = new BorderPane();

  /**
   * @param openStatement shows an account's statement (the drill from a row)
   */
  FinancialStatementsView(
      FinancialStatementsViewModel vm,
      UiState uiState,
      TableExports exports,
      Consumer<String> openStatement) {
    lines = new TablePane<>(vm.table(), uiState, exports);
    lines.setExportTitle(
        () ->
            (vm.statementProperty().get() == Statement.INCOME_STATEMENT
                    ? "Income statement " + vm.fromProperty().get() + " to " + vm.toProperty().get()
                    : "Balance sheet as of " + vm.asOfProperty().get())
                + (vm.bookProperty().get() == null || vm.bookProperty().get().id() == null
                    ? ""
                    : ", book " + vm.bookProperty().get().code()));
    ComboBox<Statement> statement = new ComboBox<>();
    statement.getItems().setAll(Statement.values());
    statement.setId("ledger-fs-statement");
    statement.setMinWidth(Region.USE_PREF_SIZE);
    statement.valueProperty().bindBidirectional(vm.statementProperty());
    Label statementLabel = label("Statement", statement);
    BooleanBinding income = vm.statementProperty().isEqualTo(Statement.INCOME_STATEMENT);
    DatePicker from = picker("ledger-fs-from");
    from.valueProperty().bindBidirectional(vm.fromProperty());
    DatePicker to = picker("ledger-fs-to");
    to.valueProperty().bindBidirectional(vm.toProperty());
    HBox period = new HBox(8, label("From", from), from, label("To", to), to);
    period.setAlignment(Pos.CENTER_LEFT);
    shownWhen(period, income);
    DatePicker asOf = picker("ledger-fs-as-of");
    asOf.valueProperty().bindBidirectional(vm.asOfProperty());
    HBox asOfBox = new HBox(8, label("As of", asOf), asOf);
    asOfBox.setAlignment(Pos.CENTER_LEFT);
    shownWhen(asOfBox, income.not());
    ComboBox<BookChoice> book = new ComboBox<>(vm.books());
    book.setId("ledger-fs-book");
    book.setMinWidth(Region.USE_PREF_SIZE);
    book.valueProperty().bindBidirectional(vm.bookProperty());
    HBox statementBox = new HBox(8, statementLabel, statement);
    statementBox.setAlignment(Pos.CENTER_LEFT);
    HBox bookBox = new HBox(8, label("Book", book), book);
    bookBox.setAlignment(Pos.CENTER_LEFT);
    // wraps on a narrow window rather than push the screen wider than the window
    FlowPane pickers = new FlowPane(16, 6, statementBox, period, asOfBox, bookBox);
    pickers.setAlignment(Pos.CENTER_LEFT);
    pickers.setPadding(new Insets(8, 12, 0, 12));
    RowDrill.attach(
        lines,
        Row::account,
        account -> {
          if (!account.isEmpty()) {
            openStatement.accept(account);
          }
        },
        "ledger-fs-open-statement",
        "Open statement",
        "Show the selected account's statement");
    totals.setId("ledger-fs-totals");
    totals.setAlignment(Pos.CENTER_LEFT);
    totals.setPadding(new Insets(8, 12, 0, 12));
    show(vm.summaryProperty().get());
    vm.summaryProperty().addListener((obs, old, now) -> show(now));
    NoticeBar notice = new NoticeBar(vm.noticeProperty(), vm::dismissNotice, "ledger-fs-notice");
    VBox top = new VBox(notice.root(), pickers, totals);
    VBox.setMargin(notice.root(), new Insets(8, 8, 0, 8));
    root.setTop(top);
    root.setCenter(lines.root());
  }

  private static DatePicker picker(String id) {
    DatePicker p = DatePickers.iso();
    p.setId(id);
    p.setPrefWidth(150);
    p.setMinWidth(Region.USE_PREF_SIZE);
    return p;
  }

  private static Label label(String text, Node control) {
    Label l = new Label(text);
    l.setMinWidth(Region.USE_PREF_SIZE);
    l.setLabelFor(control);
    return l;
  }

  private static void shownWhen(Node node, BooleanBinding shown) {
    node.visibleProperty().bind(shown);
    node.managedProperty().bind(Bindings.createBooleanBinding(node::isVisible, shown));
  }

  private void show(Summary s) {
    totals.getChildren().clear();
    if (s.statement() == null) {
      return;
    }
    String currency = s.reportingCurrency().code();
    if (s.statement() == Statement.INCOME_STATEMENT) {
      totals
          .getChildren()
          .addAll(
              figure("Income (" + currency + ")", s.income(), "ledger-fs-income"),
              sign("−"),
              figure("Expenses", s.expenses(), "ledger-fs-expenses"),
              sign("="),
              figure("Net income", s.netIncome(), "ledger-fs-net-income"));
      return;
    }
    totals
        .getChildren()
        .addAll(
            figure("Assets (" + currency + ")", s.assets(), "ledger-fs-assets"),
            sign("="),
            figure("Liabilities", s.liabilities(), "ledger-fs-liabilities"),
            sign("+"),
            figure("Equity", s.equity(), "ledger-fs-equity"));
    Label verdict =
        new Label(
            s.balances()
                ? "balances"
                : "does not balance by "
                    + Formats.grouped(s.imbalance(), s.imbalance().scale())
                    + " "
                    + currency,
            new FontIcon(
                s.balances()
                    ? MaterialDesignC.CHECK_CIRCLE_OUTLINE
                    : MaterialDesignA.ALERT_CIRCLE_OUTLINE));
    verdict.setId("ledger-fs-verdict");
    verdict.getStyleClass().addAll(Styles.TEXT_BOLD, s.balances() ? Styles.SUCCESS : Styles.DANGER);
    verdict.setMinWidth(Region.USE_PREF_SIZE);
    HBox.setMargin(verdict, new Insets(0, 0, 0, 8));
    totals.getChildren().add(verdict);
  }

  private static Node figure(String name, BigDecimal amount, String id) {
    Label title = new Label(name);
    title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    Label value = new Label(Formats.grouped(amount, amount.scale()));
    value.setId(id);
    value.setMinWidth(Region.USE_PREF_SIZE);
    value.getStyleClass().addAll(Styles.TEXT_BOLD, amount.signum() < 0 ? Styles.DANGER : "");
    return new VBox(1, title, value);
  }

  private static Node sign(String text) {
    Label l = new Label(text);
    l.getStyleClass().addAll(Styles.TITLE_4, Styles.TEXT_MUTED);
    l.setMinWidth(Region.USE_PREF_SIZE);
    return l;
  }

  @Override
  public void focusSearch() {
    lines.focusFilter();
  }

  @Override
  public Node root() {
    return root;
  }
}
