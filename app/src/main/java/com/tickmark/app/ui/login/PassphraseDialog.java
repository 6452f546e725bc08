package com.tickmark.app.ui.login;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/** Asks for the passphrase of an encrypted workspace before it is opened. */
public final class PassphraseDialog {
  private PassphraseDialog() {}

  /** The passphrase the user typed, or empty when they chose to quit. */
  public static Optional<char[]> ask(Path workspace) {
    Dialog<char[]> dialog = new Dialog<>();
    dialog.setTitle("Tickmark — encrypted workspace");
    dialog.setHeaderText("The workspace " + workspace + " is encrypted.");
    PasswordField field = new PasswordField();
    field.setId("passphrase");
    field.setPromptText("passphrase");
    dialog.getDialogPane().setContent(new VBox(8, new Label("Passphrase"), field));
    ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, open);
    dialog
        .getDialogPane()
        .lookupButton(open)
        .disableProperty()
        .bind(field.textProperty().isEmpty());
    dialog.setResultConverter(b -> b == open ? field.getText().toCharArray() : null);
    dialog.setOnShown(e -> field.requestFocus());
    return dialog.showAndWait();
  }
}
