package com.tickmark.model.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BicTest {

  @Test
  void acceptsEightCharacterBic() {
    Bic bic = Bic.parse("DEUTDEFF");
    assertThat(bic.value()).isEqualTo("DEUTDEFF");
    assertThat(bic.countryCode()).isEqualTo("DE");
  }

  @Test
  void acceptsElevenCharacterBicWithBranch() {
    assertThat(Bic.parse("deutdeff500").value()).isEqualTo("DEUTDEFF500");
    assertThat(Bic.parse("NWBKGB2LXXX").countryCode()).isEqualTo("GB");
  }

  @Test
  void rejectsNineCharacters() {
    assertThatThrownBy(() -> Bic.parse("DEUTDEFF5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("8 or 11")
        .hasMessageContaining("DEUTDEFF5");
  }

  @Test
  void rejectsDigitsInTheCountryCode() {
    assertThatThrownBy(() -> Bic.parse("DEUT1EFF")).isInstanceOf(IllegalArgumentException.class);
  }
}
