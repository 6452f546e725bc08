package com.tickmark.app.ui.shell;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.AppIcons;
import com.tickmark.app.ui.login.LoginViewModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * What a locked main window shows instead of its content: who is signed in, why it locked, the
 * password field, and Sign out for another person who needs the desk.
 */
final class LockPane {
  private final StackPane root = new StackPane();
  private final PasswordField password = new PasswordField();

  /**
   * @param signOut what Sign out does; null to offer only Unlock
   */
  LockPane(LoginViewModel vm, String username, String why, Runnable signOut) {
    FontIcon icon = new FontIcon(MaterialDesignL.LOCK_OUTLINE);
    icon.setIconSize(28);
    Label title = new Label("Tickmark is locked", icon);
    title.getStyleClass().add(Styles.TITLE_3);
    Label user = new Label("Signed in as " + username);
    user.setId("lock-user");
    Label reason = new Label(why);
    reason.setId("lock-reason");
    reason.setWrapText(true);
    reason.getStyleClass().add(Styles.TEXT_MUTED);

    password.setId("lock-password");
    password.setPromptText("password");
    password.textProperty().bindBidirectional(vm.passwordProperty());
    Label message = new Label();
    message.setId("lock-message");
    message.setWrapText(true);
    message.getStyleClass().add(Styles.DANGER);
    message.textProperty().bind(vm.messageProperty());
    message.managedProperty().bind(message.textProperty().isNotEmpty());
    message.visibleProperty().bind(message.managedProperty());

    Button unlock = new Button("Unlock");
    unlock.setId("lock-unlock");
    unlock.setDefaultButton(true);
    unlock.getStyleClass().add(Styles.ACCENT);
    unlock.disableProperty().bind(vm.canSignInProperty().not());
    unlock.setOnAction(e -> vm.signIn());
    HBox buttons = new HBox(8);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    if (signOut != null) {
      Button out = new Button("Sign out");
      out.setId("lock-sign-out");
      out.setOnAction(e -> signOut.run());
      buttons.getChildren().add(out);
    }
    buttons.getChildren().add(unlock);

    VBox card = new VBox(12, AppIcons.view(40), title, user, reason, password, message, buttons);
    card.setId("lock-pane");
    card.setPadding(new Insets(24));
    card.setMaxSize(420, VBox.USE_PREF_SIZE);
    card.getStyleClass().add("lock-card");
    root.getChildren().add(card);
    root.getStyleClass().add("lock-screen");
  }

  Node root() {
    return root;
  }

  void focus() {
    password.requestFocus();
  }
}
