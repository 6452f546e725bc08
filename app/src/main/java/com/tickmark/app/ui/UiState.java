package com.tickmark.app.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the user arranged and should find again: window bounds, the selected screen and tab, the
 * theme, divider positions, table columns, the folders files were last saved to. Kept in the
 * workspace (never in the home folder), per user in {@code <workspace>/ui-state/<user>.properties}
 * (see {@link #forUser}), read when the user signs in and written when they sign out or the main
 * window closes; {@code <workspace>/ui-state.properties} keeps only what is shown before anyone has
 * signed in (the theme of the sign-in window). Parts of the UI that hold such state register a save
 * hook that copies it in just before the file is written.
 */
public final class UiState {
  public static final String FILE_NAME = "ui-state.properties";

  /** The folder of the workspace that holds each user's state. */
  public static final String USERS_FOLDER = "ui-state";

  private static final Logger LOG = LoggerFactory.getLogger(UiState.class);

  private final Path file;
  private final Map<String, String> values = new TreeMap<>();
  private final List<Runnable> saveHooks = new ArrayList<>();

  private UiState(Path file) {
    this.file = file;
  }

  /**
   * The state kept in {@code workspaceDirectory}; empty when there is none yet or it cannot be
   * read.
   */
  public static UiState load(Path workspaceDirectory) {
    return read(workspaceDirectory.resolve(FILE_NAME));
  }

  /**
   * What {@code username} arranged in this workspace: another user signing in on the same desk
   * finds their own screens, tabs and columns, not the last user's.
   */
  public static UiState forUser(Path workspaceDirectory, String username) {
    String safe = username.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
    return read(workspaceDirectory.resolve(USERS_FOLDER).resolve(safe + ".properties"));
  }

  private static UiState read(Path file) {
    UiState state = new UiState(file);
    if (Files.isReadable(state.file)) {
      Properties p = new Properties();
      try (Reader in = Files.newBufferedReader(state.file, StandardCharsets.UTF_8)) {
        p.load(in);
        p.stringPropertyNames().forEach(k -> state.values.put(k, p.getProperty(k)));
      } catch (IOException | IllegalArgumentException e) {
        LOG.warn("Ignoring unreadable window layout {}: {}", state.file, e.toString());
      }
    }
    return state;
  }

  /** State that is never written to disk (tests, previews). */
  public static UiState inMemory() {
    return new UiState(null);
  }

  /** Every key held. */
  public Set<String> keys() {
    return Set.copyOf(values.keySet());
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  public String get(String key, String defaultValue) {
    return values.getOrDefault(key, defaultValue);
  }

  public double getDouble(String key, double defaultValue) {
    String v = values.get(key);
    if (v == null) {
      return defaultValue;
    }
    try {
      double d = Double.parseDouble(v);
      return Double.isFinite(d) ? d : defaultValue;
    } catch (NumberFormatException e) {
      return defaultValue;
    }
  }

  public boolean getBoolean(String key, boolean defaultValue) {
    String v = values.get(key);
    return v == null ? defaultValue : Boolean.parseBoolean(v);
  }

  public void put(String key, String value) {
    if (value == null) {
      values.remove(key);
    } else {
      values.put(key, value);
    }
  }

  public void putDouble(String key, double value) {
    put(key, Double.toString(value));
  }

  public void putBoolean(String key, boolean value) {
    put(key, Boolean.toString(value));
  }

  /**
   * Runs just before the state is written: copies live UI state (widths, dividers) into this
   * object.
   */
  public void addSaveHook(Runnable hook) {
    saveHooks.add(hook);
  }

  /** The file this state is written to, if any. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /**
   * Collects the live state and writes the file (atomically: a half-written file never replaces a
   * good one).
   */
  public void save() {
    for (Runnable hook : List.copyOf(saveHooks)) {
      try {
        hook.run();
      } catch (RuntimeException e) {
        LOG.warn("Could not collect part of the window layout", e);
      }
    }
    if (file == null) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        out.write("# Tickmark window layout for this workspace; safe to delete.\n");
        for (Map.Entry<String, String> e : values.entrySet()) {
          out.write(escape(e.getKey(), true) + "=" + escape(e.getValue(), false) + "\n");
        }
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      LOG.warn("Could not save the window layout to {}: {}", file, e.toString());
    }
  }

  /**
   * Escapes for the properties format, written sorted and without a timestamp so the file diffs
   * well.
   */
  private static String escape(String s, boolean key) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '=', ':', '#', '!' -> out.append('\\').append(c);
        case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
