package com.tickmark.app.ui.common;

import atlantafx.base.theme.Styles;
import com.tickmark.model.settlement.Aging;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The count per aging bucket ({@link Aging}) of what a screen shows, above its table: the Fails
 * screen's fails, the Obligations screen's failed obligations, the Breaks screen's breaks.
 */
public final class AgingStrip {
  private final HBox root = new HBox(16);
  private final String idPrefix;
  private final String title;

  /**
   * @param idPrefix the strip's id; each count's id is it, {@code -bucket-} and the bucket's index
   * @param title what is counted, before the counts
   */
  public AgingStrip(String idPrefix, String title) {
    this.idPrefix = idPrefix;
    this.title = title;
    root.setId(idPrefix + "-buckets");
    root.setAlignment(Pos.CENTER_LEFT);
    root.setPadding(new Insets(8, 12, 0, 12));
  }

  public HBox root() {
    return root;
  }

  /** Shows {@code counts}, bucket by bucket in order. */
  public void show(Map<String, Long> counts) {
    Label what = new Label(title);
    what.getStyleClass().add(Styles.TEXT_MUTED);
    root.getChildren().setAll(what);
    counts.forEach(
        (bucket, n) -> {
          Label name = new Label(bucket);
          name.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
          Label count = new Label(Long.toString(n));
          count.setId(idPrefix + "-bucket-" + Aging.BUCKETS.indexOf(bucket));
          count.getStyleClass().add(Styles.TEXT_BOLD);
          root.getChildren().add(new VBox(1, name, count));
        });
  }

  /** The number of {@code rows} in each bucket, every bucket present, in order. */
  public static <R> Map<String, Long> counts(Collection<R> rows, Function<R, String> bucket) {
    Map<String, Long> counts = new LinkedHashMap<>();
    Aging.BUCKETS.forEach(b -> counts.put(b, 0L));
    rows.forEach(r -> counts.merge(bucket.apply(r), 1L, Long::sum));
    return Collections.unmodifiableMap(counts);
  }
}
