package com.tickmark.app.ui.settlement;

import com.tickmark.app.ui.table.TablePane;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;

/**
 * The drill from a settlement row to its trade: an <em>Open trade</em> button in the table's
 * toolbar, for the selected row, and a double-click on a row.
 */
final class TradeDrill {
  private TradeDrill() {}

  /**
   * @param trade the trade id a row stands for
   * @param openTrade shows a trade in the blotter
   * @param id the button's id
   */
  static <R> void attach(
      TablePane<R> pane, Function<R, String> trade, Consumer<String> openTrade, String id) {
    Button open = new Button("Open trade", new FontIcon(MaterialDesignO.OPEN_IN_NEW));
    open.setId(id);
    open.setTooltip(
        new Tooltip("Show the selected row's trade in the blotter (or double-click it)"));
    open.disableProperty().bind(pane.table().getSelectionModel().selectedItemProperty().isNull());
    open.setOnAction(
        e -> {
          R selected = pane.table().getSelectionModel().getSelectedItem();
          if (selected != null) {
            openTrade.accept(trade.apply(selected));
          }
        });
    pane.addToToolbar(open);
    pane.table()
        .setRowFactory(
            table -> {
              TableRow<R> row = new TableRow<>();
              row.setOnMouseClicked(
                  e -> {
                    if (e.getClickCount() == 2 && !row.isEmpty()) {
                      openTrade.accept(trade.apply(row.getItem()));
                    }
                  });
              return row;
            });
  }
}
