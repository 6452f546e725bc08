package com.tickmark.model.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The word lists the demo firm's names are built from, read from {@code
 * src-assets/demo/demo-firm-names.properties} (on the classpath as {@code
 * com/tickmark/model/demo/config/demo-firm-names.properties}). Keys are looked up by name, never
 * iterated, so the order of the file's entries does not matter.
 */
final class DemoFirmNames {
  static final String RESOURCE = "config/demo-firm-names.properties";

  private final Properties properties;

  private DemoFirmNames(Properties properties) {
    this.properties = properties;
  }

  static DemoFirmNames load() {
    try (InputStream in = DemoFirmNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "The demo firm's name lists are missing from the classpath: com/tickmark/model/demo/"
                + RESOURCE);
      }
      Properties p = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(reader);
      }
      return new DemoFirmNames(p);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the demo firm's name lists", e);
    }
  }

  String text(String key) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "The demo firm's name lists have no '" + key + "' in " + RESOURCE);
    }
    return value.trim();
  }

  /** A comma-separated list, trimmed, in file order. */
  List<String> list(String key) {
    return Arrays.stream(text(key).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
