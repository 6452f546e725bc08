package com.tickmark.app.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import javafx.application.Application;

/**
 * The two looks of the application: AtlantaFX Primer light and dark, under Tickmark's own
 * stylesheet.
 */
public enum Theme {
  LIGHT(new PrimerLight().getUserAgentStylesheet()),
  DARK(new PrimerDark().getUserAgentStylesheet());

  /**
   * Tickmark's own touches (numbers right-aligned, status bar, navigation), on top of either theme.
   */
  public static final String APP_STYLESHEET = "/com/tickmark/assets/css/tickmark.css";

  private final String userAgentStylesheet;

  Theme(String userAgentStylesheet) {
    this.userAgentStylesheet = userAgentStylesheet;
  }

  /** Makes this the look of every window. Call on the FX thread. */
  public void apply() {
    Application.setUserAgentStylesheet(userAgentStylesheet);
  }

  public String userAgentStylesheet() {
    return userAgentStylesheet;
  }

  public static Theme of(boolean dark) {
    return dark ? DARK : LIGHT;
  }

  /** The URL of Tickmark's own stylesheet, for {@code scene.getStylesheets()}. */
  public static String appStylesheetUrl() {
    URL url = Theme.class.getResource(APP_STYLESHEET);
    if (url == null) {
      throw new IllegalStateException(
          "Missing stylesheet " + APP_STYLESHEET + " on the class path");
    }
    return url.toExternalForm();
  }
}
