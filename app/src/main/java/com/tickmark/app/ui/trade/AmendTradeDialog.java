package com.tickmark.app.ui.trade;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.common.DatePickers;
import com.tickmark.app.ui.trade.AmendTradeViewModel.Change;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeService;
import com.tickmark.model.trade.TradeValidator;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * Amending a trade: the amendable fields prefilled, each change listed as old → new, the reason,
 * and whether a second person must approve. Bound to an {@link AmendTradeViewModel}.
 */
final class AmendTradeDialog {
  private final FormDialog form;
  private Consumer<TradeService.Outcome> done = o -> {};

  AmendTradeDialog(Window owner, AmendTradeViewModel vm, String description) {
    Trade t = vm.current();
    form =
        new FormDialog(
            owner,
            "Amend trade",
            "Amend " + t.id() + " (version " + t.version() + ", " + t.status() + ")",
            vm.fourEyes() ? "Request amendment" : "Amend");
    GridPane grid = FormDialog.grid(2);
    grid.add(
        FormDialog.field(
            "Quantity",
            text("amend-quantity", vm.quantityProperty()),
            vm.problemProperty(TradeValidator.QUANTITY)),
        0,
        0);
    grid.add(
        FormDialog.field(
            "Price",
            text("amend-price", vm.priceProperty()),
            vm.problemProperty(TradeValidator.PRICE)),
        1,
        0);
    grid.add(
        FormDialog.field(
            "Commission",
            text("amend-commission", vm.commissionProperty()),
            vm.problemProperty(TradeValidator.COMMISSION)),
        0,
        1);
    grid.add(
        FormDialog.field(
            "Fees", text("amend-fees", vm.feesProperty()), vm.problemProperty(TradeValidator.FEES)),
        1,
        1);
    DatePicker settles = DatePickers.iso();
    settles.setId("amend-settlement-date");
    settles.valueProperty().bindBidirectional(vm.settlementDateProperty());
    grid.add(
        FormDialog.field(
            "Settlement date", settles, vm.problemProperty(AmendTradeViewModel.SETTLEMENT_DATE)),
        0,
        2);

    VBox changes = new VBox(3);
    changes.setId("amend-changes");
    changes.getStyleClass().add("trade-summary");
    Runnable showChanges =
        () -> {
          changes.getChildren().clear();
          Label title = new Label("Changes");
          title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
          changes.getChildren().add(title);
          if (vm.changes().isEmpty()) {
            Label none = new Label("None yet: change a field above.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            changes.getChildren().add(none);
          }
          for (Change c : vm.changes()) {
            Label line = new Label(c.field() + ":  " + c.before() + "  →  " + c.after());
            line.getStyleClass().add(Styles.TEXT_BOLD);
            changes.getChildren().add(line);
          }
        };
    vm.changes().addListener((ListChangeListener<Change>) ch -> showChanges.run());
    showChanges.run();

    Label approval =
        new Label(
            vm.fourEyes()
                ? "This trade is "
                    + t.status()
                    + ": the amendment becomes a request that a second person"
                    + " (APPROVE_TRADE_CHANGES) approves; nothing changes until then."
                : "The trade is NEW: the amendment applies at once, as version "
                    + (t.version() + 1)
                    + ".",
            new FontIcon(
                vm.fourEyes()
                    ? MaterialDesignA.ACCOUNT_MULTIPLE_CHECK_OUTLINE
                    : MaterialDesignA.ARROW_RIGHT));
    approval.setWrapText(true);
    approval.getStyleClass().add(vm.fourEyes() ? Styles.WARNING : Styles.TEXT_MUTED);
    approval.setId("amend-four-eyes");

    var reason =
        FormDialog.field(
            "Reason",
            text("amend-reason", vm.reasonProperty()),
            vm.problemProperty(AmendTradeViewModel.REASON));
    form.content()
        .getChildren()
        .addAll(
            FormDialog.explanation(description),
            grid,
            changes,
            approval,
            reason,
            FormDialog.message("amend-problem", vm.firstProblemProperty(), "form-problem"),
            FormDialog.message("amend-error", vm.errorProperty(), Styles.DANGER));
    form.content().setPrefWidth(560);
    form.onOk(
        vm.canSubmitProperty(),
        vm.busyProperty(),
        close ->
            vm.submit(
                outcome -> {
                  close.run();
                  done.accept(outcome);
                }));
  }

  void show(Consumer<TradeService.Outcome> onDone) {
    this.done = onDone;
    form.show();
  }

  Dialog<?> dialog() {
    return form.dialog();
  }

  private static TextField text(String id, StringProperty property) {
    TextField field = new TextField();
    field.setId(id);
    field.textProperty().bindBidirectional(property);
    return field;
  }
}
