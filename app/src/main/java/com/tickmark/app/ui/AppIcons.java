package com.tickmark.app.ui;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;

/**
 * The application icon, at every size in {@code src-assets/icons/}, for window title bars and task
 * bars.
 */
public final class AppIcons {
  private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};
  private static List<Image> icons;

  private AppIcons() {}

  /** Gives {@code stage} the Tickmark icon. */
  public static void apply(Stage stage) {
    stage.getIcons().setAll(icons());
  }

  /**
   * The icon as a picture in a layout (the brand in the sidebar, the startup window), {@code size}
   * pixels square.
   */
  public static ImageView view(int size) {
    Image best =
        icons().stream()
            .filter(i -> i.getWidth() >= size)
            .findFirst()
            .orElse(icons().isEmpty() ? null : icons().get(icons().size() - 1));
    ImageView view = new ImageView(best);
    view.setFitWidth(size);
    view.setFitHeight(size);
    view.setSmooth(true);
    return view;
  }

  private static synchronized List<Image> icons() {
    if (icons == null) {
      List<Image> loaded = new ArrayList<>();
      for (int size : SIZES) {
        InputStream in =
            AppIcons.class.getResourceAsStream(
                "/com/tickmark/assets/icons/tickmark-" + size + ".png");
        if (in != null) {
          loaded.add(new Image(in));
        }
      }
      icons = List.copyOf(loaded);
    }
    return icons;
  }
}
