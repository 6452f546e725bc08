package com.tickmark.app.ui.trade;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.common.DatePickers;
import com.tickmark.app.ui.trade.TradeEntryViewModel.Choice;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeValidator;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.controlsfx.control.SearchableComboBox;

/**
 * The manual trade entry dialog (a phone trade): book, instrument (type to search), side, quantity,
 * price, costs, broker, account, trade date and execution time, optional broker reference and order
 * id, and the reason; the settlement date and gross amount show as the trade is typed, and each
 * problem shows under its field once the clerk has left the field or pressed Capture. Bound to a
 * {@link TradeEntryViewModel}.
 */
final class TradeEntryDialog {
  private final TradeEntryViewModel vm;
  private final FormDialog form;

  TradeEntryDialog(Window owner, TradeEntryViewModel vm) {
    this.vm = vm;
    this.form = new FormDialog(owner, "New trade", "Capture a trade by hand", "Capture trade");
    GridPane grid = FormDialog.grid(2);
    int r = 0;
    grid.add(
        FormDialog.field(
            "Book",
            choice("trade-book", vm.books(), vm.bookProperty(), "pick the book"),
            vm.shownProblemProperty(TradeValidator.BOOK)),
        0,
        r);
    grid.add(
        FormDialog.field(
            "Broker (counterparty)",
            choice(
                "trade-counterparty", vm.brokers(), vm.counterpartyProperty(), "executing broker"),
            vm.shownProblemProperty(TradeValidator.COUNTERPARTY)),
        1,
        r++);
    SearchableComboBox<Choice> instrument =
        choice(
            "trade-instrument", vm.instruments(), vm.instrumentProperty(), "type a symbol or name");
    var instrumentField =
        FormDialog.field(
            "Instrument", instrument, vm.shownProblemProperty(TradeValidator.INSTRUMENT));
    instrumentField
        .getChildren()
        .add(
            1,
            FormDialog.message(
                "trade-instrument-info", vm.instrumentInfoProperty(), Styles.TEXT_MUTED));
    ((Label) instrumentField.getChildren().get(1)).getStyleClass().add(Styles.TEXT_SMALL);
    grid.add(instrumentField, 0, r, 2, 1);
    r++;
    grid.add(FormDialog.field("Side", side(), vm.shownProblemProperty(TradeValidator.SIDE)), 0, r);
    DatePicker tradeDate = DatePickers.iso();
    tradeDate.setId("trade-date");
    tradeDate.valueProperty().bindBidirectional(vm.tradeDateProperty());
    tradeDate.setMaxWidth(Double.MAX_VALUE);
    grid.add(
        FormDialog.field(
            "Trade date", tradeDate, vm.shownProblemProperty(TradeValidator.TRADE_DATE)),
        1,
        r++);
    grid.add(
        FormDialog.field(
            "Quantity",
            text("trade-quantity", "e.g. 1,000", vm.quantityProperty()),
            vm.shownProblemProperty(TradeValidator.QUANTITY)),
        0,
        r);
    grid.add(
        FormDialog.field(
            "Price",
            text("trade-price", "per unit, in the instrument's currency", vm.priceProperty()),
            vm.shownProblemProperty(TradeValidator.PRICE)),
        1,
        r++);
    grid.add(
        FormDialog.field(
            "Commission",
            text("trade-commission", "0", vm.commissionProperty()),
            vm.shownProblemProperty(TradeValidator.COMMISSION)),
        0,
        r);
    grid.add(
        FormDialog.field(
            "Fees",
            text("trade-fees", "0", vm.feesProperty()),
            vm.shownProblemProperty(TradeValidator.FEES)),
        1,
        r++);
    grid.add(
        FormDialog.field(
            "Account (optional)",
            choice(
                "trade-account", vm.accounts(), vm.accountProperty(), "custody or trading account"),
            vm.shownProblemProperty(TradeValidator.ACCOUNT)),
        0,
        r);
    grid.add(
        FormDialog.field(
            "Execution time (UTC)",
            text("trade-execution-time", "HH:mm:ss", vm.executionTimeProperty()),
            vm.shownProblemProperty(TradeEntryViewModel.EXECUTION_TIME)),
        1,
        r++);
    grid.add(
        FormDialog.field(
            "Broker reference (optional)",
            text("trade-broker-ref", "", vm.brokerRefProperty()),
            null),
        0,
        r);
    grid.add(
        FormDialog.field(
            "Order id (optional)", text("trade-order-id", "", vm.orderIdProperty()), null),
        1,
        r++);

    HBox summary =
        FormDialog.row(
            FormDialog.figure(
                "Settlement date", "trade-settlement-date", vm.settlementDateProperty()),
            FormDialog.figure("Gross amount", "trade-gross", vm.grossAmountProperty()));
    var reason =
        FormDialog.field(
            "Reason",
            text(
                "trade-reason",
                "why it is keyed in by hand, e.g. phone trade with the desk",
                vm.reasonProperty()),
            vm.shownProblemProperty(TradeEntryViewModel.REASON));
    form.content()
        .getChildren()
        .addAll(
            FormDialog.explanation(
                "The trade is checked as you type, with the rules every capture obeys. It is"
                    + " recorded as NEW, version 1, with its settlement date from the instrument's"
                    + " convention and holiday calendars."),
            grid,
            summary,
            reason,
            FormDialog.message("trade-error", vm.errorProperty(), Styles.DANGER));
    form.content().setPrefWidth(640);
    form.onOk(
        vm.captureOfferedProperty(),
        vm.busyProperty(),
        close ->
            vm.capture(
                trade -> {
                  close.run();
                  captured.accept(trade);
                }));
    form.dialog().setOnShown(e -> instrument.requestFocus());
  }

