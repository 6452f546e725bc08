package com.tickmark.model.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {
  private final IsoInstants fast = new IsoInstants();

  @Property
  void readsEveryCanonicalInstantAsInstantParseDoes(
      @ForAll @LongRange(min = -62_135_596_800L, max = 253_402_300_799L) long second,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
    String text = Instant.ofEpochSecond(second, nanos).toString();
    assertThat(fast.parse(text)).isEqualTo(Instant.parse(text));
  }

  @Test
  void leavesEveryOtherShapeToInstantParse() {
    for (String odd :
        new String[] {
          "2025-11-20t14:31:05z",
          "2025-11-20T14:31:05+01:00",
          "2025-11-20T14:31Z",
          "2025-11-20T24:00:00Z",
          "2016-12-31T23:59:60Z",
          "2025-02-29T10:00:00Z",
          "2025-13-01T10:00:00Z",
          "2025-11-20T14:31:05.Z",
          "2025-11-20T14:31:05.1234567890Z",
          "2025-11-20 14:31:05Z",
          "+2025-11-20T14:31:05Z",
          "2025-1-20T14:31:05Z",
          "2025-11-20T14:31:05"
        }) {
      assertThat(fast.parse(odd)).as(odd).isNull();
    }
  }

  @Test
  void agreesWithInstantParseOnDatesThatComeAndGo() {
    for (String text :
        new String[] {
          "2025-11-20T14:31:05Z",
          "2024-02-29T00:00:00.5Z",
          "2025-11-21T09:00:00.000001Z",
          "2025-11-20T23:59:59.999999999Z",
          "2025-11-20T14:31:05Z"
        }) {
      assertThat(fast.parse(text)).as(text).isEqualTo(Instant.parse(text));
    }
  }

  @Test
  void aTextInstantParseRefusesIsNeverReadHere() {
    String text = "2025-02-30T10:00:00Z";
    assertThat(fast.parse(text)).isNull();
    try {
      Instant.parse(text);
      throw new AssertionError("Instant.parse accepted " + text);
    } catch (DateTimeParseException expected) {
      // the import reports the field as not ISO-8601
    }
  }
}
