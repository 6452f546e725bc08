package com.tickmark.app.ui.shell;

import com.tickmark.app.ui.UiState;
import java.util.Locale;
import javafx.scene.control.SplitPane;

/**
 * Remembers where the user put the dividers of a split pane, under {@code split.<id>} in the {@link
 * UiState}.
 */
public final class SplitPanes {
  private SplitPanes() {}

  /**
   * Restores the saved divider positions of {@code split} and saves them again when the layout is
   * saved.
   */
  public static void remember(SplitPane split, String id, UiState state) {
    String key = "split." + id;
    state
        .get(key)
        .ifPresent(
            saved -> {
              String[] parts = saved.split(",");
              double[] positions = new double[Math.min(parts.length, split.getDividers().size())];
              try {
                for (int i = 0; i < positions.length; i++) {
                  positions[i] = Math.max(0.02, Math.min(0.98, Double.parseDouble(parts[i])));
                }
                split.setDividerPositions(positions);
              } catch (NumberFormatException ignored) {
                // keep the default positions
              }
            });
    state.addSaveHook(
        () -> {
          StringBuilder out = new StringBuilder();
          for (double p : split.getDividerPositions()) {
            out.append(out.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", p));
          }
          state.put(key, out.toString());
        });
  }
}
