package com.tickmark.app.ui.refdata;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.trade.FormDialog;
import com.tickmark.model.refdata.ReferenceDataMaintenance.Outcome;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * A {@link ChangeForm} as a dialog: a field per form field (a list to pick from where the form
 * offers one, showing labels and names while the form keeps the code), the reason, and a refusal
 * next to the field it concerns. OK sends the change; the dialog closes once it is made.
 */
final class ChangeDialog {
  private ChangeDialog() {}

  static void show(Window owner, ChangeForm form, Consumer<Outcome> done) {
    FormDialog dialog = new FormDialog(owner, form.title(), form.title(), form.okText());
    dialog.content().getChildren().add(FormDialog.explanation(form.explanation()));
    if (!form.fields().isEmpty()) {
      GridPane grid = FormDialog.grid(2);
      int i = 0;
      for (ChangeForm.Field f : form.fields()) {
        Control control = f.picked() ? picker(form, f) : text(form, f.name(), f.hint());
        grid.add(FormDialog.field(f.label(), control, form.problem(f.name())), i % 2, i / 2);
        i++;
      }
      dialog.content().getChildren().add(grid);
    }
    dialog
        .content()
        .getChildren()
        .addAll(
            FormDialog.field(
                "Reason",
                text(form, ChangeForm.REASON, "why (kept in the audit trail)"),
                form.problem(ChangeForm.REASON)),
            FormDialog.message("refdata-change-error", form.errorProperty(), Styles.DANGER));
    dialog.onOk(
        form.canSendProperty(),
        form.busyProperty(),
        close ->
            form.send(
                outcome -> {
                  close.run();
                  done.accept(outcome);
                }));
    form.load();
    dialog.show();
  }

  private static TextField text(ChangeForm form, String field, String hint) {
    TextField text = new TextField();
    text.setId("refdata-field-" + field);
    text.setPromptText(hint);
    text.textProperty().bindBidirectional(form.value(field));
    return text;
  }

  private static ComboBox<String> picker(ChangeForm form, ChangeForm.Field f) {
    ComboBox<String> picker = new ComboBox<>(form.choices(f.name()));
    picker.setId("refdata-field-" + f.name());
    picker.setEditable(true);
    picker.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(String code) {
            return code == null ? "" : form.shown(f.name(), code);
          }

          @Override
          public String fromString(String text) {
            return form.code(f.name(), text);
          }
        });
    picker.valueProperty().bindBidirectional(form.value(f.name()));
    return picker;
  }
}
