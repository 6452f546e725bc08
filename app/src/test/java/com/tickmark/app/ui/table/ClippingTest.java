package com.tickmark.app.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What must be shown whole, on the examples of issue #11. */
class ClippingTest {
  @Test
  void numbersCodesIdsDatesAndSingleWordsAreValues() {
    assertThat(Clipping.isValue("STATARB-US")).isTrue();
    assertThat(Clipping.isValue("383,722,846.12")).isTrue();
    assertThat(Clipping.isValue("2025-11-20 18:05:12")).isTrue();
    assertThat(Clipping.isValue("206 trades")).isTrue();
    assertThat(Clipping.isValue("USD 1,234.56")).isTrue();
    assertThat(Clipping.isValue("Custodian")).isTrue();
    assertThat(Clipping.isValue("Bright Bridge Technologies")).isFalse();
    assertThat(Clipping.isValue("Affirmed same day: 91.22% (36,487 of 40,125)")).isFalse();
  }

  @Test
  void anEllipsisMayEndWordsButNeverCoverANumberOrACode() {
    assertThat(Clipping.hidesValue("STATARB-US", "STATARB...")).isTrue();
    assertThat(Clipping.hidesValue("383,722,846.12", "383,722,846....")).isTrue();
    assertThat(
            Clipping.hidesValue(
                "Affirmed same day: 91.22% (36,487 of 40,125)",
                "Affirmed same day: 91.22% (36,487 of 40,..."))
        .isTrue();
    assertThat(Clipping.hidesValue("Trading account MOMO-GLOBAL", "Trading account MO..."))
        .isTrue();
    assertThat(Clipping.hidesValue("Bright Bridge Technologies", "Bright Bridge Tech..."))
        .isFalse();
    assertThat(Clipping.hidesValue("Bright Bridge Technologies", "Bright Bridge Technologies"))
        .isFalse();
  }
}
