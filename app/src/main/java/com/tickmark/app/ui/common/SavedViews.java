package com.tickmark.app.ui.common;

import com.tickmark.app.ui.UiState;
import com.tickmark.model.json.Json;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A screen's named views, kept in the user's UI state under {@code <prefix><name>} and written at
 * once: each a name for how the screen was arranged (what it was filtered by), to come back to with
 * one choice. What a view holds is the screen's to say, as text or as a map of settings.
 */
public final class SavedViews {
  private final UiState state;
  private final String prefix;

  /**
   * @param prefix the keys' start ({@code recon.breaks.view.}, {@code blotter.alice.view.})
   */
  public SavedViews(UiState state, String prefix) {
    this.state = Objects.requireNonNull(state, "state");
    this.prefix = Objects.requireNonNull(prefix, "prefix");
  }

  /** The views' names, sorted without regard to case. */
  public List<String> names() {
    TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (String key : state.keys()) {
      if (key.startsWith(prefix) && !state.get(key, "").isEmpty()) {
        names.add(URLDecoder.decode(key.substring(prefix.length()), StandardCharsets.UTF_8));
      }
    }
    return List.copyOf(names);
  }

  /** Keeps {@code text} as the view {@code name} (trimmed), replacing one of that name. */
  public void saveText(String name, String text) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("A view needs a name");
    }
    state.put(key(trimmed), text);
    state.save();
  }

  /** What the view {@code name} holds, if there is one. */
  public Optional<String> loadText(String name) {
    return state.get(key(name)).filter(s -> !s.isEmpty());
  }

  /** Keeps {@code settings} as the view {@code name}. */
  public void save(String name, Map<String, String> settings) {
    saveText(name, Json.write(new LinkedHashMap<>(settings)));
  }

  /** The settings of the view {@code name}, if there is one. */
  @SuppressWarnings("unchecked")
  public Optional<Map<String, String>> load(String name) {
    return loadText(name).map(json -> (Map<String, String>) Json.read(json, Map.class));
  }

  public void delete(String name) {
    state.put(key(name), "");
    state.save();
  }

  private String key(String name) {
    return prefix + URLEncoder.encode(name, StandardCharsets.UTF_8);
  }
}
