package com.tickmark.app.ui.blotter;

import com.tickmark.app.ui.common.DatePickers;
import com.tickmark.model.trade.blotter.BlotterColumn;
import com.tickmark.model.trade.blotter.ColumnFilter;
import com.tickmark.model.trade.blotter.TradeTable;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.CheckListView;

/**
 * Asks for a filter on one column, in the form the column needs: values to pick for a category, a
 * range for numbers, dates from and to, or text to contain. Bad input is named in the dialog and
 * keeps it open.
 */
final class ColumnFilterDialog {
  private static final ButtonType CLEAR = new ButtonType("Clear filter", ButtonBar.ButtonData.LEFT);

  private ColumnFilterDialog() {}

  /**
   * @return empty when the user cancelled; an empty inner value when they cleared the filter
   */
  static Optional<Optional<ColumnFilter>> ask(
      Window owner, BlotterColumn column, TradeTable table, ColumnFilter current) {
    Dialog<Optional<ColumnFilter>> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Filter " + column.title());
    dialog.setHeaderText(
        "Show only trades whose " + column.title().toLowerCase(Locale.ROOT) + " …");
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, CLEAR, ButtonType.CANCEL);
    Label error = new Label();
    error.getStyleClass().add("danger");
    error.setWrapText(true);
    Form form = form(column, table, current);
    dialog.getDialogPane().setContent(new VBox(8, form.content, error));
    dialog
        .getDialogPane()
        .lookupButton(ButtonType.OK)
        .addEventFilter(
            ActionEvent.ACTION,
            e -> {
              try {
                form.read.get();
                error.setText("");
              } catch (IllegalArgumentException | DateTimeException bad) {
                error.setText(bad.getMessage());
                e.consume();
              }
            });
    dialog.setResultConverter(
        button -> {
          if (button == ButtonType.OK) {
            return Optional.ofNullable(form.read.get());
          }
          return button == CLEAR ? Optional.empty() : null;
        });
    return dialog.showAndWait();
  }

  /** The controls, and how to read a filter from them (null for "no filter"). */
  private record Form(Node content, Supplier<ColumnFilter> read) {}

  private static Form form(BlotterColumn column, TradeTable table, ColumnFilter current) {
    switch (column.kind()) {
      case CATEGORY -> {
        ObservableList<String> values = FXCollections.observableArrayList(table.values(column));
        CheckListView<String> list = new CheckListView<>(values);
        list.setId("column-filter-values");
        list.setPrefHeight(260);
        if (current instanceof ColumnFilter.Values v) {
          v.values().forEach(list.getCheckModel()::check);
        }
        TextField search = new TextField();
        search.setPromptText("Find a value");
        search
            .textProperty()
            .addListener(
                (o, was, now) -> {
                  int index = -1;
                  for (int i = 0; i < values.size(); i++) {
                    if (values
                        .get(i)
                        .toLowerCase(Locale.ROOT)
                        .contains(now.toLowerCase(Locale.ROOT))) {
                      index = i;
                      break;
                    }
                  }
                  if (index >= 0) {
                    list.scrollTo(index);
                    list.getSelectionModel().clearAndSelect(index);
                  }
                });
        return new Form(
            new VBox(6, search, list),
            () -> {
              Set<String> picked = new LinkedHashSet<>(list.getCheckModel().getCheckedItems());
              if (picked.isEmpty()) {
                throw new IllegalArgumentException(
                    "Tick at least one value, or press Clear filter");
              }
              return new ColumnFilter.Values(column, picked);
            });
      }
      case DATE, TIMESTAMP -> {
        DatePicker from = DatePickers.iso();
        DatePicker to = DatePickers.iso();
        if (current instanceof ColumnFilter.Dates d) {
          from.setValue(d.from());
          to.setValue(d.to());
        }
        return new Form(
            grid("From", from, "To", to),
            () -> {
              LocalDate f = date(from);
              LocalDate t = date(to);
              return f == null && t == null ? null : new ColumnFilter.Dates(column, f, t);
            });
      }
      case TEXT -> {
        TextField text = new TextField();
        if (current instanceof ColumnFilter.Contains c) {
          text.setText(c.text());
        }
        return new Form(
            grid("Contains", text, null, null),
            () ->
                text.getText().isBlank()
                    ? null
                    : new ColumnFilter.Contains(column, text.getText().strip()));
      }
      default -> {
        TextField min = new TextField();
        TextField max = new TextField();
        min.setId("column-filter-min");
        max.setId("column-filter-max");
        if (current instanceof ColumnFilter.Range r) {
          min.setText(r.min() == null ? "" : r.min().toPlainString());
          max.setText(r.max() == null ? "" : r.max().toPlainString());
        }
        return new Form(
            grid("At least", min, "At most", max),
            () -> {
              BigDecimal low = number("At least", min.getText());
              BigDecimal high = number("At most", max.getText());
              return low == null && high == null ? null : new ColumnFilter.Range(column, low, high);
            });
      }
    }
  }

  private static LocalDate date(DatePicker picker) {
    String typed = picker.getEditor().getText();
    if (typed == null || typed.isBlank()) {
      return null;
    }
    return picker.getConverter().fromString(typed);
  }

  private static BigDecimal number(String field, String text) {
    String t = text == null ? "" : text.strip().replace(",", "");
    if (t.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + ": '" + text.strip() + "' is not a number");
    }
  }

  private static GridPane grid(String firstLabel, Node first, String secondLabel, Node second) {
    GridPane g = new GridPane();
    g.setHgap(8);
    g.setVgap(8);
    g.addRow(0, new Label(firstLabel), first);
    if (second != null) {
      g.addRow(1, new Label(secondLabel), second);
    }
    return g;
  }
}
