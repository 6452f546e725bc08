package com.tickmark.app.ui.admin;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.common.SecurityStyles;
import com.tickmark.model.security.Role;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Admin screen's dialogs, each bound to a {@link UserForms} form; OK stays disabled until the
 * form may be sent.
 */
final class AdminDialogs {
  private AdminDialogs() {}

  static boolean addUser(Window owner, UserForms.AddUser form) {
    GridPane grid = grid();
    int row = 0;
    grid.addRow(
        row++,
        label("User name"),
        text("add-user-name", "lower-case, e.g. jsmith", form.usernameProperty()));
    grid.addRow(
        row++,
        label("Display name"),
        text("add-user-display", "e.g. Jane Smith", form.displayNameProperty()));
    grid.addRow(row++, topLabel("Roles"), roles("add-user-role-", form.roles()));
    grid.addRow(
        row++,
        label("Password"),
        password(
            "add-user-password",
            "at least 10 characters, a letter and a digit",
            form.passwordProperty()));
    grid.addRow(
        row++,
        label("Confirm"),
        password("add-user-confirm", "the same password again", form.confirmProperty()));
    grid.addRow(
        row,
        label("Reason"),
        text(
            "add-user-reason",
            "why the user is added (kept in the audit trail)",
            form.reasonProperty()));
    return show(
        owner,
        "Add a user",
        "Add a user",
        "The new user signs in with this name and password.",
        grid,
        "Add user",
        form);
  }

  static boolean reason(
      Window owner, String title, String explanation, String ok, UserForms.Reason form) {
    GridPane grid = grid();
    grid.addRow(
        0, label("Reason"), text("reason-text", "kept in the audit trail", form.reasonProperty()));
    return show(owner, title, title, explanation, grid, ok, form);
  }

  static boolean resetPassword(Window owner, UserForms.ResetPassword form) {
    GridPane grid = grid();
    grid.addRow(
        0,
        label("New password"),
        password(
            "reset-password",
            "at least 10 characters, a letter and a digit",
            form.passwordProperty()));
    grid.addRow(
        1,
        label("Confirm"),
        password("reset-confirm", "the same password again", form.confirmProperty()));
    grid.addRow(
        2, label("Reason"), text("reset-reason", "kept in the audit trail", form.reasonProperty()));
    return show(
        owner,
        "Reset password",
        "Reset the password of " + form.username(),
        "Any lockout is lifted. Tell the user the new password by a safe channel.",
        grid,
        "Reset password",
        form);
  }

  static boolean changeRoles(Window owner, UserForms.ChangeRoles form) {
    GridPane grid = grid();
    grid.addRow(0, label("Now"), new Label(AdminViewModel.roleLabels(form.current())));
    grid.addRow(1, topLabel("Roles"), roles("change-role-", form.roles()));
    grid.addRow(
        2,
        label("Reason"),
        text("change-roles-reason", "the approver reads it", form.reasonProperty()));
    return show(
        owner,
        "Change roles",
        "Change the roles of " + form.username(),
        "Four eyes: this creates a request, and nothing changes until a second person approves it.",
        grid,
        "Request change",
        form);
  }

  /** The passphrase of an encrypted backup, or empty if the user cancelled. */
  static Optional<char[]> passphrase(Window owner, Path zip) {
    Dialog<char[]> dialog = new Dialog<>();
    dialog.setTitle("Encrypted backup");
    dialog.setHeaderText("The backup " + zip.getFileName() + " is of an encrypted workspace.");
    PasswordField field = new PasswordField();
    field.setId("restore-passphrase");
    field.setPromptText("passphrase of the backed-up workspace");
    Label hint = new Label("The restored workspace keeps the same passphrase.");
    hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    dialog.getDialogPane().setContent(new VBox(8, new Label("Passphrase"), field, hint));
    ButtonType ok = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ok);
    dialog.getDialogPane().lookupButton(ok).disableProperty().bind(field.textProperty().isEmpty());
    dialog.setResultConverter(b -> b == ok ? field.getText().toCharArray() : null);
    dialog.setOnShown(e -> field.requestFocus());
    if (owner != null) {
      dialog.initOwner(owner);
    }
    return dialog.showAndWait();
  }

  private static boolean show(
      Window owner,
      String title,
      String header,
      String explanation,
      GridPane grid,
      String okText,
      UserForms.Form form) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.setTitle(title);
    dialog.setHeaderText(header);
    Label what = new Label(explanation);
    what.setWrapText(true);
    what.getStyleClass().add(Styles.TEXT_MUTED);
    Label problem = new Label();
    problem.setId("dialog-problem");
    problem.setWrapText(true);
    problem.getStyleClass().addAll(Styles.TEXT_SMALL, "form-problem");
    problem.textProperty().bind(form.problemProperty());
    VBox content = new VBox(12, what, grid, problem);
    content.setPrefWidth(500);
    dialog.getDialogPane().setContent(content);
    ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ok);
    Node okButton = dialog.getDialogPane().lookupButton(ok);
    okButton.setId("dialog-ok");
    okButton.getStyleClass().add(Styles.ACCENT);
    okButton.disableProperty().bind(form.validProperty().not());
    SecurityStyles.apply(dialog);
    if (owner != null) {
      dialog.initOwner(owner);
    }
    dialog.setOnShown(
        e ->
            grid.getChildren().stream()
                .filter(n -> n instanceof TextField || n instanceof VBox)
                .findFirst()
                .ifPresent(Node::requestFocus));
    return dialog.showAndWait().filter(b -> b == ok).isPresent();
  }

  private static GridPane grid() {
    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(10);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(100);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().addAll(labels, fields);
    return grid;
  }

  private static Label label(String text) {
    return new Label(text);
  }

  private static Label topLabel(String text) {
    Label l = new Label(text);
    GridPane.setValignment(l, VPos.TOP);
    l.setPadding(new Insets(2, 0, 0, 0));
    return l;
  }

  private static TextField text(String id, String prompt, StringProperty property) {
    TextField field = new TextField();
    field.setId(id);
    field.setPromptText(prompt);
    field.textProperty().bindBidirectional(property);
    return field;
  }

  private static PasswordField password(String id, String prompt, StringProperty property) {
    PasswordField field = new PasswordField();
    field.setId(id);
    field.setPromptText(prompt);
    field.textProperty().bindBidirectional(property);
    return field;
  }

  /** A check box per role, each with what the role may do today. */
  private static Node roles(String idPrefix, UserForms.RoleChoice choice) {
    VBox box = new VBox(6);
    Abilities abilities = Abilities.standard();
    for (Role role : Role.values()) {
      CheckBox check = new CheckBox(role.label());
      check.setId(idPrefix + role.name());
      check.selectedProperty().bindBidirectional(choice.role(role));
      Label what = new Label(abilities.describe(role));
      what.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
      what.setWrapText(true);
      what.setPadding(new Insets(0, 0, 0, 26));
      box.getChildren().add(new VBox(1, check, what));
    }
    return box;
  }
}
