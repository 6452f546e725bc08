package com.tickmark.app.ui.table;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.UiState;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class TableLayoutsTest {
  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  private static TableView<String> table() {
    TableView<String> table = new TableView<>();
    for (String id : List.of("code", "name", "amount")) {
      TableColumn<String, String> c = new TableColumn<>(id);
      c.setId(id);
      c.setPrefWidth(100);
      table.getColumns().add(c);
    }
    return table;
  }

  @Test
  void restoresColumnOrderWidthsHiddenColumnsAndSortOfTheLastSession() {
    UiState state = UiState.inMemory();
    onFx(
        () -> {
          TableView<String> arranged = table();
          TableLayouts.remember(arranged, "t", state);
          TableColumn<String, ?> amount = arranged.getColumns().get(2);
          arranged
              .getColumns()
              .setAll(List.of(amount, arranged.getColumns().get(0), arranged.getColumns().get(1)));
          amount.setPrefWidth(180);
          arranged.getColumns().get(2).setVisible(false);
          amount.setSortType(TableColumn.SortType.DESCENDING);
          arranged.getSortOrder().setAll(List.of(amount));
        });
    state.save();

    TableView<String> restored =
        onFx(
            () -> {
              TableView<String> t = table();
              TableLayouts.remember(t, "t", state);
              return t;
            });

    assertThat(restored.getColumns())
        .extracting(TableColumn::getId)
        .containsExactly("amount", "code", "name");
    assertThat(restored.getColumns().get(0).getPrefWidth()).isEqualTo(180);
    assertThat(restored.getColumns())
        .extracting(TableColumn::isVisible)
        .containsExactly(true, true, false);
    assertThat(restored.getSortOrder()).extracting(TableColumn::getId).containsExactly("amount");
    assertThat(restored.getSortOrder().get(0).getSortType())
        .isEqualTo(TableColumn.SortType.DESCENDING);
  }

  @Test
  void keepsNewColumnsAndIgnoresRetiredOnes() {
    UiState state = UiState.inMemory();
    state.put("table.t.columns", "retired:90:shown,name:140:shown");
    TableView<String> restored =
        onFx(
            () -> {
              TableView<String> t = table();
              TableLayouts.remember(t, "t", state);
              return t;
            });
    assertThat(restored.getColumns())
        .extracting(TableColumn::getId)
        .containsExactly("name", "code", "amount");
    assertThat(restored.getColumns().get(0).getPrefWidth()).isEqualTo(140);
  }
}
