package com.tickmark.app.ui.shell;

import com.tickmark.app.ui.UiState;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts a window back where the user left it (position, size, maximized) and saves where it is. A
 * saved position that no longer lies on any monitor (a screen was unplugged) is ignored.
 */
final class WindowBounds {
  private static final String PREFIX = "window.";

  private WindowBounds() {}

  static void restore(Stage stage, UiState state, double defaultWidth, double defaultHeight) {
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    double width = Math.min(state.getDouble(PREFIX + "width", defaultWidth), screen.getWidth());
    double height = Math.min(state.getDouble(PREFIX + "height", defaultHeight), screen.getHeight());
    width = Math.max(width, 640);
    height = Math.max(height, 420);
    stage.setWidth(width);
    stage.setHeight(height);
    stage.setMinWidth(640);
    stage.setMinHeight(420);
    double x = state.getDouble(PREFIX + "x", Double.NaN);
    double y = state.getDouble(PREFIX + "y", Double.NaN);
    if (!Double.isNaN(x) && !Double.isNaN(y) && onSomeScreen(x, y, width, height)) {
      stage.setX(x);
      stage.setY(y);
    } else {
      stage.setX(screen.getMinX() + Math.max(0, (screen.getWidth() - width) / 2));
      stage.setY(screen.getMinY() + Math.max(0, (screen.getHeight() - height) / 2));
    }
    stage.setMaximized(state.getBoolean(PREFIX + "maximized", false));

    double[] normal = {stage.getX(), stage.getY(), width, height};
    // a maximized window reports the screen's bounds: remember the bounds it had before
    stage.xProperty().addListener((obs, old, v) -> remember(stage, normal, 0, v.doubleValue()));
    stage.yProperty().addListener((obs, old, v) -> remember(stage, normal, 1, v.doubleValue()));
    stage.widthProperty().addListener((obs, old, v) -> remember(stage, normal, 2, v.doubleValue()));
    stage
        .heightProperty()
        .addListener((obs, old, v) -> remember(stage, normal, 3, v.doubleValue()));
    state.addSaveHook(
        () -> {
          state.putDouble(PREFIX + "x", normal[0]);
          state.putDouble(PREFIX + "y", normal[1]);
          state.putDouble(PREFIX + "width", normal[2]);
          state.putDouble(PREFIX + "height", normal[3]);
          state.putBoolean(PREFIX + "maximized", stage.isMaximized());
        });
  }

  private static void remember(Stage stage, double[] normal, int index, double value) {
    if (!stage.isMaximized()
        && !stage.isIconified()
        && !stage.isFullScreen()
        && Double.isFinite(value)) {
      normal[index] = value;
    }
  }

  private static boolean onSomeScreen(double x, double y, double width, double height) {
    // at least the top-left corner area (where the title bar is) must be visible
    return !Screen.getScreensForRectangle(x, y, Math.min(width, 200), 40).isEmpty();
  }
}
