package com.tickmark.app.ui.recon;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.common.AgingStrip;
import com.tickmark.app.ui.common.NoticeBar;
import com.tickmark.app.ui.common.RowDrill;
import com.tickmark.app.ui.recon.ReconDashboardViewModel.KindRow;
import com.tickmark.app.ui.recon.ReconDashboardViewModel.ReconRow;
import com.tickmark.app.ui.recon.ReconDashboardViewModel.Trend;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.shell.SplitPanes;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TablePane;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

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
