package com.tickmark.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.util.WorkbookUtil;
import org.junit.jupiter.api.Test;

class SheetNamesTest {

  @Test
  void replacesCharactersExcelForbids() {
    assertThat(SheetNames.sanitize("P&L [EUR]: 2026/03 *draft?\\"))
        .isEqualTo("P&L -EUR-- 2026-03 -draft--");
  }

  @Test
  void cutsNamesToThirtyOneCharacters() {
    String name = SheetNames.sanitize("Settlement fails by counterparty and currency");
    assertThat(name).isEqualTo("Settlement fails by counterpart").hasSize(31);
  }

  @Test
  void dropsApostrophesAtEitherEndAndCollapsesWhitespace() {
    assertThat(SheetNames.sanitize("'Quoted'")).isEqualTo("Quoted");
    assertThat(SheetNames.sanitize("  Tabs\tand\nnew  lines ")).isEqualTo("Tabs and new lines");
    assertThat(SheetNames.sanitize("O'Brien's book")).isEqualTo("O'Brien's book");
  }

  @Test
  void neverReturnsAnEmptyOrReservedName() {
    assertThat(SheetNames.sanitize("")).isEqualTo("Sheet");
    assertThat(SheetNames.sanitize(" ' ")).isEqualTo("Sheet");
    assertThat(SheetNames.sanitize(null)).isEqualTo("Sheet");
    assertThat(SheetNames.sanitize("History")).isEqualTo("History sheet");
  }

  @Test
  void makesNamesUniqueIgnoringCaseWithinTheLengthLimit() {
    SheetNames names = new SheetNames();
    assertThat(names.unique("Positions")).isEqualTo("Positions");
    assertThat(names.unique("POSITIONS")).isEqualTo("POSITIONS (2)");
    assertThat(names.unique("positions")).isEqualTo("positions (3)");
    String longName = "Settlement fails by counterparty and currency";
    assertThat(names.unique(longName)).isEqualTo("Settlement fails by counterpart");
    assertThat(names.unique(longName + " again"))
        .isEqualTo("Settlement fails by counter (2)")
        .hasSize(31);
  }

  @Test
  void everyNameItGivesIsValidForPoi() {
    SheetNames names = new SheetNames();
    for (String wanted :
        new String[] {
          "a/b", "[x]", "'", "x".repeat(50), "x".repeat(50), "Ünïcödé €", "History", "history"
        }) {
      String name = names.unique(wanted);
      WorkbookUtil.validateSheetName(name);
      assertThat(name.length()).isBetween(1, 31);
    }
  }
}
