package com.tickmark.model.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsinTest {

  @ParameterizedTest
  @ValueSource(strings = {"US0378331005", "GB0002634946", "DE0007164600"})
  void acceptsRealIsins(String apple_bae_sap) {
    Isin isin = Isin.parse(apple_bae_sap);
    assertThat(isin.value()).isEqualTo(apple_bae_sap);
    assertThat(Isin.isValid(apple_bae_sap)).isTrue();
  }

  @Test
  void parseTrimsAndUpperCases() {
    assertThat(Isin.parse("  us0378331005 ")).isEqualTo(new Isin("US0378331005"));
  }

  @Test
  void rejectsWrongCheckDigitNamingTheExpectedOne() {
    assertThatThrownBy(() -> Isin.parse("US0378331006"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("US0378331006")
        .hasMessageContaining("expected 5");
    assertThat(Isin.isValid("DE0007164601")).isFalse();
  }

  @Test
  void rejectsWrongShape() {
    assertThat(Isin.isValid("US037833100")).isFalse();
    assertThat(Isin.isValid("1S0378331005")).isFalse();
    assertThat(Isin.isValid("US037833100X")).isFalse();
    assertThat(Isin.isValid(null)).isFalse();
  }

  @Test
  void withCheckDigitRoundTrips() {
    assertThat(Isin.withCheckDigit("US037833100")).isEqualTo(new Isin("US0378331005"));
    assertThat(Isin.withCheckDigit("GB000263494")).isEqualTo(new Isin("GB0002634946"));
    assertThat(Isin.withCheckDigit("DE000716460")).isEqualTo(new Isin("DE0007164600"));
    Isin sap = Isin.parse("DE0007164600");
    assertThat(Isin.withCheckDigit(sap.value().substring(0, 11))).isEqualTo(sap);
  }

  @Test
  void withCheckDigitRejectsLowerCaseOrPunctuation() {
    assertThatThrownBy(() -> Isin.withCheckDigit("us037833100"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capital letters and digits");
  }

  @Test
  void countryCodeIsTheFirstTwoLetters() {
    assertThat(Isin.parse("GB0002634946").countryCode()).isEqualTo("GB");
  }
}
