package com.tickmark.app.ui.table;

import atlantafx.base.controls.CustomTextField;
import javafx.beans.property.StringProperty;
import javafx.scene.Cursor;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The quick-filter field every table has: a magnifier, a clear button while it holds text, Escape
 * to clear it and Down to move into the table (picking the first row when none is picked).
 */
public final class QuickFilters {
  private QuickFilters() {}

  /**
   * Makes {@code field} the quick filter of {@code table}, its text bound both ways to {@code
   * text}.
   */
  public static void install(
      CustomTextField field,
      TableView<?> table,
      StringProperty text,
      String prompt,
      String tooltip) {
    field.setPromptText(prompt);
    field.getStyleClass().add("quick-filter");
    field.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
    FontIcon clear = new FontIcon(MaterialDesignC.CLOSE_CIRCLE);
    clear.setCursor(Cursor.HAND);
    clear.setOnMouseClicked(e -> field.clear());
    clear.visibleProperty().bind(field.textProperty().isNotEmpty());
    field.setRight(clear);
    field.textProperty().bindBidirectional(text);
    field.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
            field.clear();
            e.consume();
          } else if (e.getCode() == KeyCode.DOWN) {
            table.requestFocus();
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
              table.getSelectionModel().select(0);
            }
            e.consume();
          }
        });
    Tooltip.install(field, new Tooltip(tooltip));
  }
}
