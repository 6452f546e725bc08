package com.tickmark.app.ui.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableModelTest {
  record Trade(
      String ref,
      String counterparty,
      LocalDate date,
      BigDecimal amount,
      Long quantity,
      BigDecimal change) {}

  private final TableModel<Trade> model =
      new TableModel<>(
          "test.trades",
          "trades",
          List.of(
              ColumnSpec.text("ref", "Ref", Trade::ref),
              ColumnSpec.text("cpty", "Counterparty", Trade::counterparty),
              ColumnSpec.date("date", "Date", Trade::date),
              ColumnSpec.decimal("amount", "Amount", Trade::amount, 2, 2),
              ColumnSpec.integer("qty", "Quantity", Trade::quantity),
              ColumnSpec.signedPercent("change", "Change", Trade::change)));

  private final List<Trade> trades =
      List.of(
          new Trade(
              "T-1",
              "Goldman Sachs",
              LocalDate.of(2025, 3, 4),
              new BigDecimal("1234567.891"),
              1500L,
              new BigDecimal("1.5")),
          new Trade(
              "T-2",
              "Morgan Stanley",
              LocalDate.of(2025, 4, 1),
              new BigDecimal("-250"),
              20L,
              new BigDecimal("-0.25")),
          new Trade(
              "T-3", "Goldman\tSachs\nInternational", LocalDate.of(2025, 3, 31), null, null, null));

  @Test
  void countsShownOfLoadedRows() {
    assertThat(model.countTextProperty().get()).isEqualTo("0 of 0");
    assertThat(model.placeholderProperty().get()).isEqualTo("No trades");
    model.setAll(trades);
    assertThat(model.countTextProperty().get()).isEqualTo("3 of 3");
    assertThat(model.shownCountProperty().get()).isEqualTo(3);
    assertThat(model.totalCountProperty().get()).isEqualTo(3);
  }

  @Test
  void everyWordOfTheFilterMustOccurInSomeSearchableColumn() {
    model.setAll(trades);
    model.filterTextProperty().set("  GOLDMAN   2025-03 ");
    assertThat(model.sortedRows()).extracting(Trade::ref).containsExactly("T-1", "T-3");
    model.filterTextProperty().set("goldman 2025-04");
    assertThat(model.sortedRows()).isEmpty();
    assertThat(model.countTextProperty().get()).isEqualTo("0 of 3");
  }

  @Test
  void numberColumnsAreNotSearched() {
    model.setAll(trades);
    model.filterTextProperty().set("1500");
    assertThat(model.sortedRows()).isEmpty();
  }

  @Test
  void newRowsAreMatchedAgainstTheFilterInForce() {
    model.filterTextProperty().set("stanley");
    model.setAll(trades);
    assertThat(model.sortedRows()).extracting(Trade::ref).containsExactly("T-2");
    model.setAll(List.of(trades.get(0)));
    assertThat(model.sortedRows()).isEmpty();
    assertThat(model.placeholderProperty().get()).isEqualTo("No trades match \u201cstanley\u201d");
  }

  @Test
  void saysLoadingWhileEmptyAndLoading() {
    model.loadingProperty().set(true);
    assertThat(model.placeholderProperty().get()).isEqualTo("Loading trades…");
  }

  @Test
  void copiesHeaderAndRowsInSortedOrderWithSpreadsheetNumbersAndNoBrokenCells() {
    model.setAll(trades);
    model.sortedRows().setComparator(Comparator.comparing(Trade::date));
    String tsv = model.copyAllAsTsv(List.of("date", "ref", "cpty", "amount", "qty", "change"));
    assertThat(tsv)
        .isEqualTo(
            String.join(
                "\n",
                "Date\tRef\tCounterparty\tAmount\tQuantity\tChange",
                "2025-03-04\tT-1\tGoldman Sachs\t1234567.89\t1500\t+1.50%",
                "2025-03-31\tT-3\tGoldman Sachs International\t\t\t",
                "2025-04-01\tT-2\tMorgan Stanley\t-250.00\t20\t-0.25%",
                ""));
  }

  @Test
  void copiesSelectedRowsInTheOrderShownWhateverTheOrderOfSelection() {
    model.setAll(trades);
    model.sortedRows().setComparator(Comparator.comparing(Trade::ref).reversed());
    assertThat(model.copyAsTsv(List.of(2, 0), List.of("ref"))).isEqualTo("Ref\nT-3\nT-1\n");
  }

  @Test
  void displaysNumbersGroupedAndRightAligned() {
    ColumnSpec<Trade, ?> amount = model.column("amount");
    assertThat(amount.numeric()).isTrue();
    assertThat(amount.displayOfRow(trades.get(0))).isEqualTo("1,234,567.89");
    assertThat(model.column("qty").displayOfRow(trades.get(0))).isEqualTo("1,500");
    assertThat(model.column("ref").numeric()).isFalse();
    assertThat(model.column("change").displayOfRow(trades.get(1))).isEqualTo("-0.25%");
  }

  @Test
  void rejectsDuplicateColumnIds() {
    assertThatThrownBy(
            () ->
                new TableModel<Trade>(
                    "x",
                    "x",
                    List.of(
                        ColumnSpec.text("a", "A", Trade::ref),
                        ColumnSpec.text("a", "B", Trade::ref))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
