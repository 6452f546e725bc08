package com.tickmark.app.ui.common;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/**
 * Shows a view model's {@link Notice} as a coloured message with a close button; hidden while there
 * is none.
 */
public final class NoticeBar {
  private final StackPane holder = new StackPane();
  private final String id;
  private final Runnable dismiss;
  private Message message;

  /**
   * @param notice the view model's notice
   * @param dismiss clears it (the close button)
   * @param id the id of the message shown, for tests
   */
  public NoticeBar(ObservableValue<Notice> notice, Runnable dismiss, String id) {
    this.id = id;
    this.dismiss = dismiss;
    holder.getStyleClass().add("notice-bar");
    notice.addListener((obs, old, now) -> show(now));
    show(notice.getValue());
  }

  private void show(Notice notice) {
    boolean visible = notice != null && !notice.isEmpty();
    holder.setVisible(visible);
    holder.setManaged(visible);
    if (!visible) {
      holder.getChildren().clear();
      message = null;
      return;
    }
    // a new message each time: AtlantaFX 2.0.1's Message does not update its title once shown
    message =
        new Message(
            notice.title().isEmpty() ? null : notice.title(),
            notice.text().isEmpty() ? null : notice.text(),
            icon(notice.kind()));
    message.setId(id);
    message
        .getStyleClass()
        .add(
            switch (notice.kind()) {
              case INFO -> Styles.ACCENT;
              case SUCCESS -> Styles.SUCCESS;
              case WARNING -> Styles.WARNING;
              case ERROR -> Styles.DANGER;
            });
    message.setOnClose(e -> dismiss.run());
    holder.getChildren().setAll(message);
  }

  private static FontIcon icon(Notice.Kind kind) {
    return switch (kind) {
      case INFO -> new FontIcon(MaterialDesignI.INFORMATION_OUTLINE);
      case SUCCESS -> new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE);
      case WARNING, ERROR -> new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE);
    };
  }

  public Node root() {
    return holder;
  }

  /** The title and text shown now ("" when hidden), for tests. */
  public String text() {
    return message == null
        ? ""
        : (message.getTitle() == null ? "" : message.getTitle() + " ")
            + (message.getDescription() == null ? "" : message.getDescription());
  }
}
