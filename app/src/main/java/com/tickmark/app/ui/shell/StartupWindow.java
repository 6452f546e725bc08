package com.tickmark.app.ui.shell;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.AppIcons;
import com.tickmark.app.ui.task.TaskHandle;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * The small window shown while the startup steps run: what is happening, a progress bar, and
 * Cancel.
 */
public final class StartupWindow {
  private final Stage stage = new Stage(StageStyle.UNDECORATED);
  private final ProgressBar progress = new ProgressBar(-1);
  private final Label message = new Label("Starting…");
  private final Button cancel = new Button("Cancel");

  public StartupWindow(Path workspaceDirectory) {
    Node logo = AppIcons.view(44);
    Label name = new Label("Tickmark");
    name.getStyleClass().add(Styles.TITLE_2);
    Label tagline = new Label("Back office for algorithmic trading");
    tagline.getStyleClass().add(Styles.TEXT_MUTED);
    VBox titles = new VBox(0, name, tagline);
    HBox header = new HBox(12, logo, titles);
    header.setAlignment(Pos.CENTER_LEFT);

    Label workspace = new Label("Workspace  " + workspaceDirectory.toAbsolutePath().normalize());
    workspace.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    workspace.setMaxWidth(Double.MAX_VALUE);

    progress.setMaxWidth(Double.MAX_VALUE);
    message.setId("startup-message");
    message.setMaxWidth(Double.MAX_VALUE);
    cancel.getStyleClass().add(Styles.SMALL);
    cancel.setCancelButton(true);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox footer = new HBox(8, message, spacer, cancel);
    footer.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(message, Priority.ALWAYS);

    VBox root = new VBox(14, header, workspace, progress, footer);
    root.setPadding(new Insets(24));
    root.getStyleClass().add("startup-window");
    root.setPrefWidth(480);
    Scene scene = new Scene(root);
    scene.getStylesheets().add(Theme.appStylesheetUrl());
    stage.setScene(scene);
    stage.setTitle("Tickmark");
    AppIcons.apply(stage);
  }

  /** Shows the progress and message of the running startup task; Cancel cancels it. */
  public void track(TaskHandle task) {
    progress.progressProperty().bind(task.progressProperty());
    message.textProperty().bind(task.messageProperty());
    cancel.setOnAction(
        e -> {
          cancel.setDisable(true);
          message.textProperty().unbind();
          message.setText("Cancelling…");
          task.cancel();
        });
  }

  public void show() {
    stage.show();
    stage.centerOnScreen();
  }

  public void close() {
    stage.close();
  }

  public Stage stage() {
    return stage;
  }
}
