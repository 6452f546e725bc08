package com.tickmark.app.ui.shell;

import javafx.beans.property.ReadOnlyIntegerProperty;

/**
 * A count shown next to a screen's navigation entry, such as the requests waiting for the user. The
 * main window refreshes it when it opens, on F5 and whenever the user switches screens; the screen
 * itself may update it sooner.
 */
public interface NavigationBadge {
  /** What the entry shows; nothing while zero. Changed on the FX thread. */
  ReadOnlyIntegerProperty countProperty();

  /** Counts again, off the FX thread. */
  void refresh();
}
