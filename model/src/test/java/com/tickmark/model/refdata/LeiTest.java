package com.tickmark.model.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeiTest {

  @ParameterizedTest
  // GLEIF's own LEI and Apple Inc.'s, from the GLEIF database.
  @ValueSource(strings = {"506700GE1G29325QX363", "HWUPKR0MPOU8FGXBT394"})
  void acceptsPublishedLeis(String lei) {
    assertThat(Lei.parse(lei).value()).isEqualTo(lei);
  }

  @Test
  void withCheckDigitsRecomputesPublishedCheckDigits() {
    assertThat(Lei.withCheckDigits("506700GE1G29325QX3"))
        .isEqualTo(new Lei("506700GE1G29325QX363"));
    assertThat(Lei.withCheckDigits("HWUPKR0MPOU8FGXBT3"))
        .isEqualTo(new Lei("HWUPKR0MPOU8FGXBT394"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "529900T8BM49AURSDO",
        "000000000000000000",
        "ZZZZZZZZZZZZZZZZZZ",
        "5493001KJTIIGC8Y1R"
      })
  void withCheckDigitsProducesLeisThatParse(String prefix) {
    Lei lei = Lei.withCheckDigits(prefix);
    assertThat(Lei.parse(lei.value())).isEqualTo(lei);
    assertThat(lei.value()).startsWith(prefix).hasSize(20);
  }

  @Test
  void rejectsALeiWithOneCharacterChanged() {
    assertThatThrownBy(() -> Lei.parse("506700GE1G29325QX373"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mod 97-10");
    String valid = Lei.withCheckDigits("529900T8BM49AURSDO").value();
    String changed = "6" + valid.substring(1);
    assertThatThrownBy(() -> Lei.parse(changed)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsWrongShape() {
    assertThatThrownBy(() -> Lei.parse("506700GE1G29325QX36"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("18 letters or digits");
  }

  @Test
  void withCheckDigitsRejectsAPrefixThatIsNotEighteenCapitalsOrDigits() {
    assertThatThrownBy(() -> Lei.withCheckDigits("529900T8BM49AURSD-"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("18 capital letters or digits");
    assertThatThrownBy(() -> Lei.withCheckDigits("529900t8bm49aursdo"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Lei.withCheckDigits("529900T8BM49AURS"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
