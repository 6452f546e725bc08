package com.tickmark.model.approval;

import com.tickmark.model.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Reads a stored payload: JSON, or the Java properties text requests were stored with before. */
final class ApprovalPayloads {
  private ApprovalPayloads() {}

  static <P extends Record> P read(ApprovalHandler<P> handler, String stored) {
    if (stored.stripLeading().startsWith("{")) {
      return Json.read(stored, handler.payloadType());
    }
    return handler.fromLegacy(properties(stored));
  }

  private static Map<String, String> properties(String text) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> fields = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> fields.put(k, p.getProperty(k)));
    return fields;
  }
}
