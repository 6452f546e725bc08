package com.tickmark.app.ui.shell;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.task.TaskHandle;
import com.tickmark.app.ui.task.TaskMonitor;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The bottom line of the main window: workspace folder, user, firm and business date on the left;
 * the running background task (title, progress, Cancel) on the right.
 */
final class StatusBar {
  private final HBox root = new HBox(10);
  private final Label taskLabel = new Label();
  private final ProgressBar taskProgress = new ProgressBar();
  private final Button cancel = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
  private final TaskMonitor monitor;
  private final ChangeListener<TaskHandle> currentChanged = (obs, old, now) -> track(now);
  private final ListChangeListener<TaskHandle> runningChanged;

  StatusBar(MainViewModel vm, TaskMonitor monitor) {
    this.monitor = monitor;
    this.runningChanged = c -> track(monitor.current());
    Label workspace = item(MaterialDesignF.FOLDER_OUTLINE, "status-workspace");
    workspace.textProperty().bind(vm.workspaceTextProperty());
    workspace.setTooltip(new Tooltip());
    workspace
        .getTooltip()
        .textProperty()
        .bind(Bindings.concat("Workspace folder: ", vm.workspaceTextProperty()));
    workspace.setMinWidth(80);
    workspace.setMaxWidth(420);
    HBox.setHgrow(workspace, Priority.SOMETIMES);

    Label user = item(MaterialDesignA.ACCOUNT_OUTLINE, "status-user");
    user.textProperty().bind(vm.userTextProperty());
    user.setTooltip(new Tooltip("Signed in as this user"));

    Label firm = item(MaterialDesignD.DOMAIN, "status-firm");
    firm.textProperty().bind(vm.firmTextProperty());
    firm.setTooltip(new Tooltip("The firm kept in this workspace"));

    Label businessDate = item(MaterialDesignC.CALENDAR_TODAY, "status-business-date");
    businessDate
        .textProperty()
        .bind(Bindings.concat("Business date ", vm.businessDateTextProperty()));
    businessDate.getStyleClass().add("business-date");
    businessDate.setTooltip(
        new Tooltip("The day the back office is working on; end of day moves it on"));

    taskLabel.setId("status-task");
    taskLabel.getStyleClass().add(Styles.TEXT_SMALL);
    taskLabel.setMinWidth(60);
    taskProgress.setPrefWidth(140);
    taskProgress.getStyleClass().add(Styles.SMALL);
    cancel.setId("status-task-cancel");
    cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
    cancel.setTooltip(new Tooltip("Cancel this task"));
    cancel.setOnAction(e -> monitor.cancelCurrent());
    HBox task = new HBox(6, taskLabel, taskProgress, cancel);
    task.setAlignment(Pos.CENTER_RIGHT);
    task.visibleProperty().bind(monitor.currentProperty().isNotNull());
    task.managedProperty().bind(task.visibleProperty());
    monitor.currentProperty().addListener(currentChanged);
    monitor.running().addListener(runningChanged);

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    root.getChildren()
        .addAll(
            workspace,
            separator(),
            user,
            separator(),
            firm,
            separator(),
            businessDate,
            spacer,
            task);
    root.setAlignment(Pos.CENTER_LEFT);
    root.setPadding(new Insets(3, 10, 3, 10));
    root.getStyleClass().add("status-bar");
  }

  /**
   * Stops following the background tasks: the monitor outlives this window (the next user after
   * Switch user shares it) and would otherwise keep the window alive.
   */
  void dispose() {
    monitor.currentProperty().removeListener(currentChanged);
    monitor.running().removeListener(runningChanged);
  }

  private void track(TaskHandle handle) {
    taskLabel.textProperty().unbind();
    taskProgress.progressProperty().unbind();
    if (handle == null) {
      taskLabel.setText("");
      taskProgress.setProgress(0);
      return;
    }
    int others = monitor.running().size() - 1;
    String more = others > 0 ? " (+" + others + " more)" : "";
    taskLabel
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  String message = handle.messageProperty().get();
                  return handle.title()
                      + (message == null || message.isBlank() ? "" : ": " + message)
                      + more;
                },
                handle.messageProperty()));
    taskProgress.progressProperty().bind(handle.progressProperty());
  }

  private static Label item(Ikon icon, String id) {
    Label label = new Label();
    label.setGraphic(new FontIcon(icon));
    label.setId(id);
    label.getStyleClass().add("status-item");
    return label;
  }

  private static Separator separator() {
    Separator s = new Separator(Orientation.VERTICAL);
    s.getStyleClass().add("status-separator");
    return s;
  }

  Node root() {
    return root;
  }
}
