package com.tickmark.app.ui.common;

import com.tickmark.app.ui.UiState;
import com.tickmark.model.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A screen's named views, kept with the user's own UI state: each a name for what the screen was
 * filtered by (a recon, what to show, the quick filter's text), to come back to with one choice.
 */
public final class SavedViews {
  private final UiState state;
  private final String prefix;

  /**
   * @param screen the key the screen's views are kept under ({@code recon.breaks})
   */
  public SavedViews(UiState state, String screen) {
    this.state = Objects.requireNonNull(state, "state");
    this.prefix = screen + ".view.";
  }

  /** The views' names, sorted. */
  public List<String> names() {
    return state.keys().stream()
        .filter(k -> k.startsWith(prefix))
        .map(k -> k.substring(prefix.length()))
        .sorted(String.CASE_INSENSITIVE_ORDER)
        .toList();
  }

  /** Keeps {@code settings} as the view {@code name}, replacing one of that name. */
  public void save(String name, Map<String, String> settings) {
    String trimmed = name == null ? "" : name.trim();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("A view needs a name.");
    }
    state.put(prefix + trimmed, Json.write(new LinkedHashMap<>(settings)));
  }

  /** The settings of the view {@code name}, if there is one. */
  @SuppressWarnings("unchecked")
  public Optional<Map<String, String>> load(String name) {
    return state.get(prefix + name).map(json -> (Map<String, String>) Json.read(json, Map.class));
  }

  public void delete(String name) {
    state.put(prefix + name, null);
  }
}
