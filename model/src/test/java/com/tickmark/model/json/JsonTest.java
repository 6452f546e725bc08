package com.tickmark.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class JsonTest {
  record Sample(String zeta, BigDecimal amount, Instant at, LocalDate on, Long none) {}

  @Test
  void writesARecordsPropertiesInDeclarationOrderWithIsoTimesAndPlainDecimals() {
    String json =
        Json.write(
            new Sample(
                "z",
                new BigDecimal("1E+3"),
                Instant.parse("2025-11-20T08:15:30.123456Z"),
                LocalDate.of(2025, 11, 21),
                null));
    assertThat(json)
        .isEqualTo(
            "{\"zeta\":\"z\",\"amount\":1000,\"at\":\"2025-11-20T08:15:30.123456Z\","
                + "\"on\":\"2025-11-21\",\"none\":null}");
  }

  record Quoted(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {}

  @Test
  void writesADecimalAsAStringInPlainNotationWhenAskedTo() {
    assertThat(Json.write(new Quoted(new BigDecimal("1E+3")))).isEqualTo("{\"amount\":\"1000\"}");
  }

  @Test
  void writesMapKeysSortedWhateverTheMapsOrder() {
    assertThat(Json.write(Map.of("b", "2", "a", "1", "c", "3")))
        .isEqualTo("{\"a\":\"1\",\"b\":\"2\",\"c\":\"3\"}");
  }

  @Test
  void escapesQuotesBackslashesAndControlCharactersAndReadsThemBack() {
    String nasty = "a \"quoted\" C:\\path\ttab\nline\u0001bell\u0000 \u00e9\u20ac\ud83d\ude00";
    String json = Json.write(Map.of("v", nasty));
    assertThat(json).doesNotContain("\t", "\n", "\u0001", "\u0000");
    assertThat(Json.tree(json)).get().extracting(n -> n.get("v").asText()).isEqualTo(nasty);
    @SuppressWarnings("unchecked")
    Map<String, String> back = Json.read(json, Map.class);
    assertThat(back).containsEntry("v", nasty);
  }

  @Test
  void readsDecimalsExactlyAndRecordsBack() {
    Sample s =
        Json.read(
            "{\"zeta\":\"z\",\"amount\":0.10,\"at\":\"2025-11-20T08:00:00Z\",\"on\":\"2025-11-21\"}",
            Sample.class);
    assertThat(s.amount()).isEqualTo(new BigDecimal("0.10"));
    assertThat(s.at()).isEqualTo(Instant.parse("2025-11-20T08:00:00Z"));
    assertThat(s.none()).isNull();
    assertThatThrownBy(() -> Json.read("{\"zeta\":", Sample.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Sample");
  }

  @Test
  void convertsAMapOfStringsToARecord() {
    Map<String, String> fields = new TreeMap<>(Map.of("amount", "12.50", "on", "2025-01-02"));
    Sample s = Json.convert(fields, Sample.class);
    assertThat(s.amount()).isEqualTo(new BigDecimal("12.50"));
    assertThat(s.on()).isEqualTo(LocalDate.of(2025, 1, 2));
  }

  @Test
  void aTreeKeepsTheDigitsOfNumbersAndReadsOldTextWithRawControlCharacters() {
    JsonNode node = Json.tree("{\"price\":1.50,\"note\":\"two\nlines\"}").orElseThrow();
    assertThat(node.get("price").asText()).isEqualTo("1.50");
    assertThat(node.get("note").asText()).isEqualTo("two\nlines");
  }

  @Test
  void textThatIsNotOneJsonValueHasNoTree() {
    assertThat(Json.tree("")).isEmpty();
    assertThat(Json.tree("closed the period")).isEmpty();
    assertThat(Json.tree("{\"a\":1} trailing")).isEmpty();
    assertThat(Json.tree("{\"unterminated\":\"x}")).isEmpty();
  }
}
