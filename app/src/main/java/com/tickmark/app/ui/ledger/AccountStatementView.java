package com.tickmark.app.ui.ledger;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.common.DatePickers;
import com.tickmark.app.ui.common.NoticeBar;
import com.tickmark.app.ui.common.RowDrill;
import com.tickmark.app.ui.ledger.AccountStatementViewModel.Row;
import com.tickmark.app.ui.ledger.AccountStatementViewModel.Section;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.table.FileChoice;
import com.tickmark.app.ui.table.Formats;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TablePane;
import com.tickmark.model.ledger.LedgerAccount;
import com.tickmark.model.report.Report;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
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
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;

/**
 * The Account statement screen's layout: the account and the dates above, each currency's opening
 * balance, debits, credits and closing balance, then the lines with their running balance; a line
 * opens its entry in the journal (double-click or Open entry), or its trade in the blotter.
 */
final class AccountStatementView implements ModelViewScreen.Layout {
  /**
   * The account-statement report of an account and dates, as Excel and PDF exports write it: the
   * accountant's statement, with its opening, closing and total formulas.
   */
  @FunctionalInterface
  interface StatementReport {
    Report build(String account, LocalDate from, LocalDate to);
  }

  private final TablePane<Row> statement;
  private final FlowPane sections = new FlowPane(24, 6);
  private final BorderPane root = new BorderPane();

  /**
   * @param openEntry shows a journal entry (by its id) in the journal
   * @param openTrade shows a trade in the blotter
   */
  AccountStatementView(
      AccountStatementViewModel vm,
      UiState uiState,
      TableExports exports,
      StatementReport report,
      Consumer<String> openEntry,
      Consumer<String> openTrade) {
    statement = new TablePane<>(vm.table(), uiState, exports);
    statement.setExportReport(
        () -> {
          LedgerAccount a = vm.accountProperty().get();
          LocalDate from = vm.fromProperty().get();
          LocalDate to = vm.toProperty().get();
          return task -> report.build(a.code(), from, to);
        });
    statement.setExportTitle(
        () ->
            "Statement of "
                + (vm.accountProperty().get() == null ? "" : vm.accountProperty().get().label())
                + ", "
                + vm.fromProperty().get()
                + " to "
                + vm.toProperty().get());
    ComboBox<LedgerAccount> account = new ComboBox<>(vm.accounts());
    account.setId("ledger-statement-account");
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
    account.setVisibleRowCount(16);
    account.setPrefWidth(300);
    account.setMinWidth(Region.USE_PREF_SIZE);
    account.valueProperty().bindBidirectional(vm.accountProperty());
    DatePicker from = DatePickers.iso();
    from.setId("ledger-statement-from");
    from.valueProperty().bindBidirectional(vm.fromProperty());
    DatePicker to = DatePickers.iso();
    to.setId("ledger-statement-to");
    to.valueProperty().bindBidirectional(vm.toProperty());
    for (DatePicker d : List.of(from, to)) {
      d.setPrefWidth(150);
      d.setMinWidth(Region.USE_PREF_SIZE);
    }
    HBox pickers =
        new HBox(
            8, label("Account", account), account, label("From", from), from, label("To", to), to);
    pickers.setAlignment(Pos.CENTER_LEFT);
    pickers.setPadding(new Insets(8, 12, 0, 12));

    RowDrill.attach(
        statement,
        r -> Long.toString(r.entry()),
        openEntry,
        "ledger-statement-open-entry",
        "Open entry",
        "Show the selected line's entry in the journal");
    Button trade = new Button("Open trade", new FontIcon(MaterialDesignO.OPEN_IN_NEW));
    trade.setId("ledger-statement-open-trade");
    trade.setTooltip(new Tooltip("Show the selected line's trade in the blotter"));
    trade
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> {
                  Row r = statement.table().getSelectionModel().getSelectedItem();
                  return r == null || r.trade().isEmpty();
                },
                statement.table().getSelectionModel().selectedItemProperty()));
    trade.setOnAction(
        e -> {
          Row r = statement.table().getSelectionModel().getSelectedItem();
          if (r != null && !r.trade().isEmpty()) {
            openTrade.accept(r.trade());
          }
        });
    statement.addToToolbar(trade);

    sections.setId("ledger-statement-balances");
    sections.setAlignment(Pos.CENTER_LEFT);
    sections.setPadding(new Insets(8, 12, 0, 12));
    show(vm.sectionsProperty().get());
    vm.sectionsProperty().addListener((obs, old, now) -> show(now));
    NoticeBar notice =
        new NoticeBar(vm.noticeProperty(), vm::dismissNotice, "ledger-statement-notice");
    VBox top = new VBox(notice.root(), pickers, sections);
    VBox.setMargin(notice.root(), new Insets(8, 8, 0, 8));
    root.setTop(top);
    root.setCenter(statement.root());
  }

  private static Label label(String text, Node control) {
    Label l = new Label(text);
    l.setMinWidth(Region.USE_PREF_SIZE);
    l.setLabelFor(control);
    return l;
  }

  private void show(List<Section> all) {
    sections.getChildren().clear();
    if (all.isEmpty()) {
      Label none = new Label("Nothing posted to this account, before or between these dates");
      none.getStyleClass().add(Styles.TEXT_MUTED);
      sections.getChildren().add(none);
    }
    for (Section s : all) {
      String code = s.currency().code();
      Label currency = new Label(code);
      currency.getStyleClass().add(Styles.TEXT_BOLD);
      HBox figures =
          new HBox(
              16,
              currency,
              figure("Opening", s.opening(), "ledger-statement-opening-" + code),
              figure("Debits", s.debits(), "ledger-statement-debits-" + code),
              figure("Credits", s.credits(), "ledger-statement-credits-" + code),
              figure("Closing", s.closing(), "ledger-statement-closing-" + code));
      figures.setAlignment(Pos.CENTER_LEFT);
      sections.getChildren().add(figures);
    }
  }

  private static Node figure(String name, BigDecimal amount, String id) {
    Label title = new Label(name);
    title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    Label value = new Label(Formats.grouped(amount, amount.scale()));
    value.setId(id);
    value.getStyleClass().add(Styles.TEXT_BOLD);
    if (amount.signum() < 0) {
      value.getStyleClass().add(Styles.DANGER);
    }
    value.setMinWidth(Region.USE_PREF_SIZE);
    return new VBox(1, title, value);
  }

  /** Where exports ask for their file, for a test. */
  void setFileChoice(FileChoice choice) {
    statement.setFileChoice(choice);
  }

  @Override
  public void focusSearch() {
    statement.focusFilter();
  }

  @Override
  public Node root() {
    return root;
  }
}
