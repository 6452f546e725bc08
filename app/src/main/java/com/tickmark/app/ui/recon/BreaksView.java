package com.tickmark.app.ui.recon;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.common.AgingStrip;
import com.tickmark.app.ui.common.NoticeBar;
import com.tickmark.app.ui.common.RowDrill;
import com.tickmark.app.ui.common.SavedViews;
import com.tickmark.app.ui.recon.BreaksViewModel.Action;
import com.tickmark.app.ui.recon.BreaksViewModel.ActionForm;
import com.tickmark.app.ui.recon.BreaksViewModel.BreakRow;
import com.tickmark.app.ui.recon.BreaksViewModel.CandidateRow;
import com.tickmark.app.ui.recon.BreaksViewModel.DifferenceRow;
import com.tickmark.app.ui.recon.BreaksViewModel.MatchForm;
import com.tickmark.app.ui.recon.BreaksViewModel.Show;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.shell.SplitPanes;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TablePane;
import com.tickmark.app.ui.trade.FormDialog;
import com.tickmark.model.recon.run.BreakReason;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The Breaks screen's layout: the count per aging bucket above the table; the recon and what to
 * show, the actions and Run recons in its toolbar (Accept and Reject, or with the matches shown
 * Unmatch, also in the table's context menu); below, the selected break side by side — our records
 * and theirs, why, each differing field (those beyond tolerance first in the pass's eyes), and the
 * outside record as received.
 */
final class BreaksView implements ModelViewScreen.Layout {
  private final BreaksViewModel vm;
  private final TablePane<BreakRow> breaks;
  private final TablePane<DifferenceRow> differences;
  private final TablePane<CandidateRow> candidates;
  private final Button matchCandidate = new Button("Match with candidate…");
  private final TabPane detailTabs = new TabPane();
  private final Tab candidatesTab = new Tab("Candidates");
  private final ChangeListener<BreakRow> select;
  private final Map<Action, Button> actions = new EnumMap<>(Action.class);
  private final Button match = new Button("_Match…");
  private final Button accept = new Button("Accep_t");
  private final Button reject = new Button("Re_ject");
  private final Button unmatch = new Button("_Unmatch…");
  private final Tooltip unmatchWhy = new Tooltip();
  private final MenuItem acceptItem = new MenuItem("Accept proposed match");
  private final MenuItem rejectItem = new MenuItem("Reject proposed match");
  private final MenuItem unmatchItem = new MenuItem("Unmatch…");
  private final ListChangeListener<BreakRow> selection = c -> selectionChanged();
  private final AgingStrip buckets = new AgingStrip("recon-breaks", "Aging (business days)");
  private final BorderPane root = new BorderPane();
  private final Consumer<String> openObligation;

  /**
   * @param openBlotter shows the blotter filtered by a text (the drill from a break to its trades)
   */
  BreaksView(
      BreaksViewModel vm,
      UiState uiState,
      TableExports exports,
      Consumer<String> openBlotter,
      Consumer<String> openObligation) {
    this.vm = vm;
    this.openObligation = openObligation;
    breaks = new TablePane<>(vm.table(), uiState, exports);
    RowDrill.attach(
        breaks,
        BreakRow::blotterFilter,
        openBlotter,
        "recon-breaks-open-trades",
        "Open trades",
        "Show the selected break's trades in the blotter");
    differences = new TablePane<>(vm.differences(), uiState, exports);
    differences.setExportButtonsVisible(false);
    candidates = new TablePane<>(vm.candidates(), uiState, exports);
    candidates.setExportButtonsVisible(false);
    select =
        (obs, old, now) -> {
          vm.select(now);
          showTabFor(now);
        };

    ComboBox<String> recon = new ComboBox<>(vm.reconChoices());
    recon.setId("recon-breaks-recon");
    recon.setMinWidth(Region.USE_PREF_SIZE);
    recon.valueProperty().bindBidirectional(vm.reconProperty());
    recon.setAccessibleText("Recon");
    recon.setTooltip(new Tooltip("Which recon's breaks"));
    ComboBox<Show> show = new ComboBox<>();
    show.getItems().setAll(Show.values());
    show.setId("recon-breaks-show");
    show.setMinWidth(Region.USE_PREF_SIZE);
    show.valueProperty().bindBidirectional(vm.showProperty());
    show.setAccessibleText("Show");
    show.setTooltip(
        new Tooltip(
            "The breaks to work, all breaks, the proposed matches to review, or the matches kept"
                + " with a difference"));
    SavedViews views = new SavedViews(uiState, "recon.breaks.view.");
    MenuButton viewMenu = new MenuButton("Views");
    viewMenu.setId("recon-breaks-views");
    viewMenu.setMinWidth(Region.USE_PREF_SIZE);
    viewMenu.setTooltip(
        new Tooltip("Named filters of your own: a recon, what to show, the filter"));
    viewMenu.setOnShowing(e -> viewMenu.getItems().setAll(viewItems(views)));
    breaks.addToToolbar(recon, show, viewMenu);
    List<Node> toolbar = new ArrayList<>();
    for (Action a : Action.values()) {
      Button b = new Button(a.button());
      b.setMnemonicParsing(true);
      b.setId("recon-breaks-" + a.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      b.setOnAction(e -> act(a));
      actions.put(a, b);
      toolbar.add(vm.workPermitted().offer(b));
      b.setDisable(true); // until a break it applies to is selected
    }
    match.setId("recon-breaks-match");
    match.setTooltip(
        new Tooltip(
            "Match the selected breaks' records by hand (breaks of one recon and date with records"
                + " on both sides, such as a block confirmation and its fills)"));
    match.setOnAction(e -> matchSelected());
    toolbar.add(vm.workPermitted().offer(match));
    match.setDisable(true);
    accept.setId("recon-breaks-accept");
    accept.setTooltip(new Tooltip("Accept the selected proposed matches: matched from now on"));
    accept.setOnAction(e -> reviewSelected(true));
    reject.setId("recon-breaks-reject");
    reject.setTooltip(
        new Tooltip("Reject the selected proposed matches: their records are never paired again"));
    reject.setOnAction(e -> reviewSelected(false));
    for (Button b : List.of(accept, reject)) {
      Node offered = vm.workPermitted().offer(b);
      // the matches shown, Unmatch takes their place (the toolbar has no width to spare)
      offered.visibleProperty().bind(vm.showProperty().isNotEqualTo(Show.DIFFERENCES));
      offered.managedProperty().bind(offered.visibleProperty());
      toolbar.add(offered);
      b.setDisable(true);
    }
    unmatch.setId("recon-breaks-unmatch");
    unmatch.setMnemonicParsing(true);
    unmatch.setOnAction(e -> unmatchSelected());
    // a disabled button shows no tooltip: the pane around it says why it is disabled
    StackPane unmatchSlot = new StackPane(vm.workPermitted().offer(unmatch));
    unmatchSlot.setId("recon-breaks-unmatch-slot");
    Tooltip.install(unmatchSlot, unmatchWhy);
    unmatchSlot.visibleProperty().bind(vm.showProperty().isEqualTo(Show.DIFFERENCES));
    unmatchSlot.managedProperty().bind(unmatchSlot.visibleProperty());
    toolbar.add(unmatchSlot);
    unmatch.setDisable(true);
    acceptItem.setOnAction(e -> reviewSelected(true));
    rejectItem.setOnAction(e -> reviewSelected(false));
    unmatchItem.setOnAction(e -> unmatchSelected());
    acceptItem.disableProperty().bind(accept.disableProperty());
    rejectItem.disableProperty().bind(reject.disableProperty());
    unmatchItem.disableProperty().bind(unmatch.disableProperty());
    breaks
        .table()
        .getContextMenu()
        .getItems()
        .addAll(new SeparatorMenuItem(), acceptItem, rejectItem, unmatchItem);
    Button run = new Button("Run recons");
    run.setId("recon-breaks-run");
    run.setOnAction(e -> vm.runRecons());
    toolbar.add(vm.workPermitted().offer(run));
    if (vm.workPermitted().allowed()) {
      run.disableProperty().bind(vm.runningProperty());
    }
    Label asOf = new Label();
    asOf.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.asOfProperty().get() == null
                        ? ""
                        : "Business date " + vm.asOfProperty().get(),
                vm.asOfProperty()));
    toolbar.add(asOf);
    toolbar.forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
    HBox actionBar = new HBox(8, toolbar.toArray(Node[]::new));
    actionBar.setAlignment(Pos.CENTER_LEFT);
    actionBar.setPadding(new Insets(8, 12, 0, 12));

    buckets.show(vm.bucketsProperty().get());
    vm.bucketsProperty().addListener((obs, old, now) -> buckets.show(now));
    NoticeBar notice = new NoticeBar(vm.noticeProperty(), vm::dismissNotice, "recon-breaks-notice");
    VBox top = new VBox(notice.root(), buckets.root(), actionBar);
    VBox.setMargin(notice.root(), new Insets(8, 8, 0, 8));

    SplitPane split = new SplitPane(breaks.root(), sideBySide());
    split.setOrientation(Orientation.VERTICAL);
    SplitPanes.remember(split, "recon-breaks", uiState, 0.5);
    root.setTop(top);
    root.setCenter(split);
  }

  /** The selected break: both sides, why, the differing fields, the line as received. */
  private Node sideBySide() {
    Label title = new Label();
    title.setId("recon-breaks-detail-title");
    title.getStyleClass().add(Styles.TEXT_BOLD);
    title.textProperty().bind(vm.detailTitleProperty());
    GridPane sides = new GridPane();
    sides.setHgap(12);
    sides.setVgap(4);
    Hyperlink obligation = new Hyperlink("Open obligation");
    obligation.setId("recon-breaks-open-obligation");
    obligation.setTooltip(new Tooltip("Show the trade's settlement obligation on Obligations"));
    obligation.visibleProperty().bind(vm.obligationProperty().isNotEmpty());
    obligation.managedProperty().bind(obligation.visibleProperty());
    obligation.setOnAction(e -> openObligation.accept(vm.obligationProperty().get()));
    HBox oursLine = new HBox(12, value("recon-breaks-ours", vm.oursProperty()), obligation);
    oursLine.setAlignment(Pos.CENTER_LEFT);
    sides.addRow(0, caption("Ours"), oursLine);
    sides.addRow(1, caption("Theirs"), value("recon-breaks-theirs", vm.theirsProperty()));
    sides.addRow(2, caption("Why"), value("recon-breaks-why", vm.explanationProperty()));
    ColumnConstraints values = new ColumnConstraints();
    values.setHgrow(Priority.ALWAYS);
    values.setFillWidth(true);
    sides.getColumnConstraints().setAll(new ColumnConstraints(), values);
    TextArea received = new TextArea();
    received.setId("recon-breaks-received");
    received.setEditable(false);
    received.setWrapText(false);
    received.setPrefRowCount(4);
    received.getStyleClass().add("monospace");
    received.textProperty().bind(vm.receivedProperty());
    Label receivedLabel = caption("As received");
    receivedLabel.setLabelFor(received);
    VBox right = new VBox(4, receivedLabel, received);
    VBox.setVgrow(received, Priority.ALWAYS);
    Label balance = value("recon-breaks-balance", vm.balanceProperty());
    balance.managedProperty().bind(balance.textProperty().isNotEmpty());
    balance.getStyleClass().add(Styles.ACCENT);
    matchCandidate.setId("recon-breaks-match-candidate");
    matchCandidate.setTooltip(
        new Tooltip("Match the selected break's records with the selected candidate's, by hand"));
    matchCandidate.setOnAction(e -> matchCandidate());
    candidates.addToToolbar(vm.workPermitted().offer(matchCandidate));
    if (vm.workPermitted().allowed()) {
      matchCandidate
          .disableProperty()
          .bind(candidates.table().getSelectionModel().selectedItemProperty().isNull());
    }
    Tab differencesTab = new Tab("Differences", differences.root());
    candidatesTab.setContent(candidates.root());
    candidatesTab
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> "Candidates (" + vm.candidates().totalCountProperty().get() + ")",
                vm.candidates().totalCountProperty()));
    detailTabs.getTabs().setAll(differencesTab, candidatesTab);
    detailTabs.getTabs().forEach(t -> t.setClosable(false));
    detailTabs.setId("recon-breaks-detail-tabs");
    HBox body = new HBox(12, detailTabs, right);
    HBox.setHgrow(detailTabs, Priority.ALWAYS);
    right.setPrefWidth(460);
    VBox detail = new VBox(6, title, balance, sides, body);
    VBox.setVgrow(body, Priority.ALWAYS);
    detail.setPadding(new Insets(8));
    return detail;
  }

  private static Label caption(String text) {
    Label l = new Label(text);
    l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    l.setMinWidth(Region.USE_PREF_SIZE);
    return l;
  }

  private static Label value(String id, ObservableStringValue text) {
    Label l = new Label();
    l.setId(id);
    l.textProperty().bind(text);
    l.setWrapText(true);
    l.setMinHeight(Region.USE_PREF_SIZE);
    return l;
  }

  private void enableActions() {
    List<BreakRow> rows = List.copyOf(breaks.table().getSelectionModel().getSelectedItems());
    actions.forEach(
        (a, b) ->
            b.setDisable(!vm.workPermitted().allowed() || !BreaksViewModel.appliesToAll(a, rows)));
  }

  private void selectionChanged() {
    List<BreakRow> rows = List.copyOf(breaks.table().getSelectionModel().getSelectedItems());
    vm.selectionChanged(rows);
    enableActions();
    boolean allowed = vm.workPermitted().allowed();
    match.setDisable(!allowed || !BreaksViewModel.matchable(rows));
    accept.setDisable(!allowed || !BreaksViewModel.reviewable(rows));
    reject.setDisable(accept.isDisable());
    String whyNot = BreaksViewModel.whyNotUnmatchable(rows);
    unmatch.setDisable(!allowed || !whyNot.isEmpty());
    unmatchWhy.setText(
        !allowed
            ? vm.workPermitted().whyNot()
            : whyNot.isEmpty()
                ? "Undo the selected matches: their records are never paired together again and"
                    + " become the breaks they are"
                : whyNot);
  }

  /** Opens the dialog undoing the selected matches. */
  void unmatchSelected() {
    List<BreakRow> rows = List.copyOf(breaks.table().getSelectionModel().getSelectedItems());
    if (!vm.workPermitted().allowed() || !BreaksViewModel.whyNotUnmatchable(rows).isEmpty()) {
      return;
    }
    MatchForm form = vm.unmatchForm(rows);
    Window owner = root.getScene() == null ? null : root.getScene().getWindow();
    FormDialog dialog =
        new FormDialog(
            owner,
            "Unmatch",
            rows.size() == 1
                ? "Undo match " + rows.get(0).id() + " (" + rows.get(0).reference() + ")"
                : "Undo " + rows.size() + " matches",
            "Unmatch");
    TextField comment = new TextField();
    comment.setId("recon-unmatch-comment");
    comment.setPromptText("why they do not belong together (kept in the audit trail)");
    comment.textProperty().bindBidirectional(form.commentProperty());
    dialog
        .content()
        .getChildren()
        .addAll(
            FormDialog.explanation(
                "Ours: "
                    + rows.stream().map(r -> r.item().ours()).collect(Collectors.joining(", "))
                    + ". Theirs: "
                    + rows.stream().map(r -> r.item().theirs()).collect(Collectors.joining(", "))
                    + ". No later run pairs them together again: they become the breaks they"
                    + " are, and their recon runs again for the date."),
            FormDialog.field("Comment", comment, null),
            FormDialog.message("recon-unmatch-error", form.errorProperty(), Styles.DANGER));
    dialog.content().setPrefWidth(520);
    dialog.onOk(form.canSend(), form.busyProperty(), form::send);
    dialog.show();
  }

  /** Accepts or rejects the selected proposed matches. */
  void reviewSelected(boolean accepting) {
    List<BreakRow> rows = List.copyOf(breaks.table().getSelectionModel().getSelectedItems());
    if (vm.workPermitted().allowed() && BreaksViewModel.reviewable(rows)) {
      vm.review(rows, accepting);
    }
  }

  /** The saved views to choose, then saving the current one and deleting one. */
  private List<MenuItem> viewItems(SavedViews views) {
    List<MenuItem> items = new ArrayList<>();
    for (String name : views.names()) {
      MenuItem item = new MenuItem(name);
      item.setMnemonicParsing(false);
      item.setOnAction(e -> views.load(name).ifPresent(vm::applyView));
      items.add(item);
    }
    if (!items.isEmpty()) {
      items.add(new SeparatorMenuItem());
    }
    MenuItem save = new MenuItem("Save current view…");
    save.setOnAction(
        e -> {
          TextInputDialog ask = new TextInputDialog();
          ask.setTitle("Save view");
          ask.setHeaderText("A name for this recon, what is shown and the filter");
          ask.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
          ask.showAndWait()
              .filter(n -> !n.isBlank())
              .ifPresent(n -> views.save(n, vm.currentView()));
        });
    items.add(save);
    if (!views.names().isEmpty()) {
      Menu delete = new Menu("Delete view");
      for (String name : views.names()) {
        MenuItem item = new MenuItem(name);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> views.delete(name));
        delete.getItems().add(item);
      }
      items.add(delete);
    }
    return items;
  }

  /** A break with records of one side only looks for its counterpart; others at what differs. */
  private void showTabFor(BreakRow row) {
    boolean oneSided =
        row != null && (row.item().ours().isEmpty() != row.item().theirs().isEmpty());
    detailTabs.getSelectionModel().select(oneSided ? 1 : 0);
  }

  /** Opens the dialog matching the selected break with the selected candidate. */
  void matchCandidate() {
    BreakRow row = breaks.table().getSelectionModel().getSelectedItem();
    CandidateRow candidate = candidates.table().getSelectionModel().getSelectedItem();
    if (row != null && candidate != null) {
      match(List.of(row, candidate.row()));
    }
  }

  /** Opens the dialog matching the selected breaks' records by hand. */
  void matchSelected() {
    match(List.copyOf(breaks.table().getSelectionModel().getSelectedItems()));
  }

  private void match(List<BreakRow> rows) {
    if (!vm.workPermitted().allowed() || !BreaksViewModel.matchable(rows)) {
      return;
    }
    MatchForm form = vm.matchForm(rows);
    Window owner = root.getScene() == null ? null : root.getScene().getWindow();
    FormDialog dialog =
        new FormDialog(
            owner, "Match by hand", "Match " + rows.size() + " breaks' records", "Match");
    String ours =
        rows.stream()
            .map(r -> r.item().ours())
            .filter(o -> !o.isEmpty())
            .collect(Collectors.joining(", "));
    String theirs =
        rows.stream()
            .map(r -> r.item().theirs())
            .filter(t -> !t.isEmpty())
            .collect(Collectors.joining(", "));
    TextField comment = new TextField();
    comment.setId("recon-match-comment");
    comment.setPromptText("why they belong together (kept in the audit trail)");
    comment.textProperty().bindBidirectional(form.commentProperty());
    dialog
        .content()
        .getChildren()
        .addAll(
            FormDialog.explanation(
                "Ours: "
                    + ours
                    + ". Theirs: "
                    + theirs
                    + ". They stay matched in every later run of "
                    + rows.get(0).recon()
                    + " for "
                    + rows.get(0).runDate()
                    + ", with their differences kept."),
            FormDialog.field("Comment", comment, null),
            FormDialog.message("recon-match-error", form.errorProperty(), Styles.DANGER));
    dialog.content().setPrefWidth(520);
    dialog.onOk(form.canSend(), form.busyProperty(), form::send);
    dialog.show();
  }

  @Override
  public void activate() {
    breaks.table().getSelectionModel().getSelectedItems().addListener(selection);
    breaks.table().getSelectionModel().selectedItemProperty().addListener(select);
    BreakRow now = breaks.table().getSelectionModel().getSelectedItem();
    vm.select(now);
    selectionChanged();
  }

  @Override
  public void deactivate() {
    breaks.table().getSelectionModel().getSelectedItems().removeListener(selection);
    breaks.table().getSelectionModel().selectedItemProperty().removeListener(select);
  }

  /** Opens the dialog of {@code action} on the selected break. */
  void act(Action action) {
    List<BreakRow> rows = List.copyOf(breaks.table().getSelectionModel().getSelectedItems());
    if (!vm.workPermitted().allowed() || !BreaksViewModel.appliesToAll(action, rows)) {
      return;
    }
    ActionForm form = vm.form(action, rows);
    BreakRow row = rows.get(0);
    Window owner = root.getScene() == null ? null : root.getScene().getWindow();
    FormDialog dialog =
        rows.size() == 1
            ? new FormDialog(
                owner,
                action.label() + " break",
                action.label()
                    + " break "
                    + row.id()
                    + " ("
                    + row.kind()
                    + " "
                    + row.reference()
                    + ")",
                action.label())
            : new FormDialog(
                owner,
                action.label() + " breaks",
                action.label() + " " + rows.size() + " breaks",
                action.label());
    List<Node> fields = new ArrayList<>();
    fields.add(
        FormDialog.explanation(
            rows.size() == 1
                ? BreaksViewModel.explain(row.item())
                    + " "
                    + row.amount().toPlainString()
                    + " "
                    + row.currency().code()
                    + " at stake. The change is kept in the audit trail."
                : "Breaks "
                    + rows.stream()
                        .map(r -> Long.toString(r.id()))
                        .collect(Collectors.joining(", "))
                    + ", each on the version shown: one changed meanwhile is left as it is and"
                    + " named. Each change is kept in the audit trail."));
    if (action == Action.ASSIGN) {
      ComboBox<String> who = new ComboBox<>(form.owners());
      who.setId("recon-break-owner");
      who.valueProperty().bindBidirectional(form.ownerProperty());
      fields.add(FormDialog.field("Owner", who, null));
    }
    if (action == Action.RESOLVE || action == Action.WRITE_OFF) {
      ComboBox<BreakReason> reason = new ComboBox<>(form.reasons());
      reason.setId("recon-break-reason");
      reason.setConverter(
          new StringConverter<>() {
            @Override
            public String toString(BreakReason r) {
              return r == null ? "" : r.name() + " — " + r.meaning();
            }

            @Override
            public BreakReason fromString(String s) {
              return null;
            }
          });
      reason.valueProperty().bindBidirectional(form.reasonProperty());
      fields.add(FormDialog.field("Reason", reason, null));
    }
    TextField comment = new TextField();
    comment.setId("recon-break-comment");
    comment.setPromptText("what was found or done (kept in the audit trail)");
    comment.textProperty().bindBidirectional(form.commentProperty());
    fields.add(FormDialog.field("Comment", comment, null));
    fields.add(FormDialog.message("recon-break-error", form.errorProperty(), Styles.DANGER));
    dialog.content().getChildren().addAll(fields);
    dialog.content().setPrefWidth(520);
    dialog.onOk(form.canSend(), form.busyProperty(), form::send);
    dialog.show();
  }

  @Override
  public void focusSearch() {
    breaks.focusFilter();
  }

  @Override
  public Node root() {
    return root;
  }
}
