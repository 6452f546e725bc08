package com.tickmark.app.ui.approvals;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.approvals.ApprovalsViewModel.RequestRow;
import com.tickmark.app.ui.common.ChangeView;
import com.tickmark.app.ui.common.ColumnWidths;
import com.tickmark.app.ui.common.NoticeBar;
import com.tickmark.app.ui.common.SecurityStyles;
import com.tickmark.app.ui.shell.SplitPanes;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TablePane;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The Approvals screen: "Waiting for you" above "Submitted by you" on the left, the picked
 * request's details on the right with its before and after and, when it is the user's to decide,
 * the comment and the Approve and Reject buttons.
 */
final class ApprovalsView {
  private final ApprovalsViewModel vm;
  private final TablePane<RequestRow> waiting;
  private final TablePane<RequestRow> submitted;
  private final NoticeBar notice;
  private final Label headline = new Label();
  private final Label status = new Label();
  private final Label summary = new Label();
  private final GridPane facts = new GridPane();
  private final ChangeView changes = new ChangeView("approval-changes");
  private final TextArea comment = new TextArea();
  private final Button approve = new Button("Approve", new FontIcon(MaterialDesignC.CHECK));
  private final Button reject = new Button("Reject", new FontIcon(MaterialDesignC.CLOSE));
  private final VBox decision;
  private final Label note = new Label();
  private final VBox detail;
  private final StackPane detailHolder;
  private final BorderPane root = new BorderPane();
  private Subscription subscriptions = Subscription.EMPTY;

  ApprovalsView(ApprovalsViewModel vm, UiState uiState, TableExports exports) {
    this.vm = vm;
    waiting = new TablePane<>(vm.waiting(), uiState, exports);
    waiting.setCaption("Waiting for you");
    waiting.setDefaultSort("number", TableColumn.SortType.ASCENDING);
    submitted = new TablePane<>(vm.submitted(), uiState, exports);
    submitted.setCaption("Submitted by you");
    submitted.setDefaultSort("number", TableColumn.SortType.DESCENDING);
    statusCells(submitted);
    Map<String, Double> readable =
        Map.of(
            "number",
            46.0,
            "kind",
            100.0,
            "maker",
            75.0,
            "status",
            85.0,
            "submittedAt",
            172.0,
            "checker",
            90.0);
    ColumnWidths.atLeast(waiting.table(), readable);
    ColumnWidths.atLeast(submitted.table(), readable);
    for (TablePane<RequestRow> pane : List.of(waiting, submitted)) {
      pane.table().getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
      pane.table()
          .getSelectionModel()
          .selectedItemProperty()
          .addListener(
              (obs, old, now) -> {
                if (now != null) {
                  TablePane<RequestRow> other = pane == waiting ? submitted : waiting;
                  other.table().getSelectionModel().clearSelection();
                  vm.selectedProperty().set(now);
                } else if (vm.selectedProperty().get() != null && otherHasNoSelection(pane)) {
                  vm.selectedProperty().set(null);
                }
              });
    }
    SplitPane lists = new SplitPane(waiting.root(), submitted.root());
    lists.setOrientation(Orientation.VERTICAL);
    SplitPanes.remember(lists, "approvals.lists", uiState, 0.5);

    headline.setId("approval-headline");
    headline.getStyleClass().add(Styles.TITLE_4);
    status.setId("approval-status");
    status.getStyleClass().add("status-pill");
    HBox title = new HBox(10, headline, status);
    title.setAlignment(Pos.CENTER_LEFT);
    summary.setWrapText(true);
    summary.setId("approval-summary");
    summary.getStyleClass().add("detail-summary");
    facts.setHgap(14);
    facts.setVgap(5);
    facts.getStyleClass().add("detail-facts");

    comment.setId("approval-comment");
    comment.setPromptText("Comment: optional to approve, required to reject (the maker reads it)");
    comment.setPrefRowCount(3);
    comment.setWrapText(true);
    comment.textProperty().bindBidirectional(vm.commentProperty());
    approve.setId("approval-approve");
    approve.getStyleClass().add(Styles.SUCCESS);
    approve.disableProperty().bind(vm.canApproveProperty().not());
    approve.setOnAction(e -> vm.approve());
    reject.setId("approval-reject");
    reject.getStyleClass().add(Styles.DANGER);
    reject.disableProperty().bind(vm.canRejectProperty().not());
    reject.setOnAction(e -> vm.reject());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    Label rejectHint = new Label("Write a comment to reject");
    rejectHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    rejectHint.visibleProperty().bind(vm.canApproveProperty().and(vm.canRejectProperty().not()));
    HBox buttons = new HBox(8, rejectHint, gap, reject, approve);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    Label decide = new Label("Your decision");
    decide.getStyleClass().addAll(Styles.TEXT_BOLD, "detail-section-title");
    decision = new VBox(8, decide, comment, buttons);
    decision.getStyleClass().add("decision-box");
    note.setId("approval-note");
    note.setWrapText(true);
    note.getStyleClass().addAll(Styles.TEXT_MUTED, "detail-note");

    detail = new VBox(12, title, summary, facts, changes.root(), decision, note);
    detail.setPadding(new Insets(14, 16, 16, 16));
    detail.getStyleClass().add("detail-pane");
    ScrollPane scroll = new ScrollPane(detail);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("edge-to-edge");
    Label empty =
        new Label(
            "Pick a request to see what it would change",
            new FontIcon(MaterialDesignC.CHECKBOX_MULTIPLE_MARKED_OUTLINE));
    empty.getStyleClass().addAll(Styles.TEXT_MUTED, "detail-empty");
    detailHolder = new StackPane(empty, scroll);
    detailHolder.getStyleClass().add("detail-holder");
    scroll.visibleProperty().bind(vm.selectedProperty().isNotNull());
    empty.visibleProperty().bind(vm.selectedProperty().isNull());

    SplitPane split = new SplitPane(lists, detailHolder);
    SplitPanes.remember(split, "approvals.detail", uiState, 0.62);
    notice = new NoticeBar(vm.noticeProperty(), vm::dismissNotice, "approvals-notice");
    BorderPane.setMargin(notice.root(), new Insets(8, 8, 0, 8));
    root.setTop(notice.root());
    root.setCenter(split);
    root.setId("approvals-screen");
    SecurityStyles.apply(root);
    show(vm.selectedProperty().get());
  }

