package com.tickmark.app.ui.common;

import java.net.URL;
import javafx.scene.Parent;
import javafx.scene.control.Dialog;

/**
 * The stylesheet of the Approvals, Audit trail and Admin screens and their dialogs (the change
 * table, the verdicts, the workspace cards), on top of the theme and Tickmark's own stylesheet.
 */
public final class SecurityStyles {
  public static final String STYLESHEET = "/com/tickmark/assets/css/security.css";

  private SecurityStyles() {}

  public static String url() {
    URL url = SecurityStyles.class.getResource(STYLESHEET);
    if (url == null) {
      throw new IllegalStateException("Missing stylesheet " + STYLESHEET + " on the class path");
    }
    return url.toExternalForm();
  }

  public static <T extends Parent> T apply(T root) {
    root.getStylesheets().add(url());
    return root;
  }

  public static void apply(Dialog<?> dialog) {
    dialog.getDialogPane().getStylesheets().add(url());
  }
}
