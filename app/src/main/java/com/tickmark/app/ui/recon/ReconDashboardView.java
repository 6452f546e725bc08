package com.tickmark.app.ui.recon;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.common.AgingStrip;
import com.tickmark.app.ui.common.NoticeBar;
import com.tickmark.app.ui.common.RowDrill;
import com.tickmark.app.ui.recon.ReconDashboardViewModel.KindRow;
import com.tickmark.app.ui.recon.ReconDashboardViewModel.ReconRow;
import com.tickmark.app.ui.recon.ReconDashboardViewModel.Trend;
import com.tickmark.app.ui.recon.ReconSettingsForm.PassRow;
import com.tickmark.app.ui.recon.ReconSettingsForm.ToleranceRow;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.shell.SplitPanes;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TablePane;
import com.tickmark.app.ui.trade.FormDialog;
import com.tickmark.model.recon.match.Cardinality;
import com.tickmark.model.recon.match.PassMode;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Recon dashboard's layout: the breaks to work per aging bucket above; each recon's latest run
 * and breaks to work (double-click, or Open breaks, to work them); below, the breaks to work by
 * kind beside the 30-day match-rate trend.
 */
final class ReconDashboardView implements ModelViewScreen.Layout {
  private final TablePane<ReconRow> recons;
  private final TablePane<KindRow> kinds;
  private final LineChart<String, Number> trend;
  private final AgingStrip buckets = new AgingStrip("recon-dashboard", "Breaks to work, aging");
  private final BorderPane root = new BorderPane();

  /**
   * @param openBreaks shows a recon's breaks on the Breaks screen
   */
  ReconDashboardView(
      ReconDashboardViewModel vm,
      UiState uiState,
      TableExports exports,
      Consumer<String> openBreaks) {
    recons = new TablePane<>(vm.recons(), uiState, exports);
    kinds = new TablePane<>(vm.kinds(), uiState, exports);
    RowDrill.attach(
        recons,
        ReconRow::recon,
        openBreaks,
        "recon-dashboard-open",
        "Open breaks",
        "Show the selected recon's breaks to work");
    RowDrill.attach(
        kinds,
        KindRow::recon,
        openBreaks,
        "recon-dashboard-kind-open",
        "Open breaks",
        "Show the selected recon's breaks to work");
    Button settings = new Button("Settings…");
    settings.setId("recon-dashboard-settings");
    settings.setTooltip(
        new Tooltip("Change the selected recon's title, write-off limit and matching passes"));
    settings.setOnAction(
        e -> {
          ReconRow row = recons.table().getSelectionModel().getSelectedItem();
          if (row != null && vm.settingsPermitted().allowed()) {
            editSettings(vm, vm.settingsForm(row.recon()));
          }
        });
    recons.addToToolbar(vm.settingsPermitted().offer(settings));
    if (vm.settingsPermitted().allowed()) {
      settings
          .disableProperty()
          .bind(recons.table().getSelectionModel().selectedItemProperty().isNull());
    }
    buckets.show(vm.bucketsProperty().get());
    vm.bucketsProperty().addListener((obs, old, now) -> buckets.show(now));

    CategoryAxis dates = new CategoryAxis();
    dates.setLabel("Run date");
    NumberAxis rate = new NumberAxis();
    rate.setLabel("Match rate (%)");
    rate.setForceZeroInRange(false);
    trend = new LineChart<>(dates, rate);
    trend.setId("recon-dashboard-trend");
    trend.setTitle("Match rate, last " + ReconDashboardViewModel.TREND_DAYS + " run dates");
    trend.setAnimated(false);
    trend.setCreateSymbols(true);
    show(vm.trendsProperty().get());
    vm.trendsProperty().addListener((obs, old, now) -> show(now));

    Label kindTitle = new Label("Breaks to work by kind");
    kindTitle.getStyleClass().add(Styles.TEXT_BOLD);
    VBox kindBox = new VBox(4, kindTitle, kinds.root());
    VBox.setVgrow(kinds.root(), Priority.ALWAYS);
    SplitPane lower = new SplitPane(kindBox, trend);
    SplitPanes.remember(lower, "recon-dashboard-lower", uiState, 0.45);
    SplitPane split = new SplitPane(recons.root(), lower);
    split.setOrientation(Orientation.VERTICAL);
    SplitPanes.remember(split, "recon-dashboard", uiState, 0.4);
    NoticeBar notice =
        new NoticeBar(vm.noticeProperty(), vm::dismissNotice, "recon-dashboard-notice");
    VBox top = new VBox(notice.root(), buckets.root());
    VBox.setMargin(notice.root(), new Insets(8, 8, 0, 8));
    root.setTop(top);
    root.setCenter(split);
  }

