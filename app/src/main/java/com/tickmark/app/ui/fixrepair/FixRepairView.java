package com.tickmark.app.ui.fixrepair;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.common.NoticeBar;
import com.tickmark.app.ui.common.SecurityStyles;
import com.tickmark.app.ui.fixrepair.FixRepairViewModel.RepairRow;
import com.tickmark.app.ui.shell.SplitPanes;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TablePane;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The FIX repair screen's layout: the waiting reports, and under them the picked one's reason and
 * message field by field, with Retry and Dismiss (each asks for a reason).
 */
final class FixRepairView {
  private final FixRepairViewModel vm;
  private final TablePane<RepairRow> table;
  private final BorderPane root = new BorderPane();
  private final Label reason = new Label();
  private final TextArea message = new TextArea();
  private Subscription subscriptions = Subscription.EMPTY;

  FixRepairView(FixRepairViewModel vm, UiState uiState, TableExports exports) {
    this.vm = vm;
    table = new TablePane<>(vm.rows(), uiState, exports);
    table.table().getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
    table.setDefaultSort("id", TableColumn.SortType.ASCENDING);
    table
        .table()
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, now) -> vm.selectedProperty().set(now));

    Button retry = new Button("Retry…", new FontIcon(MaterialDesignR.REPLAY));
    retry.setId("repair-retry");
    retry.getStyleClass().add(Styles.ACCENT);
    retry.disableProperty().bind(vm.canActProperty().not());
    retry.setOnAction(
        e ->
            ask(
                    "Retry repair item #" + vm.selectedProperty().get().id(),
                    "Books the report again against the reference data as it is now (fix the"
                        + " instrument, account or broker map first). A correction or bust of a"
                        + " confirmed trade becomes a request a second person approves. If it still"
                        + " cannot be booked, nothing changes and you are told why.",
                    "Retry")
                .ifPresent(vm::retry));
    Button dismiss = new Button("Dismiss…", new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
    dismiss.setId("repair-dismiss");
    dismiss.disableProperty().bind(vm.canActProperty().not());
    dismiss.setOnAction(
        e ->
            ask(
                    "Dismiss repair item #" + vm.selectedProperty().get().id(),
                    "The report stops waiting here without becoming a trade (a test message, a"
                        + " trade already keyed by hand). It stays in the FIX message log and the"
                        + " audit trail.",
                    "Dismiss")
                .ifPresent(vm::dismiss));
    table.addToToolbar(retry, dismiss);

    reason.setId("repair-reason");
    reason.setWrapText(true);
    reason.getStyleClass().addAll(Styles.TEXT_BOLD);
    message.setId("repair-message");
    message.setEditable(false);
    message.setWrapText(false);
    message.getStyleClass().add("command-line");
    VBox.setVgrow(message, Priority.ALWAYS);
    Label title = new Label("Message as received");
    title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    VBox detail = new VBox(8, reason, title, message);
    detail.setPadding(new Insets(12, 14, 12, 14));
    Label empty =
        new Label(
            vm.mayRepair()
                ? "Pick a report to see why it waits and the message as received"
                : "Retrying and dismissing need the CAPTURE_TRADES permission, which clerks hold.",
            new FontIcon(MaterialDesignW.WRENCH_OUTLINE));
    empty.setWrapText(true);
    empty.getStyleClass().add(Styles.TEXT_MUTED);
    detail.visibleProperty().bind(vm.selectedProperty().isNotNull());
    empty.visibleProperty().bind(vm.selectedProperty().isNull());
    StackPane holder = new StackPane(empty, detail);
    SplitPane split = new SplitPane(table.root(), holder);
    split.setOrientation(Orientation.VERTICAL);
    SplitPanes.remember(split, "fixrepair.split", uiState, 0.6);

    NoticeBar notice = new NoticeBar(vm.noticeProperty(), vm::dismissNotice, "repair-notice");
    BorderPane.setMargin(notice.root(), new Insets(8, 8, 0, 8));
    root.setTop(notice.root());
    root.setCenter(split);
    root.setId("fix-repair-screen");
    SecurityStyles.apply(root);
  }

  private Optional<String> ask(String title, String explanation, String okText) {
    Dialog<String> dialog = new Dialog<>();
    dialog.setTitle(title);
    dialog.setHeaderText(title);
    Label what = new Label(explanation);
    what.setWrapText(true);
    what.getStyleClass().add(Styles.TEXT_MUTED);
    TextField text = new TextField();
    text.setId("repair-reason-text");
    text.setPromptText("why (kept in the audit trail)");
    HBox.setHgrow(text, Priority.ALWAYS);
    VBox content = new VBox(10, what, new HBox(10, new Label("Reason"), text));
    content.setPrefWidth(480);
    dialog.getDialogPane().setContent(content);
    ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ok);
    Node okButton = dialog.getDialogPane().lookupButton(ok);
    okButton.setId("dialog-ok");
    okButton.getStyleClass().add(Styles.ACCENT);
    okButton
        .disableProperty()
        .bind(Bindings.createBooleanBinding(() -> text.getText().isBlank(), text.textProperty()));
    dialog.setResultConverter(b -> b == ok ? text.getText() : null);
    dialog.setOnShown(e -> text.requestFocus());
    SecurityStyles.apply(dialog);
    Window owner = root.getScene() == null ? null : root.getScene().getWindow();
    if (owner != null) {
      dialog.initOwner(owner);
    }
    return dialog.showAndWait();
  }

  private void show(RepairRow row) {
    reason.setText(
        row == null ? "" : "#" + row.id() + " · ExecID " + row.execId() + ": " + row.reason());
    message.setText(row == null ? "" : row.fields());
    if (row != null && !row.equals(table.table().getSelectionModel().getSelectedItem())) {
      table.table().getSelectionModel().select(row);
    }
  }

  void activate() {
    subscriptions = vm.selectedProperty().subscribe(this::show);
  }

  void deactivate() {
    subscriptions.unsubscribe();
    subscriptions = Subscription.EMPTY;
  }

  void focusSearch() {
    table.focusFilter();
  }

  Node root() {
    return root;
  }
}
