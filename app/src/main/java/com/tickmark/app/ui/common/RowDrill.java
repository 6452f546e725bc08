package com.tickmark.app.ui.common;

import com.tickmark.app.ui.table.TablePane;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;

/**
 * The drill from a table's row to what it stands for on another screen (a fail to its trade, a
 * recon to its breaks): a button in the table's toolbar, for the selected row, and a double-click
 * on a row.
 */
public final class RowDrill {
  private RowDrill() {}

  /**
   * @param key what a row stands for (a trade id, a recon's name)
   * @param open shows it on the other screen
   * @param id the button's id
   * @param text the button's text ("Open trade")
   * @param tooltip what the button does
   */
  public static <R> void attach(
      TablePane<R> pane,
      Function<R, String> key,
      Consumer<String> open,
      String id,
      String text,
      String tooltip) {
    Button button = new Button(text, new FontIcon(MaterialDesignO.OPEN_IN_NEW));
    button.setId(id);
    button.setTooltip(new Tooltip(tooltip + " (or double-click it)"));
    button.disableProperty().bind(pane.table().getSelectionModel().selectedItemProperty().isNull());
    button.setOnAction(
        e -> {
          R selected = pane.table().getSelectionModel().getSelectedItem();
          if (selected != null) {
            open.accept(key.apply(selected));
          }
        });
    pane.addToToolbar(button);
    pane.table()
        .setRowFactory(
            table -> {
              TableRow<R> row = new TableRow<>();
              row.setOnMouseClicked(
                  e -> {
                    if (e.getClickCount() == 2 && !row.isEmpty()) {
                      open.accept(key.apply(row.getItem()));
                    }
                  });
              return row;
            });
  }
}
