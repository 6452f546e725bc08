package com.tickmark.app.ui.shell;

import com.tickmark.app.ui.UiState;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Remembers where the user put the dividers of a split pane, under {@code split.<id>} in the {@link
 * UiState}.
 */
public final class SplitPanes {
  private SplitPanes() {}

  /**
   * Restores the saved divider positions of {@code split} (the first time, {@code defaults} if
   * given) and saves them again when the layout is saved.
   */
  public static void remember(SplitPane split, String id, UiState state, double... defaults) {
    String key = "split." + id;
    state
        .get(key)
        .flatMap(saved -> parse(saved, split))
        .or(() -> defaults.length == 0 ? Optional.empty() : Optional.of(defaults))
        .ifPresent(positions -> new Restore(split, positions));
    state.addSaveHook(
        () -> {
          StringBuilder out = new StringBuilder();
          for (double p : split.getDividerPositions()) {
            out.append(out.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", p));
          }
          state.put(key, out.toString());
        });
  }

  private static Optional<double[]> parse(String saved, SplitPane split) {
    String[] parts = saved.split(",");
    double[] positions = new double[Math.min(parts.length, split.getDividers().size())];
    try {
      for (int i = 0; i < positions.length; i++) {
        positions[i] = Math.max(0.02, Math.min(0.98, Double.parseDouble(parts[i])));
      }
      return Optional.of(positions);
    } catch (NumberFormatException e) {
      return Optional.empty(); // keep the default positions
    }
  }

  /**
   * Puts the positions again each time the split changes size until its window is showing. A
   * fraction set while the split has no size yet, or while its window is still taking its size, is
   * lost: the skin keeps the items' widths from the first, small layout (the blotter's table came
   * back 80 px wide on a second start). Pressing the split hands the dividers to the user.
   */
  private static final class Restore {
    private final SplitPane split;
    private final double[] positions;
    private final ChangeListener<Number> onSize;
    private final EventHandler<MouseEvent> onPress = e -> stop();

    Restore(SplitPane split, double[] positions) {
      this.split = split;
      this.positions = positions;
      this.onSize = (obs, old, size) -> Platform.runLater(this::apply);
      split.setDividerPositions(positions);
      size().addListener(onSize);
      split.addEventFilter(MouseEvent.MOUSE_PRESSED, onPress);
    }

    private ObservableValue<Number> size() {
      return split.getOrientation() == Orientation.HORIZONTAL
          ? split.widthProperty()
          : split.heightProperty();
    }

    private void apply() {
      if (size().getValue().doubleValue() <= 0) {
        return;
      }
      split.setDividerPositions(positions);
      if (split.getScene() != null
          && split.getScene().getWindow() != null
          && split.getScene().getWindow().isShowing()) {
        stop();
      }
    }

    private void stop() {
      size().removeListener(onSize);
      split.removeEventFilter(MouseEvent.MOUSE_PRESSED, onPress);
    }
  }
}