  private boolean otherHasNoSelection(TablePane<RequestRow> pane) {
    TablePane<RequestRow> other = pane == waiting ? submitted : waiting;
    return other.table().getSelectionModel().isEmpty();
  }

  /** Colours the status column: pending, approved, rejected. */
  static void statusCells(TablePane<RequestRow> pane) {
    pane.table().getColumns().stream()
        .filter(c -> "status".equals(c.getId()))
        .findFirst()
        .ifPresent(
            column -> {
              @SuppressWarnings("unchecked")
              TableColumn<RequestRow, String> status = (TableColumn<RequestRow, String>) column;
              status.setCellFactory(
                  c ->
                      new TableCell<>() {
                        @Override
                        protected void updateItem(String item, boolean empty) {
                          super.updateItem(item, empty);
                          getStyleClass()
                              .removeAll("status-pending", "status-approved", "status-rejected");
                          if (empty || item == null) {
                            setText(null);
                            return;
                          }
                          setText(item);
                          getStyleClass().add("status-" + item.toLowerCase(Locale.ROOT));
                        }
                      });
            });
  }

  void activate() {
    subscriptions =
        vm.selectedProperty()
            .subscribe(
                row -> {
                  show(row);
                  selectInTable(row);
                });
  }

  /** After a reload the view model keeps the picked request; the table shows it picked too. */
  private void selectInTable(RequestRow row) {
    if (row == null) {
      return;
    }
    TablePane<RequestRow> pane = row.waitingForMe() ? waiting : submitted;
    if (!row.equals(pane.table().getSelectionModel().getSelectedItem())) {
      pane.table().getSelectionModel().select(row);
    }
  }

  void deactivate() {
    subscriptions.unsubscribe();
    subscriptions = Subscription.EMPTY;
  }

  private void show(RequestRow row) {
    if (row == null) {
      return;
    }
    headline.setText(row.headline());
    status.setText(row.status());
    status.getStyleClass().removeAll("status-pending", "status-approved", "status-rejected");
    status.getStyleClass().add("status-" + row.status().toLowerCase(Locale.ROOT));
    summary.setText(row.summary());
    facts.getChildren().clear();
    int line = 0;
    line = fact(line, "Maker", row.maker());
    line = fact(line, "Submitted", row.submittedAt() + " UTC");
    line = fact(line, "Reason", row.reason());
    line = fact(line, "Entity", row.request().entityType() + " " + row.request().entityId());
    if (!row.isPending()) {
      line = fact(line, "Decided by", row.checker());
      line = fact(line, "Decided", row.decidedAt() + " UTC");
      fact(line, "Comment", row.comment().isEmpty() ? "\u2014" : row.comment());
    }
    changes.setChanges(row.changes());
    boolean mine = row.waitingForMe() && row.isPending();
    decision.setVisible(mine);
    decision.setManaged(mine);
    String noteText;
    if (mine) {
      noteText = "";
    } else if (row.isPending()) {
      noteText =
          "You submitted this request. A different user who may approve it must decide; it waits in"
              + " their Approvals inbox.";
    } else {
      noteText = "Decided: nothing more to do.";
    }
    note.setText(noteText);
    note.setVisible(!noteText.isEmpty());
    note.setManaged(!noteText.isEmpty());
  }

  private int fact(int line, String name, String value) {
    Label n = new Label(name);
    n.getStyleClass().addAll(Styles.TEXT_MUTED, "fact-name");
    Label v = new Label(value);
    v.setWrapText(true);
    v.getStyleClass().add("fact-value");
    facts.addRow(line, n, v);
    GridPane.setHgrow(v, Priority.ALWAYS);
    return line + 1;
  }

  void focusSearch() {
    waiting.focusFilter();
  }

  TablePane<RequestRow> waitingPane() {
    return waiting;
  }

  TablePane<RequestRow> submittedPane() {
    return submitted;
  }

  ChangeView changeView() {
    return changes;
  }

  NoticeBar noticeBar() {
    return notice;
  }

  Node root() {
    return root;
  }
}
