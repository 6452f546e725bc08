package com.tickmark.app.ui.reports;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import com.tickmark.model.report.catalog.ReportParameterSpec.Choice;
import java.util.Comparator;
import java.util.Locale;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Popup;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * A text field for one of many values (an instrument among hundreds): what the user types filters a
 * list under the field by value and label ("sap" finds "SAP · SAP SE"); Down and Enter, or a click,
 * pick one (Enter alone picks the only one left); the chevron shows them all. Whatever is typed is
 * the value, so an unknown symbol reaches the report, which says what it knows instead.
 */
final class ChoiceSearchField extends CustomTextField {
  private static final int VISIBLE_ROWS = 10;

  private final FilteredList<Choice> matching;
  private final SortedList<Choice> shown;
  private final ListView<Choice> list = new ListView<>();
  private final Popup popup = new Popup();
  private boolean picking;

  ChoiceSearchField(ObservableList<Choice> choices) {
    matching = new FilteredList<>(choices);
    shown = new SortedList<>(matching);
    list.setItems(shown);
    list.getStyleClass().addAll(Styles.DENSE, "choice-list");
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(Choice choice, boolean empty) {
                super.updateItem(choice, empty);
                setText(empty || choice == null ? null : choice.label());
              }
            });
    list.setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY
              && list.getSelectionModel().getSelectedItem() != null) {
            pick(list.getSelectionModel().getSelectedItem());
          }
        });
    list.setFocusTraversable(false);
    popup.getContent().add(list);
    popup.setAutoHide(true);

    FontIcon chevron = new FontIcon(MaterialDesignC.CHEVRON_DOWN);
    chevron.setCursor(Cursor.HAND);
    chevron.setOnMouseClicked(
        e -> {
          if (popup.isShowing()) {
            popup.hide();
          } else {
            requestFocus();
            filter("");
            showList();
          }
        });
    setRight(chevron);

    textProperty()
        .addListener(
            (obs, old, text) -> {
              if (!picking && isFocused()) {
                filter(text);
                if (shown.isEmpty()) {
                  popup.hide();
                } else {
                  showList();
                }
              }
            });
    focusedProperty()
        .addListener(
            (obs, was, now) -> {
              if (!now) {
                popup.hide();
              }
            });
    addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (!popup.isShowing()) {
            if (e.getCode() == KeyCode.DOWN) {
              filter(getText());
              showList();
              e.consume();
            }
            return;
          }
          switch (e.getCode()) {
            case DOWN -> move(1);
            case UP -> move(-1);
            case ENTER -> {
              Choice selected = list.getSelectionModel().getSelectedItem();
              if (selected == null && shown.size() == 1) {
                selected = shown.get(0);
              }
              if (selected != null) {
                pick(selected);
              } else {
                popup.hide();
              }
            }
            case ESCAPE -> popup.hide();
            default -> {
              return;
            }
          }
          e.consume();
        });
  }

  /**
   * Keeps the choices whose value or label holds the text: values starting with it first, then
   * values holding it, then labels.
   */
  private void filter(String text) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    matching.setPredicate(
        wanted.isEmpty()
            ? null
            : c ->
                c.value().toLowerCase(Locale.ROOT).contains(wanted)
                    || c.label().toLowerCase(Locale.ROOT).contains(wanted));
    shown.setComparator(
        wanted.isEmpty() ? null : Comparator.comparingInt((Choice c) -> rank(c, wanted)));
    list.getSelectionModel().clearSelection();
  }

  private static int rank(Choice choice, String wanted) {
    String value = choice.value().toLowerCase(Locale.ROOT);
    return value.startsWith(wanted) ? 0 : value.contains(wanted) ? 1 : 2;
  }

  private void move(int by) {
    int next =
        Math.max(0, Math.min(shown.size() - 1, list.getSelectionModel().getSelectedIndex() + by));
    list.getSelectionModel().select(next);
    list.scrollTo(Math.max(0, next - VISIBLE_ROWS / 2));
  }

  private void pick(Choice choice) {
    picking = true;
    try {
      setText(choice.value());
      positionCaret(getText().length());
    } finally {
      picking = false;
    }
    popup.hide();
  }

  private void showList() {
    if (getScene() == null || getScene().getWindow() == null || shown.isEmpty()) {
      return;
    }
    list.setPrefWidth(Math.max(getWidth(), 380));
    list.setPrefHeight(Math.min(shown.size(), VISIBLE_ROWS) * 26 + 4);
    if (!popup.isShowing()) {
      Bounds bounds = localToScreen(getBoundsInLocal());
      popup.show(this, bounds.getMinX(), bounds.getMaxY() + 2);
    }
  }

  /** The list under the field, for tests. */
  ListView<Choice> list() {
    return list;
  }

  boolean isListShowing() {
    return popup.isShowing();
  }
}