  /** The dialog changing one recon's settings. */
  private void editSettings(ReconDashboardViewModel vm, ReconSettingsForm form) {
    Window owner = root.getScene() == null ? null : root.getScene().getWindow();
    FormDialog dialog =
        new FormDialog(owner, "Recon settings", "Recon " + form.recon() + "'s settings", "Save");
    TextField title = new TextField();
    title.setId("recon-settings-title");
    title.textProperty().bindBidirectional(form.titleProperty());
    TextField limit = new TextField();
    limit.setId("recon-settings-limit");
    limit.textProperty().bindBidirectional(form.writeOffLimitProperty());
    GridPane top = FormDialog.grid(2);
    top.addRow(
        0,
        FormDialog.field("Title", title, null),
        FormDialog.field("Write-off limit (a second person approves above it)", limit, null));
    VBox passes = new VBox(8);
    passes.setId("recon-settings-passes");
    Runnable layout = () -> passes.getChildren().setAll(passRows(form));
    form.passes().addListener((ListChangeListener<PassRow>) c -> layout.run());
    layout.run();
    ScrollPane scroll = new ScrollPane(passes);
    scroll.setFitToWidth(true);
    scroll.setPrefViewportHeight(360);
    Button reset = new Button("Put back as shipped");
    reset.setId("recon-settings-reset");
    reset.disableProperty().bind(form.busyProperty());
    reset.setOnAction(e -> form.reset(vm::settingsSaved, dialog::close));
    Label state = label("");
    state.textProperty().bind(form.stateProperty());
    HBox status = new HBox(12, state, reset);
    status.setAlignment(Pos.CENTER_LEFT);
    dialog
        .content()
        .getChildren()
        .addAll(
            FormDialog.explanation(
                "The passes run in this order on what is still unmatched. A pass that proposes"
                    + " leaves its matches for a person to accept or reject. Saved on the version"
                    + " read, kept in the audit trail; later runs use it."),
            status,
            top,
            scroll,
            FormDialog.message("recon-settings-error", form.errorProperty(), Styles.DANGER));
    dialog.content().setPrefWidth(760);
    dialog.content().setMinWidth(760);
    dialog.onOk(form.canSend(), form.busyProperty(), done -> form.send(vm::settingsSaved, done));
    dialog.show();
  }

  /** Each pass: its name and fields, cardinality and mode, tolerances, and moving it. */
  private static List<Node> passRows(ReconSettingsForm form) {
    List<Node> rows = new java.util.ArrayList<>();
    for (int i = 0; i < form.passes().size(); i++) {
      PassRow p = form.passes().get(i);
      int index = i;
      Label name = label((i + 1) + ". " + p.name());
      name.getStyleClass().add(Styles.TEXT_BOLD);
      Label fields = new Label(p.fields());
      fields.setWrapText(true);
      ComboBox<Cardinality> cardinality =
          new ComboBox<>(FXCollections.observableArrayList(Cardinality.values()));
      cardinality.valueProperty().bindBidirectional(p.cardinalityProperty());
      ComboBox<PassMode> mode =
          new ComboBox<>(FXCollections.observableArrayList(PassMode.values()));
      mode.setId("recon-settings-mode-" + i);
      mode.valueProperty().bindBidirectional(p.modeProperty());
      Button up = new Button("Up");
      up.setDisable(i == 0);
      up.setOnAction(e -> form.move(index, -1));
      Button down = new Button("Down");
      down.setDisable(i == form.passes().size() - 1);
      down.setOnAction(e -> form.move(index, 1));
      HBox head =
          new HBox(
              8, name, new Label("Cardinality"), cardinality, new Label("Mode"), mode, up, down);
      head.setAlignment(Pos.CENTER_LEFT);
      VBox box = new VBox(4, head, fields);
      for (ToleranceRow t : p.tolerances()) {
        HBox line = new HBox(8, label("Tolerance on " + t.field() + ":"));
        line.setAlignment(Pos.CENTER_LEFT);
        if (t.dateWindow()) {
          line.getChildren().addAll(label("business days"), bound(t.businessDaysProperty()));
        } else {
          line.getChildren()
              .addAll(
                  label("absolute"),
                  bound(t.absoluteProperty()),
                  label("relative (0.001 is 0.1%)"),
                  bound(t.relativeProperty()));
        }
        box.getChildren().add(line);
      }
      if (i > 0) {
        rows.add(new Separator());
      }
      rows.add(box);
    }
    return rows;
  }

  private static Label label(String text) {
    Label l = new Label(text);
    l.setMinWidth(Region.USE_PREF_SIZE);
    return l;
  }

  private static TextField bound(javafx.beans.property.StringProperty value) {
    TextField f = new TextField();
    f.setPrefColumnCount(8);
    f.textProperty().bindBidirectional(value);
    return f;
  }

  /** One line per recon, its dates in order. */
  private void show(List<Trend> trends) {
    trend.getData().clear();
    for (Trend t : trends) {
      XYChart.Series<String, Number> series = new XYChart.Series<>();
      series.setName(t.recon());
      t.matchRate()
          .forEach((date, pct) -> series.getData().add(new XYChart.Data<>(date.toString(), pct)));
      trend.getData().add(series);
    }
  }

  @Override
  public void focusSearch() {
    recons.focusFilter();
  }

  @Override
  public Node root() {
    return root;
  }
}
