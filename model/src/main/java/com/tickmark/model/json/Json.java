package com.tickmark.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Optional;

/**
 * The one way Tickmark writes and reads JSON: audit before/after values, approval payloads, export
 * and backup records. Values are records (their properties in declaration order, so a record reads
 * as it is declared) or maps (keys sorted), so the same value always gives the same text, which
 * matters for the hash-chained audit trail. Decimals are written in plain notation, never with an
 * exponent, and read back exactly; {@code Instant} and {@code LocalDate} are ISO-8601 strings.
 * Strings are escaped as JSON demands, control characters included.
 */
public final class Json {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  /**
   * Reads what the hand-written JSON of earlier versions stored too: those left control characters
   * unescaped.
   */
  private static final ObjectReader LENIENT_TREE =
      MAPPER
          .reader()
          .with(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Json() {}

  /** {@code value} (a record, map, list or scalar) as compact JSON text. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + value.getClass() + " as JSON", e);
    }
  }

  /** {@code value} as JSON text indented for people to read and edit. */
  public static String pretty(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + value.getClass() + " as JSON", e);
    }
  }

  /**
   * The value of {@code type} that {@code json} holds.
   *
   * @throws IllegalArgumentException if it is not JSON or does not fit {@code type}
   */
  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Cannot read a " + type.getSimpleName() + " from " + json + ": " + e.getOriginalMessage(),
          e);
    }
  }

  /** {@code value} (e.g. a map of strings) converted to {@code type} as if written and read. */
  public static <T> T convert(Object value, Class<T> type) {
    return MAPPER.convertValue(value, type);
  }

  /**
   * The JSON tree of {@code text}, or empty when it is not one JSON value. Numbers keep their
   * digits ({@code 1.50} stays {@code 1.50}).
   */
  public static Optional<JsonNode> tree(String text) {
    try {
      return Optional.ofNullable(LENIENT_TREE.readTree(text)).filter(n -> !n.isMissingNode());
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
