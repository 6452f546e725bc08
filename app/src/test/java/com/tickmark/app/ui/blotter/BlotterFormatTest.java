package com.tickmark.app.ui.blotter;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.trade.blotter.BlotterColumn;
import com.tickmark.model.trade.blotter.Totals;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How group lines and the grouping choice read. */
class BlotterFormatTest {
  @Test
  void theGroupingChoiceSaysItsColumnInWords() {
    assertThat(BlotterFormat.groupBy(BlotterColumn.SETTLEMENT_DATE))
        .isEqualTo("Group by settlement date");
    assertThat(BlotterFormat.groupBy(BlotterColumn.CURRENCY)).isEqualTo("Group by currency");
    assertThat(BlotterFormat.groupBy(BlotterColumn.BOOK)).isEqualTo("Group by book");
    assertThat(BlotterFormat.groupBy(null)).isEqualTo("No grouping");
  }

  @Test
  void aGroupHeadSaysHowManyTradesItHolds() {
    assertThat(BlotterFormat.groupHead("STATARB-US", 206)).isEqualTo("STATARB-US · 206 trades");
    assertThat(BlotterFormat.groupHead("STATARB-EU", 1)).isEqualTo("STATARB-EU · 1 trade");
    assertThat(BlotterFormat.groupHead("", 1_206)).isEqualTo("(blank) · 1,206 trades");
  }

  @Test
  void aQuantityIsNetAndGrossInItsUnit() {
    assertThat(
            BlotterFormat.quantity(
                new Totals.Quantity("EUR", new BigDecimal("-750000"), new BigDecimal("1250000.5"))))
        .isEqualTo("net -750,000, gross 1,250,000.5 EUR");
  }
}
