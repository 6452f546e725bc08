package com.tickmark.app.ui.shell;

import com.tickmark.app.ui.UiState;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.value.ChangeListener;
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

  /**
   * Restores the stage's bounds from {@code state} and keeps them there as the user moves and
   * resizes the window.
   *
   * @return stops following the stage (the next user's window takes the stage over)
   */
  static Runnable restore(Stage stage, UiState state, double defaultWidth, double defaultHeight) {
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
    List<ReadOnlyDoubleProperty> followed =
        List.of(
            stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty());
    List<ChangeListener<Number>> listeners = new ArrayList<>();
    for (int i = 0; i < followed.size(); i++) {
      int index = i;
      ChangeListener<Number> listener =
          (obs, old, v) -> remember(stage, normal, index, v.doubleValue());
      followed.get(i).addListener(listener);
      listeners.add(listener);
    }
    state.addSaveHook(
        () -> {
          state.putDouble(PREFIX + "x", normal[0]);
          state.putDouble(PREFIX + "y", normal[1]);
          state.putDouble(PREFIX + "width", normal[2]);
          state.putDouble(PREFIX + "height", normal[3]);
          state.putBoolean(PREFIX + "maximized", stage.isMaximized());
        });
    return () -> {
      for (int i = 0; i < followed.size(); i++) {
        followed.get(i).removeListener(listeners.get(i));
      }
    };
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
