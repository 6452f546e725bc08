package com.tickmark.app.ui.blotter;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.UiState;
import com.tickmark.model.trade.blotter.BlotterColumn;
import com.tickmark.model.trade.blotter.BlotterQuery;
import com.tickmark.model.trade.blotter.BlotterQuery.SortKey;
import com.tickmark.model.trade.blotter.ColumnFilter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SavedViewsTest {
  private static final BlotterQuery QUERY =
      new BlotterQuery(
          "gsco 2025-11 & more",
          List.of(
              new ColumnFilter.Values(BlotterColumn.BOOK, Set.of("EQ-LDN", "FX|G10", "")),
              new ColumnFilter.Range(BlotterColumn.QUANTITY, new BigDecimal("100.5"), null),
              new ColumnFilter.Dates(
                  BlotterColumn.TRADE_DATE, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 20)),
              new ColumnFilter.Contains(BlotterColumn.EXEC_ID, "E2025=&x")),
          List.of(
              new SortKey(BlotterColumn.INSTRUMENT, false),
              new SortKey(BlotterColumn.NOTIONAL_BASE, true)),
          BlotterColumn.COUNTERPARTY);

  @Test
  void aSavedViewComesBackExactlyPerUser() {
    UiState state = UiState.inMemory();
    SavedViews alice = new SavedViews(state, "alice");
    alice.save(new SavedViews.View("Late EU sells", QUERY, "tradeId:100:shown,isin:116:hidden"));

    SavedViews.View back = alice.load("Late EU sells").orElseThrow();
    assertThat(back.query()).isEqualTo(QUERY);
    assertThat(back.columns()).isEqualTo("tradeId:100:shown,isin:116:hidden");
    assertThat(alice.names()).containsExactly("Late EU sells");
    assertThat(new SavedViews(state, "bob").names()).as("another user's views").isEmpty();

    alice.delete("Late EU sells");
    assertThat(alice.names()).isEmpty();
    assertThat(alice.load("Late EU sells")).isEmpty();
  }

  @Test
  void aFilterThatNoLongerFitsItsColumnIsDroppedAndTheRestKept() {
    String text = SavedViews.encode(QUERY).replace("range%7Cquantity", "range%7Cbook");
    BlotterQuery q = SavedViews.decodeQuery(text);
    assertThat(q.filters()).hasSize(3).noneMatch(f -> f instanceof ColumnFilter.Range);
    assertThat(q.groupBy()).isEqualTo(BlotterColumn.COUNTERPARTY);
  }
}
