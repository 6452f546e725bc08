package com.tickmark.model.trade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TradeIdTest {
  @Test
  void showsTheNumberPaddedToEightDigitsAfterAT() {
    assertThat(new TradeId(123).display()).isEqualTo("T00000123");
    assertThat(new TradeId(12_345_678).display()).isEqualTo("T12345678");
    assertThat(new TradeId(123_456_789).display()).isEqualTo("T123456789");
  }
}
