package com.tickmark.app.ui.shell;

import javafx.scene.Node;

/**
 * One screen of the main window (Reference data, later Blotter, Settlements, ...). The shell
 * creates it when the user first opens it, calls {@link #activate()} each time it becomes visible
 * and {@link #deactivate()} when another screen replaces it: listeners and bindings that cost
 * anything attach in one and detach in the other, and loading starts on the first activation.
 */
public interface Screen {
  /** The screen's layout; built once. */
  Node view();

  /** The screen became visible. */
  void activate();

  /** Another screen replaced this one. */
  void deactivate();

  /** The user asked for fresh data (F5). */
  void refresh();

  /**
   * Another screen asked to show {@code item} (a trade id for the blotter): bring it in front,
   * after {@link #activate()}.
   */
  default void reveal(String item) {}

  /** The user pressed Ctrl+F: focus the screen's quick filter, if it has one. */
  default void focusSearch() {}

  /**
   * The user signed out or the window closes: stop following changes and release threads; the
   * screen is not shown again.
   */
  default void dispose() {}
}
