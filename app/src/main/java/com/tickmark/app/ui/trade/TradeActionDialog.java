package com.tickmark.app.ui.trade;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.trade.TradeActionViewModel.Action;
import com.tickmark.app.ui.trade.TradeActionViewModel.Refusal;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeService;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Cancelling a trade, or confirming, affirming, settling or failing several: what will happen to
 * which trades, the ones that cannot take the step and why, and the reason (required to cancel or
 * fail) or an optional note. Bound to a {@link TradeActionViewModel}.
 */
final class TradeActionDialog {
  private final FormDialog form;
  private final TradeActionViewModel vm;

  TradeActionDialog(Window owner, TradeActionViewModel vm) {
    this.vm = vm;
    Action action = vm.action();
    int n = vm.eligible().size();
    String header =
        action == Action.CANCEL
            ? "Cancel "
                + (vm.eligible().isEmpty()
                    ? vm.refused().get(0).trade().id()
                    : vm.eligible().get(0).id())
            : action.verb() + " " + n + (n == 1 ? " trade" : " trades");
    String ok =
        action == Action.CANCEL
            ? (vm.fourEyes() ? "Request cancellation" : "Cancel trade")
            : action.verb() + (n == 1 ? " trade" : " " + n + " trades");
    form =
        new FormDialog(
            owner, action.verb() + " trade" + (action == Action.CANCEL ? "" : "s"), header, ok);
    VBox content = form.content();
    content.getChildren().add(FormDialog.explanation(explanation(vm)));
    if (action != Action.CANCEL && !vm.eligible().isEmpty()) {
      Label which =
          new Label(
              vm.eligible().stream()
                      .map(t -> t.id().toString())
                      .limit(12)
                      .collect(Collectors.joining(", "))
                  + (n > 12 ? " and " + (n - 12) + " more" : ""));
      which.setWrapText(true);
      which.setId("action-eligible");
      which.getStyleClass().add(Styles.TEXT_BOLD);
      content.getChildren().add(which);
    }
    if (!vm.refused().isEmpty()) {
      Label title =
          new Label(
              vm.refused().size()
                  + (vm.refused().size() == 1
                      ? " trade stays as it is:"
                      : " trades stay as they are:"));
      title.getStyleClass().add(Styles.WARNING);
      VBox list = new VBox(2, title);
      list.setId("action-refused");
      for (Refusal r : vm.refused().stream().limit(10).toList()) {
        Label l = new Label(r.trade().id() + " " + r.why());
        l.setWrapText(true);
        l.getStyleClass().add(Styles.TEXT_SMALL);
        list.getChildren().add(l);
      }
      if (vm.refused().size() > 10) {
        list.getChildren().add(new Label("… and " + (vm.refused().size() - 10) + " more"));
      }
      content.getChildren().add(list);
    }
    TextField reason = new TextField();
    reason.setId("action-reason");
    reason.setPromptText(
        action.needsReason()
            ? (vm.fourEyes() ? "the approver reads it" : "kept in the audit trail")
            : "optional, kept in the audit trail (e.g. the broker's confirmation number)");
    reason.textProperty().bindBidirectional(vm.reasonProperty());
    content
        .getChildren()
        .addAll(
            FormDialog.field(action.needsReason() ? "Reason" : "Note (optional)", reason, null),
            FormDialog.message("action-problem", vm.problemProperty(), "form-problem"),
            FormDialog.message("action-error", vm.errorProperty(), Styles.DANGER));
    content.setPrefWidth(520);
    form.dialog().setOnShown(e -> reason.requestFocus());
  }

  private static String explanation(TradeActionViewModel vm) {
    return switch (vm.action()) {
      case CANCEL ->
          vm.fourEyes()
              ? "The trade is confirmed: cancelling it becomes a request that a second person"
                  + " (APPROVE_TRADE_CHANGES) approves."
              : "The trade is NEW: it is cancelled at once, as a new version; the earlier versions"
                  + " are kept.";
      case CONFIRM ->
          "The broker has confirmed these trades: each becomes CONFIRMED (a new version), all"
              + " together or none.";
      case AFFIRM ->
          "Allocation and confirmation are agreed: each trade becomes AFFIRMED (a new version), all"
              + " together or none.";
      case SETTLE ->
          "The custodian reports these trades settled: each becomes SETTLED (a new version; a"
              + " FAILED one settles late), all together or none. A trade settles on or after its"
              + " settlement date.";
      case FAIL ->
          "These trades did not settle on their settlement date: each becomes FAILED (a new"
              + " version) until it settles late, all together or none.";
    };
  }

  /** Shows the dialog for cancelling; {@code done} gets what became of it. */
  void showCancel(Consumer<TradeService.Outcome> done) {
    form.onOk(
        vm.canSubmitProperty(),
        vm.busyProperty(),
        close ->
            vm.cancel(
                outcome -> {
                  close.run();
                  done.accept(outcome);
                }));
    form.show();
  }

  /**
   * Shows the dialog for confirming, affirming, settling or failing; {@code done} gets the trades'
   * new versions.
   */
  void showMove(Consumer<List<Trade>> done) {
    form.onOk(
        vm.canSubmitProperty(),
        vm.busyProperty(),
        close ->
            vm.moveAll(
                moved -> {
                  close.run();
                  done.accept(moved);
                }));
    form.show();
  }

  Dialog<?> dialog() {
    return form.dialog();
  }
}
