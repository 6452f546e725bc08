package com.tickmark.model.recon.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.intake.IntakeCells;
import com.tickmark.model.intake.IntakeField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks of a confirmation's and a holding's line, each problem named by its field. */
class InputRowsTest {
  /** One CSV line's cells by field key, and the problems the mapper reports. */
  static final class Cells<F extends Enum<F> & IntakeField> implements IntakeCells<F> {
    final Map<String, String> values;
    final List<String> problems = new ArrayList<>();

    Cells(Map<String, String> values) {
      this.values = values;
    }

    @Override
    public int line() {
      return 7;
    }

    @Override
    public String text(F field) {
      return values.getOrDefault(field.key(), "");
    }

    @Override
    public Object value(F field) {
      return values.get(field.key());
    }

    @Override
    public void problem(String field, String message) {
      problems.add(field + ": " + message);
    }

    @Override
    public boolean hasProblems() {
      return !problems.isEmpty();
    }
  }

  static Map<String, String> confirmation() {
    return new HashMap<>(
        Map.ofEntries(
            Map.entry("broker_ref", "GSX-2026110900001"),
            Map.entry("client_exec_id", "E20261109-000062"),
            Map.entry("order_id", "O-ETFMM-20261109-00001"),
            Map.entry("trade_date", "2026-11-09"),
            Map.entry("settlement_date", "2026-11-10"),
            Map.entry("isin_or_symbol", "US55345D1090"),
            Map.entry("side", "SELL"),
            Map.entry("quantity", "275"),
            Map.entry("price", "310.3700"),
            Map.entry("gross_amount", "85351.75"),
            Map.entry("commission", "6.83"),
            Map.entry("fees", "2.37"),
            Map.entry("net_amount", "85342.55"),
            Map.entry("currency", "USD"),
            Map.entry("account", "CUST-US"),
            Map.entry("fills", "1")));
  }

  @Test
  void aGoodConfirmationIsKeptAsReceivedWithItsBrokerFileAndLine() {
    Cells<ConfirmationField> cells = new Cells<>(confirmation());
    Confirmation c = new ConfirmationRows("GSX_20261109.csv").map(cells, 41);

    assertThat(cells.problems).isEmpty();
    assertThat(c.id()).isEqualTo(41);
    assertThat(c.broker()).isEqualTo("GSX");
    assertThat(c.price()).isEqualByComparingTo(new BigDecimal("310.37"));
    assertThat(c.fileName() + ":" + c.line()).isEqualTo("GSX_20261109.csv:7");
  }

  @Test
  void everyProblemOfAConfirmationIsNamedByItsField() {
    Map<String, String> bad = confirmation();
    bad.put("client_exec_id", "");
    bad.put("order_id", "");
    bad.put("settlement_date", "2026-11-06");
    bad.put("side", "HOLD");
    bad.put("quantity", "0");
    bad.put("fees", "-1");
    bad.put("currency", "usd");
    bad.put("fills", "0");
    Cells<ConfirmationField> cells = new Cells<>(bad);

    assertThat(new ConfirmationRows("GSX_20261109.csv").map(cells, 1)).isNull();
    assertThat(cells.problems)
        .containsExactly(
            "order_id: is required",
            "settlement_date: 2026-11-06 is before the trade date 2026-11-09",
            "side: 'HOLD' is not BUY or SELL",
            "quantity: must be positive, not 0",
            "fees: must not be negative, not -1",
            "currency: 'usd' is not a currency code",
            "fills: '0' is not a number of fills (1 or more)");
  }

  @Test
  void aFileNotNamedForItsBrokerIsRefusedBeforeItsLines() {
    List<ImportProblem> problems = new ArrayList<>();
    new ConfirmationRows("confirms.csv").start(problems);
    assertThat(problems)
        .extracting(ImportProblem::field, ImportProblem::message)
        .containsExactly(
            tuple(
                "file",
                "the name must start with the broker's code and '_' (GSX_20261109.csv), not"
                    + " confirms.csv"));
  }

  @Test
  void aShortHoldingIsKeptAndABadIsinOrPriceIsNamed() {
    Map<String, String> holding =
        new HashMap<>(
            Map.of(
                "statement_date", "2026-11-09",
                "account_number", "ACS-58136208",
                "isin", "DE000A5W9XW0",
                "symbol", "MAIN",
                "settled_quantity", "-1820",
                "currency", "EUR",
                "close_price", "171.8800",
                "market_value", "-312821.60"));
    Cells<HoldingField> good = new Cells<>(holding);
    Holding h = new HoldingRows("ACS_positions_20261109.csv").map(good, 3);
    assertThat(good.problems).isEmpty();
    assertThat(h.settledQuantity()).isEqualByComparingTo("-1820");

    holding.put("isin", "DE000A5W9XW");
    holding.put("close_price", "-1");
    Cells<HoldingField> bad = new Cells<>(holding);
    assertThat(new HoldingRows("ACS_positions_20261109.csv").map(bad, 3)).isNull();
    assertThat(bad.problems)
        .containsExactly(
            "isin: 'DE000A5W9XW' is not an ISIN", "close_price: must not be negative, not -1");
  }
}
