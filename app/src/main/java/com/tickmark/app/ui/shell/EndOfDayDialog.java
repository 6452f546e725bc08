package com.tickmark.app.ui.shell;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.AppIcons;
import com.tickmark.app.ui.shell.EndOfDayViewModel.RunState;
import com.tickmark.app.ui.shell.EndOfDayViewModel.StepRow;
import com.tickmark.app.ui.shell.EndOfDayViewModel.StepState;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File → End of day: the steps that will run, in order, the reason the audit trail records, and
 * each step's state and sentence as the run goes on. The window stays open after the run so the
 * results can be read; it cannot be closed while a step runs (Cancel stops before the next).
 */
final class EndOfDayDialog {
  private final Stage stage = new Stage();

  EndOfDayDialog(Window owner, EndOfDayViewModel vm, String businessDate) {
    Label title = new Label("End of day for " + businessDate);
    title.getStyleClass().add(Styles.TITLE_3);
    Label intro =
        new Label(
            "These steps run in order, as ./tickmark eod runs them. The business date moves on"
                + " only when every step before it has run.");
    intro.setWrapText(true);
    intro.setMinHeight(Region.USE_PREF_SIZE);
    intro.getStyleClass().add(Styles.TEXT_MUTED);

    GridPane steps = new GridPane();
    steps.setId("eod-steps");
    steps.setHgap(12);
    steps.setVgap(8);
    ColumnConstraints number = new ColumnConstraints();
    ColumnConstraints what = new ColumnConstraints();
    what.setHgrow(Priority.ALWAYS);
    ColumnConstraints state = new ColumnConstraints();
    state.setMinWidth(80);
    steps.getColumnConstraints().addAll(number, what, state);
    int i = 0;
    for (StepRow row : vm.rows()) {
      Label n = new Label((i + 1) + ".");
      Label name = new Label(row.name());
      name.setWrapText(true);
      name.setMinHeight(Region.USE_PREF_SIZE);
      Label result = new Label();
      result.setId("eod-result-" + i);
      result.setWrapText(true);
      result.setMinHeight(Region.USE_PREF_SIZE);
      result.getStyleClass().add(Styles.TEXT_SMALL);
      result.textProperty().bind(row.resultProperty());
      result.managedProperty().bind(row.resultProperty().isNotEmpty());
      result.visibleProperty().bind(result.managedProperty());
      Label stateLabel = new Label();
      stateLabel.setId("eod-state-" + i);
      stateLabel
          .textProperty()
          .bind(
              Bindings.createStringBinding(
                  () -> row.stateProperty().get().label(), row.stateProperty()));
      row.stateProperty()
          .addListener(
              (obs, old, now) -> {
                stateLabel.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.ACCENT);
                if (now == StepState.DONE) {
                  stateLabel.getStyleClass().add(Styles.SUCCESS);
                } else if (now == StepState.FAILED) {
                  stateLabel.getStyleClass().add(Styles.DANGER);
                } else if (now == StepState.RUNNING) {
                  stateLabel.getStyleClass().add(Styles.ACCENT);
                }
              });
      steps.addRow(i, n, new VBox(2, name, result), stateLabel);
      GridPane.setValignment(n, javafx.geometry.VPos.TOP);
      GridPane.setValignment(stateLabel, javafx.geometry.VPos.TOP);
      i++;
    }

    TextField reason = new TextField();
    reason.setId("eod-reason");
    reason.textProperty().bindBidirectional(vm.reasonProperty());
    reason.disableProperty().bind(vm.stateProperty().isNotEqualTo(RunState.READY));
    HBox reasonRow = new HBox(10, new Label("Reason"), reason);
    reasonRow.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(reason, Priority.ALWAYS);

    Label summary = new Label();
    summary.setId("eod-summary");
    summary.setWrapText(true);
    summary.setMinHeight(Region.USE_PREF_SIZE);
    summary.textProperty().bind(vm.summaryProperty());
    vm.stateProperty()
        .addListener(
            (obs, old, now) -> {
              Platform.runLater(stage::sizeToScene); // room for the sentences that arrived
              summary.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING);
              summary
                  .getStyleClass()
                  .add(
                      now == RunState.DONE
                          ? Styles.SUCCESS
                          : now == RunState.FAILED ? Styles.DANGER : Styles.WARNING);
            });

    Button run = new Button("Run end of day");
    run.setId("eod-run");
    run.setDefaultButton(true);
    run.getStyleClass().add(Styles.ACCENT);
    run.disableProperty().bind(vm.canRunProperty().not());
    run.setOnAction(e -> vm.run());
    Button cancel = new Button("Cancel");
    cancel.setId("eod-cancel");
    cancel.visibleProperty().bind(vm.stateProperty().isEqualTo(RunState.RUNNING));
    cancel.managedProperty().bind(cancel.visibleProperty());
    cancel.setOnAction(e -> vm.cancel());
    Button close = new Button("Close");
    close.setId("eod-close");
    close.setCancelButton(true);
    close.disableProperty().bind(vm.stateProperty().isEqualTo(RunState.RUNNING));
    close.setOnAction(e -> stage.close());
    HBox buttons = new HBox(8, cancel, close, run);
    buttons.setAlignment(Pos.CENTER_RIGHT);

    VBox root = new VBox(14, title, intro, steps, reasonRow, summary, buttons);
    root.setPadding(new Insets(22));
    root.setPrefWidth(560);
    stage.setTitle("End of day");
    stage.initModality(Modality.WINDOW_MODAL);
    if (owner != null) {
      stage.initOwner(owner);
    }
    stage.setOnCloseRequest(
        e -> {
          if (vm.stateProperty().get() == RunState.RUNNING) {
            e.consume();
          }
        });
    AppIcons.apply(stage);
    Scene scene = new Scene(root);
    scene.getStylesheets().add(Theme.appStylesheetUrl());
    stage.setScene(scene);
  }

  void show() {
    stage.show();
  }
}
