package com.tickmark.app.ui.shell;

import com.tickmark.app.StandardAreas;
import com.tickmark.app.area.Area;
import com.tickmark.app.ui.reports.ReportsScreen;

/**
 * The screens of Tickmark: the platform's Reports screen and those each business area contributes
 * (see {@link Area#screens()}); the navigation and the View menu show exactly these, in each
 * descriptor's order.
 */
public final class StandardScreens {
  private StandardScreens() {}

  public static ScreenRegistry registry() {
    ScreenRegistry registry = new ScreenRegistry().register(ReportsScreen.descriptor());
    for (Area area : StandardAreas.all()) {
      area.screens().forEach(registry::register);
    }
    return registry;
  }
}
