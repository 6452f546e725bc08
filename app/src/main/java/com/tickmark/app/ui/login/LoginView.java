package com.tickmark.app.ui.login;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.AppIcons;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The sign-in window shown after the workspace is open and before the main window. */
public final class LoginView {
  private final Stage stage = new Stage();
  private final TextField username = new TextField();
  private final PasswordField password = new PasswordField();

  public LoginView(LoginViewModel vm, String workspaceLabel, Runnable onCancel) {
    this(vm, workspaceLabel, "Quit", onCancel);
  }

  /**
   * @param cancelText the label of the button that gives up: Quit before anyone has signed in,
   *     Cancel when switching user keeps the current session
   */
  public LoginView(LoginViewModel vm, String workspaceLabel, String cancelText, Runnable onCancel) {
    Label name = new Label("Sign in to Tickmark");
    name.getStyleClass().add(Styles.TITLE_3);
    Label where = new Label(workspaceLabel);
    where.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    where.setWrapText(true);
    HBox header = new HBox(12, AppIcons.view(40), new VBox(2, name, where));
    header.setAlignment(Pos.CENTER_LEFT);

    username.setId("login-username");
    username.setPromptText("user name");
    username.textProperty().bindBidirectional(vm.usernameProperty());
    password.setId("login-password");
    password.setPromptText("password");
    password.textProperty().bindBidirectional(vm.passwordProperty());
    GridPane form = new GridPane();
    form.setHgap(10);
    form.setVgap(8);
    form.addRow(0, new Label("User"), username);
    form.addRow(1, new Label("Password"), password);
    GridPane.setHgrow(username, Priority.ALWAYS);
    GridPane.setHgrow(password, Priority.ALWAYS);

    Label message = new Label();
    message.setId("login-message");
    message.getStyleClass().add(Styles.DANGER);
    message.setWrapText(true);
    message.textProperty().bind(vm.messageProperty());
    message.managedProperty().bind(message.textProperty().isNotEmpty());
    message.visibleProperty().bind(message.managedProperty());
    // the window grows to show a refusal without squeezing the hint below it
    message.textProperty().addListener((obs, old, now) -> Platform.runLater(stage::sizeToScene));

    Label hint = new Label(vm.hint());
    hint.setId("login-hint");
    hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    hint.setWrapText(true);
    hint.setManaged(!vm.hint().isEmpty());
    hint.setVisible(!vm.hint().isEmpty());

    Button signIn = new Button("Sign in");
    signIn.setId("login-sign-in");
    signIn.setDefaultButton(true);
    signIn.getStyleClass().add(Styles.ACCENT);
    signIn.disableProperty().bind(vm.canSignInProperty().not());
    signIn.setOnAction(e -> vm.signIn());
    Button cancel = new Button(cancelText);
    cancel.setId("login-cancel");
    cancel.setCancelButton(true);
    cancel.setOnAction(
        e -> {
          stage.close();
          onCancel.run();
        });
    stage.setOnCloseRequest(e -> onCancel.run());
    HBox buttons = new HBox(8, cancel, signIn);
    buttons.setAlignment(Pos.CENTER_RIGHT);

    VBox root = new VBox(14, header, form, message, buttons, hint);
    root.setPadding(new Insets(22));
    root.setPrefWidth(420);
    stage.setTitle("Tickmark — sign in");
    AppIcons.apply(stage);
    stage.setScene(new Scene(root));
    stage.setResizable(false);
  }

  public void show() {
    stage.show();
    username.requestFocus();
  }

  /** Shows the window over {@code owner}, which takes no input meanwhile (Switch user). */
  public void showOver(Window owner) {
    stage.initOwner(owner);
    stage.initModality(Modality.WINDOW_MODAL);
    show();
  }

  public void close() {
    stage.close();
  }

  public Stage stage() {
    return stage;
  }
}