  private Consumer<Trade> captured = t -> {};

  /** Shows the dialog; {@code onCaptured} runs on the FX thread once the trade is recorded. */
  void show(Consumer<Trade> onCaptured) {
    this.captured = onCaptured;
    // the lists and the first problems arrive after the dialog is laid out: let it grow to fit them
    vm.loadedProperty()
        .addListener(
            (obs, old, loaded) ->
                Platform.runLater(
                    () -> {
                      if (form.dialog().getDialogPane().getScene() != null
                          && form.dialog().getDialogPane().getScene().getWindow() != null) {
                        FormDialog.sizeToScene(
                            form.dialog().getDialogPane().getScene().getWindow());
                      }
                    }));
    vm.load();
    form.show();
  }

  Dialog<?> dialog() {
    return form.dialog();
  }

  private HBox side() {
    ToggleGroup group = new ToggleGroup();
    ToggleButton buy = new ToggleButton("Buy");
    buy.setId("trade-side-buy");
    buy.setUserData(Side.BUY);
    buy.getStyleClass().add(Styles.LEFT_PILL);
    ToggleButton sell = new ToggleButton("Sell");
    sell.setId("trade-side-sell");
    sell.setUserData(Side.SELL);
    sell.getStyleClass().add(Styles.RIGHT_PILL);
    buy.setToggleGroup(group);
    sell.setToggleGroup(group);
    group
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) ->
                vm.sideProperty().set(now == null ? null : (Side) now.getUserData()));
    vm.sideProperty()
        .addListener(
            (obs, old, now) ->
                group.selectToggle(now == Side.BUY ? buy : now == Side.SELL ? sell : null));
    HBox box = new HBox(buy, sell);
    box.setId("trade-side");
    return box;
  }

  private static TextField text(String id, String prompt, StringProperty property) {
    TextField field = new TextField();
    field.setId(id);
    field.setPromptText(prompt);
    field.textProperty().bindBidirectional(property);
    return field;
  }

  /** A list to pick from, searchable by typing; the view model holds the picked code. */
  private static SearchableComboBox<Choice> choice(
      String id, ObservableList<Choice> items, StringProperty code, String prompt) {
    SearchableComboBox<Choice> box = new SearchableComboBox<>(items);
    box.setId(id);
    box.setPromptText(prompt);
    box.setMaxWidth(Double.MAX_VALUE);
    box.valueProperty().addListener((obs, old, now) -> code.set(now == null ? "" : now.code()));
    Runnable show =
        () -> {
          Choice current = box.getValue();
          if (current == null || !current.code().equalsIgnoreCase(code.get())) {
            box.setValue(
                items.stream()
                    .filter(c -> c.code().equalsIgnoreCase(code.get()))
                    .findFirst()
                    .orElse(null));
          }
        };
    code.addListener((obs, old, now) -> show.run());
    items.addListener((ListChangeListener<Choice>) ch -> show.run());
    return box;
  }
}
