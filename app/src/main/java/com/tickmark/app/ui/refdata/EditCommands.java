package com.tickmark.app.ui.refdata;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.common.Permitted;
import com.tickmark.app.ui.table.TablePane;
import com.tickmark.model.refdata.ReferenceDataKind;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The Add, Edit and Retire (Reinstate, for a retired item) buttons of a reference-data table: for a
 * user who may change reference data, Edit and Retire act on the selected row; for others all three
 * are disabled and a tooltip says which permission they need.
 */
final class EditCommands {
  private EditCommands() {}

  /** Adds the buttons for items of {@code kind} to {@code pane}'s toolbar. */
  static <R> void add(
      ReferenceDataEditing editing,
      TablePane<R> pane,
      ReferenceDataKind kind,
      Function<R, String> key,
      Predicate<R> retired) {
    ObservableValue<R> selected = pane.table().getSelectionModel().selectedItemProperty();
    Supplier<Window> window = () -> pane.root().getScene().getWindow();
    String id = "refdata-" + kind.name().toLowerCase(Locale.ROOT);
    Button add = button(id + "-add", "Add…", MaterialDesignP.PLUS, "Add a new " + kind.word());
    add.setOnAction(e -> ChangeDialog.show(window.get(), editing.addForm(kind), editing::done));
    Button edit =
        button(id + "-edit", "Edit…", MaterialDesignP.PENCIL, "Change the selected " + kind.word());
    edit.setOnAction(
        e ->
            ChangeDialog.show(
                window.get(),
                editing.editForm(kind, key.apply(selected.getValue())),
                editing::done));
    Button retire =
        button(
            id + "-retire",
            "Retire…",
            MaterialDesignA.ARCHIVE_OUTLINE,
            "Retire the selected "
                + kind.word()
                + " (no new trades), or take a retired one back into use");
    retire
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    selected.getValue() != null && retired.test(selected.getValue())
                        ? "Reinstate…"
                        : "Retire…",
                selected));
    retire.setOnAction(
        e -> {
          R row = selected.getValue();
          ChangeDialog.show(
              window.get(),
              editing.retireForm(kind, key.apply(row), retired.test(row)),
              editing::done);
        });
    pane.addToToolbar(
        commands(
            editing,
            add,
            edit,
            retire,
            Bindings.createBooleanBinding(() -> selected.getValue() == null, selected)));
  }

  /**
   * The buttons side by side, each offered as the user may ({@link Permitted#offer}: disabled with
   * the reason as tooltip when not); those needing a selection disabled without one.
   */
  static HBox commands(
      ReferenceDataEditing editing,
      Button add,
      Button edit,
      Button retire,
      ObservableValue<Boolean> noSelection) {
    Permitted permitted = editing.permitted();
    HBox box = new HBox(2, permitted.offer(add), permitted.offer(edit), permitted.offer(retire));
    if (permitted.allowed()) {
      edit.disableProperty().bind(noSelection);
      retire.disableProperty().bind(noSelection);
    }
    return box;
  }

  static Button button(String id, String text, Ikon icon, String tip) {
    Button b = new Button(text, new FontIcon(icon));
    b.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
    b.setId(id);
    b.setTooltip(new Tooltip(tip));
    b.setMinWidth(Region.USE_PREF_SIZE);
    return b;
  }
}
