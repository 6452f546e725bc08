package com.tickmark.app.ui.settlement;

import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.common.AgingStrip;
import com.tickmark.app.ui.common.NoticeBar;
import com.tickmark.app.ui.settlement.ObligationsViewModel.NettingRow;
import com.tickmark.app.ui.settlement.ObligationsViewModel.ObligationRow;
import com.tickmark.app.ui.settlement.ObligationsViewModel.SecuritiesNettingRow;
import com.tickmark.app.ui.settlement.ObligationsViewModel.StatusFilter;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TablePane;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Obligations screen's layout: an Obligations tab with a status filter, a Netting tab (cash)
 * and a Securities netting tab.
 */
final class ObligationsView implements ModelViewScreen.Layout {
  private final ObligationsViewModel vm;
  private final TablePane<ObligationRow> obligations;
  private final TablePane<NettingRow> netting;
  private final TablePane<SecuritiesNettingRow> securitiesNetting;
  private final ComboBox<StatusFilter> status = new ComboBox<>();
  private final TabPane tabs = new TabPane();
  private final BorderPane root = new BorderPane();

  ObligationsView(ObligationsViewModel vm, UiState uiState, TableExports exports) {
    this.vm = vm;
    obligations = new TablePane<>(vm.table(), uiState, exports);
    netting = new TablePane<>(vm.netting(), uiState, exports);
    securitiesNetting = new TablePane<>(vm.securitiesNetting(), uiState, exports);
    status.setMinWidth(Region.USE_PREF_SIZE); // the choice is read whole, never "Op..."
    status.getItems().setAll(StatusFilter.values());
    status.setId("settlement-obligations-status");
    status.valueProperty().bindBidirectional(vm.statusProperty());
    Label statusLabel = new Label("Status");
    statusLabel.setLabelFor(status);
    obligations.addToToolbar(statusLabel, status);
    Label asOf = new Label();
    asOf.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> vm.asOfProperty().get() == null ? "" : "As of " + vm.asOfProperty().get(),
                vm.asOfProperty()));
    obligations.addToToolbar(asOf);
    AgingStrip buckets = new AgingStrip("settlement-obligations", "Failed, by age (business days)");
    buckets.show(vm.bucketsProperty().get());
    vm.bucketsProperty().addListener((obs, old, now) -> buckets.show(now));
    VBox.setVgrow(obligations.root(), Priority.ALWAYS);
    Tab list = new Tab("Obligations", new VBox(buckets.root(), obligations.root()));
    list.setId("settlement-obligations-tab");
    Tab sets = new Tab("Netting", netting.root());
    sets.setId("settlement-netting-tab");
    Tab securities = new Tab("Securities netting", securitiesNetting.root());
    securities.setId("settlement-securities-netting-tab");
    tabs.getTabs().setAll(list, sets, securities);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    NoticeBar notice = new NoticeBar(vm.noticeProperty(), vm::dismissNotice, "obligations-notice");
    BorderPane.setMargin(notice.root(), new Insets(8, 8, 0, 8));
    root.setTop(notice.root());
    root.setCenter(tabs);
  }

  @Override
  public void focusSearch() {
    int tab = tabs.getSelectionModel().getSelectedIndex();
    if (tab == 1) {
      netting.focusFilter();
    } else if (tab == 2) {
      securitiesNetting.focusFilter();
    } else {
      obligations.focusFilter();
    }
  }

  TabPane tabs() {
    return tabs;
  }

  TablePane<ObligationRow> obligationsPane() {
    return obligations;
  }

  TablePane<NettingRow> nettingPane() {
    return netting;
  }

  @Override
  public Node root() {
    return root;
  }
}
