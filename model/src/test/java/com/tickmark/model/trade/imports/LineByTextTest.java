package com.tickmark.model.trade.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineByTextTest {
  @Test
  void remembersTheFirstLineOfEachTextAcrossGrowth() {
    TradeImportService.LineByText seen = new TradeImportService.LineByText();
    for (int line = 1; line <= 100_000; line++) {
      assertThat(seen.putIfAbsent("EX-" + line, line)).isZero();
    }
    for (int line = 1; line <= 100_000; line += 997) {
      assertThat(seen.putIfAbsent("EX-" + line, 200_000 + line)).isEqualTo(line);
    }
    assertThat(seen.putIfAbsent("EX-" + 100_001, 300_000)).isZero();
    assertThat(seen.putIfAbsent(new String("EX-100001"), 300_001)).isEqualTo(300_000);
  }

  @Test
  void textsWithTheSameHashAreKeptApart() {
    TradeImportService.LineByText seen = new TradeImportService.LineByText();
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(seen.putIfAbsent("Aa", 3)).isZero();
    assertThat(seen.putIfAbsent("BB", 5)).isZero();
    assertThat(seen.putIfAbsent("BB", 9)).isEqualTo(5);
    assertThat(seen.putIfAbsent("Aa", 9)).isEqualTo(3);
  }
}
