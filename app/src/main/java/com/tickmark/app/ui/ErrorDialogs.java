package com.tickmark.app.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors as the user sees them: a dialog with a sentence saying what happened and what to do, and
 * the technical details collapsed under "Show Details". Every error shown is also logged.
 */
public final class ErrorDialogs {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorDialogs.class);
  private static boolean showingUnexpected;

  private ErrorDialogs() {}

  /** Builds the dialog for {@code report}; the caller shows it. */
  public static Alert create(Window owner, ErrorReport report) {
    Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
    alert.setTitle("Tickmark");
    alert.setHeaderText(report.headline());
    Label explanation = new Label(report.explanation());
    explanation.setWrapText(true);
    explanation.getStyleClass().add("error-explanation");
    explanation.setMaxWidth(Double.MAX_VALUE);
    VBox content = new VBox(explanation);
    alert.getDialogPane().setContent(content);
    TextArea details = new TextArea(report.details());
    details.setEditable(false);
    details.setWrapText(false);
    details.getStyleClass().add("error-details");
    details.setPrefRowCount(14);
    VBox.setVgrow(details, Priority.ALWAYS);
    alert.getDialogPane().setExpandableContent(new VBox(details));
    alert.getDialogPane().setExpanded(false);
    alert.getDialogPane().setPrefWidth(620);
    alert.setResizable(true);
    if (owner != null) {
      alert.initOwner(owner);
    }
    return alert;
  }

  /** Shows the error and waits until the user closes the dialog. Call on the FX thread. */
  public static void showAndWait(Window owner, String whatFailed, Throwable error) {
    ErrorReport report = ErrorReport.of(whatFailed, error);
    LOG.error("{} {}", report.headline(), report.explanation(), error);
    create(owner, report).showAndWait();
  }

  /** Shows the error without blocking the caller. Call on the FX thread. */
  public static void show(Window owner, String whatFailed, Throwable error) {
    ErrorReport report = ErrorReport.of(whatFailed, error);
    LOG.error("{} {}", report.headline(), report.explanation(), error);
    create(owner, report).show();
  }

  /**
   * Routes exceptions nobody caught to the log and, on the FX thread, to an error dialog. While one
   * such dialog is open further ones are only logged, so an error repeated on every frame cannot
   * bury the user in dialogs.
   */
  public static void installUncaughtExceptionHandler() {
    Thread.UncaughtExceptionHandler handler =
        (thread, error) -> {
          LOG.error("Uncaught exception on thread {}", thread.getName(), error);
          if (Platform.isFxApplicationThread()) {
            showUnexpected(error);
          }
        };
    Thread.setDefaultUncaughtExceptionHandler(handler);
    if (Platform.isFxApplicationThread()) {
      Thread.currentThread().setUncaughtExceptionHandler(handler);
    } else {
      Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(handler));
    }
  }

  private static void showUnexpected(Throwable error) {
    if (showingUnexpected) {
      return;
    }
    try {
      Window owner = focusedWindow().orElse(null);
      Alert alert = create(owner, ErrorReport.of("Tickmark ran into an unexpected problem", error));
      // show, not showAndWait: the error may come from layout or an animation, where waiting is not
      // allowed
      alert.setOnHidden(e -> showingUnexpected = false);
      showingUnexpected = true;
      alert.show();
    } catch (RuntimeException e) {
      showingUnexpected = false;
      LOG.error("Could not show the error dialog", e);
    }
  }

  private static Optional<Window> focusedWindow() {
    return Window.getWindows().stream()
        .filter(Window::isFocused)
        .findFirst()
        .or(() -> Window.getWindows().stream().filter(Window::isShowing).findFirst());
  }
}
