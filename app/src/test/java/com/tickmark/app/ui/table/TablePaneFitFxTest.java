package com.tickmark.app.ui.table;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.shell.Theme;
import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A table sizes its columns to their values: a code or an amount column is as wide as its widest
 * value, even one scrolled out of sight, and free text takes the width left and offers its whole
 * text in a tooltip when cut.
 */
@ExtendWith(ApplicationExtension.class)
class TablePaneFitFxTest {
  record Row(String code, String name, BigDecimal amount) {}

  static final String LONG_CODE = "TRD-STATARB-GLOBAL-0001";
  static final BigDecimal BIG = new BigDecimal("383722846123.45");
  static final String LONG_NAME =
      "Safekeeping of the firm's European equities at the custodian's Luxembourg branch";

  private TablePane<Row> pane;
  private TableModel<Row> model;

  @Start
  void start(Stage stage) {
    Theme.LIGHT.apply();
    model =
        new TableModel<>(
            "test.fit",
            "accounts",
            List.of(
                ColumnSpec.text("code", "Code", Row::code).withWidth(90),
                ColumnSpec.text("name", "Name", Row::name).withWidth(200),
                ColumnSpec.money("amount", "Amount", Row::amount, r -> CurrencyCode.USD, 2)
                    .withWidth(90)));
    pane = new TablePane<>(model, UiState.inMemory(), null);
    Scene scene = new Scene((Parent) pane.root(), 640, 300);
    stage.setMaximized(false); // the stage may come from another test: make it the scene's size
    stage.setScene(scene);
    stage.sizeToScene();
    stage.show();
  }

  @Test
  void aCodeOrAmountColumnIsAsWideAsItsWidestValueEvenOneScrolledAway() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      rows.add(new Row("A-" + i, "Account " + i, new BigDecimal(i)));
    }
    // far below the first screenful: only a fit over every row finds them
    rows.set(250, new Row(LONG_CODE, LONG_NAME, BIG));
    onFx(() -> model.setAll(rows));
    TableView<Row> table = pane.table();
    // measured once cells show the values: the code column's least width is no longer its title's
    waitUntil(() -> column(table, "code").getMinWidth() > 60);

    TableCell<?, ?> cell = onFx(() -> anyCell(table));
    double insets = onFx(() -> cell.snappedLeftInset() + cell.snappedRightInset());
    double codeWidth = onFx(() -> Clipping.textWidth(LONG_CODE, cell.getFont()));
    double amountWidth = onFx(() -> Clipping.textWidth("383,722,846,123.45", cell.getFont()));
    assertThat(onFx(() -> column(table, "code").getWidth()))
        .isGreaterThanOrEqualTo(codeWidth + insets);
    assertThat(onFx(() -> column(table, "amount").getWidth()))
        .isGreaterThanOrEqualTo(amountWidth + insets);

    onFx(() -> table.scrollTo(250));
    waitUntil(() -> onFx(() -> shownCell(table, "code", LONG_CODE) != null));
    WaitForAsyncUtils.waitForFxEvents(); // and laid out
    TableCell<?, ?> code = onFx(() -> shownCell(table, "code", LONG_CODE));
    TableCell<?, ?> amount = onFx(() -> shownCell(table, "amount", "383,722,846,123.45"));
    TableCell<?, ?> name = onFx(() -> shownCell(table, "name", LONG_NAME));
    assertThat(onFx(() -> Clipping.shownText(code))).isEqualTo(LONG_CODE);
    assertThat(onFx(() -> Clipping.shownText(amount))).isEqualTo("383,722,846,123.45");
    // the name gives way, and says in full what it cut
    assertThat(onFx(() -> Clipping.isCut(name)))
        .as(
            "the name, %s wide, shows \"%s\"",
            onFx(() -> column(table, "name").getWidth()), onFx(() -> Clipping.shownText(name)))
        .isTrue();
    assertThat(onFx(() -> name.getTooltip().getText())).isEqualTo(LONG_NAME);
    // and the free text takes what the values leave: the columns fill the table
    double columns =
        onFx(() -> table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum());
    double viewport =
        onFx(() -> ((javafx.scene.layout.Region) table.lookup(".clipped-container")).getWidth());
    assertThat(columns).isBetween(viewport - 4, viewport);
  }

  private static TableColumn<Row, ?> column(TableView<Row> table, String id) {
    return table.getColumns().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
  }

  private static TableCell<?, ?> anyCell(TableView<?> table) {
    for (Node n : table.lookupAll(".table-cell")) {
      if (n instanceof TableCell<?, ?> c && !c.isEmpty()) {
        return c;
      }
    }
    throw new AssertionError("no cell");
  }

  private static TableCell<?, ?> shownCell(TableView<?> table, String column, String text) {
    for (Node n : table.lookupAll(".table-cell")) {
      if (n instanceof TableCell<?, ?> c
          && c.isVisible()
          && c.getTableColumn() != null
          && column.equals(c.getTableColumn().getId())
          && text.equals(c.getText())) {
        return c;
      }
    }
    return null;
  }
}
