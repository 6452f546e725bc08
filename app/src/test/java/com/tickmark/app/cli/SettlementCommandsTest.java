package com.tickmark.app.cli;

import static com.tickmark.app.cli.TickmarkCommandTest.AS_DEMO_USER;
import static com.tickmark.app.cli.TickmarkCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.cli.TickmarkCommandTest.Run;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tickmark positions} and {@code tickmark settlement} on a small demo firm: read only, so
 * every test shares one.
 */
class SettlementCommandsTest {
  @TempDir static Path shared;
  static String workspace;

  @BeforeAll
  static void makeDemo() {
    workspace = shared.resolve("demo").toString();
    Run r =
        run(
            "demo",
            "--workspace",
            workspace,
            "--days",
            "3",
            "--trades-per-day",
            "200",
            "--history-days",
            "30",
            "--business-date",
            "2025-11-20",
            "--seed",
            "11");
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  private static Run positions(String... args) {
    List<String> all =
        new ArrayList<>(List.of("--workspace", workspace, "--user", "clerk", "positions"));
    all.addAll(Arrays.asList(args));
    return run(AS_DEMO_USER, all.toArray(String[]::new));
  }

  private static Run settlement(String... args) {
    List<String> all =
        new ArrayList<>(List.of("--workspace", workspace, "--user", "clerk", "settlement"));
    all.addAll(Arrays.asList(args));
    return run(AS_DEMO_USER, all.toArray(String[]::new));
  }

  private static List<String[]> csv(Run r) {
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r.out().lines().skip(1).map(l -> l.split(",", -1)).toList();
  }

  @Test
  void theCsvKeepsTheIssuesColumnsAndEveryRowAddsUp() {
    Run r = positions("--format", "csv");
    assertThat(r.out().lines().findFirst().orElseThrow())
        .isEqualTo(
            "book,custody_account,instrument,isin,trade_date_quantity,settled_quantity,"
                + "pending_receipts,pending_deliveries");
    List<String[]> rows = csv(r);
    assertThat(rows).hasSizeGreaterThan(50);
    for (String[] row : rows) {
      BigDecimal tradeDate = new BigDecimal(row[4]);
      BigDecimal settled = new BigDecimal(row[5]);
      BigDecimal receipts = new BigDecimal(row[6]);
      BigDecimal deliveries = new BigDecimal(row[7]);
      assertThat(settled.add(receipts).subtract(deliveries))
          .as(String.join(",", row))
          .isEqualByComparingTo(tradeDate);
      assertThat(row[0]).matches("[A-Z]+-[A-Z]+"); // a book code, not an id
      assertThat(row[3]).matches("[A-Z]{2}[A-Z0-9]{9}[0-9]");
    }
  }

  @Test
  void asOfTheOpeningBookNothingIsPendingAndBeforeItIsRefused() {
    Run before = positions("--date", "2000-01-03");
    assertThat(before.exitCode()).isEqualTo(1);
    Matcher m = Pattern.compile("opening book of (\\d{4}-\\d{2}-\\d{2})").matcher(before.err());
    assertThat(m.find()).as(before.err()).isTrue();

    List<String[]> opening = csv(positions("--date", m.group(1), "--format", "csv"));
    assertThat(opening).isNotEmpty();
    for (String[] row : opening) {
      assertThat(row[4]).isEqualTo(row[5]);
      assertThat(row[6]).isEqualTo("0");
      assertThat(row[7]).isEqualTo("0");
    }
    // Three days of trading later, the trade-date book has moved away from the opening one.
    List<String[]> now = csv(positions("--format", "csv"));
    assertThat(now.stream().filter(row -> !row[6].equals("0") || !row[7].equals("0"))).isNotEmpty();
  }

  @Test
  void aBookFilterListsOnlyThatBook() {
    List<String[]> rows = csv(positions("--book", "etfmm-us", "--format", "csv"));
    assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row[0]).isEqualTo("ETFMM-US"));

    Run unknown = positions("--book", "NOPE");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("There is no book NOPE.");
  }

  @Test
  void cashShowsEachCashAccountInItsCurrencysScale() {
    Run r = positions("--cash", "--format", "csv");
    assertThat(r.out().lines().findFirst().orElseThrow())
        .isEqualTo("cash_account,account_number,currency,projected_balance,settled_balance");
    assertThat(csv(r))
        .extracting(row -> row[0] + " " + row[2])
        .containsExactly("CASH-USD USD", "CASH-EUR EUR", "CASH-GBP GBP");
    assertThat(csv(r)).allSatisfy(row -> assertThat(row[3]).matches("-?\\d+\\.\\d{2}"));

    Run table = positions("--cash");
    assertThat(table.out()).startsWith("CASH_ACCOUNT");

    Run both = positions("--cash", "--book", "ETFMM-US");
    assertThat(both.exitCode()).isEqualTo(1);
    assertThat(both.err()).contains("leave out --book with --cash");
  }

  @Test
  void everyDemoTradeHasAnObligationWithItsSsi() {
    Run r = settlement("obligations", "--all", "--format", "csv");
    assertThat(r.out().lines().findFirst().orElseThrow())
        .startsWith(
            "trade_id,our_reference,book,counterparty,instrument,isin,side,type,quantity,"
                + "settled_quantity,amount,currency,intended_settlement_date");
    List<String[]> rows = csv(r);
    assertThat(rows).hasSize(600); // 3 days x 200 trades, none cancelled
    assertThat(rows).noneMatch(row -> row[14].equals("MISSING"));
    assertThat(rows)
        .allSatisfy(
            row -> {
              assertThat(row[0]).matches("T\\d{8}");
              assertThat(row[7]).isIn("RVP", "DVP", "PVP");
              assertThat(row[7].equals("RVP"))
                  .isEqualTo(row[6].equals("BUY") && !row[4].contains("/"));
            });
  }

  @Test
  void nettingAddsUpTheCashOfTheOpenObligations() {
    java.util.Map<String, BigDecimal> expected = new java.util.TreeMap<>();
    for (String[] row : csv(settlement("obligations", "--format", "csv"))) {
      String date = row[12];
      expected.merge(date + " " + row[3] + " " + row[11], new BigDecimal(row[10]), BigDecimal::add);
      if (row[7].equals("PVP")) { // the base currency leg of an FX trade
        BigDecimal base = new BigDecimal(row[8]);
        expected.merge(
            date + " " + row[3] + " " + row[4].substring(0, 3),
            row[6].equals("BUY") ? base : base.negate(),
            BigDecimal::add);
      }
    }
    java.util.Map<String, BigDecimal> netted = new java.util.TreeMap<>();
    Run r = settlement("netting", "--format", "csv");
    assertThat(r.out().lines().findFirst().orElseThrow())
        .isEqualTo("value_date,counterparty,currency,obligations,pay,receive,net");
    for (String[] row : csv(r)) {
      assertThat(new BigDecimal(row[5]).subtract(new BigDecimal(row[4])))
          .isEqualByComparingTo(row[6]);
      netted.put(row[0] + " " + row[1] + " " + row[2], new BigDecimal(row[6]));
    }
    assertThat(netted.keySet()).isEqualTo(expected.keySet());
    expected.forEach((k, v) -> assertThat(netted.get(k)).as(k).isEqualByComparingTo(v));
  }

  @Test
  void securitiesNettingPutsEachOpenSecuritiesObligationInOneSetWhoseNetAddsUp() {
    java.util.Map<String, String[]> obligations = new java.util.HashMap<>();
    for (String[] row : csv(settlement("obligations", "--format", "csv"))) {
      if (!row[7].equals("PVP")) { // FX spot has no securities
        obligations.put(row[0], row);
      }
    }
    Run r = settlement("netting", "--securities", "--format", "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow())
        .isEqualTo(
            "settlement_date,instrument,isin,custody_account,counterparty,basis,obligations,"
                + "receive,deliver,net,currency,cash,trades");
    List<String> seen = new ArrayList<>();
    int largest = 0;
    for (String[] row : csv(r)) {
      List<String> trades = List.of(row[12].split(" "));
      assertThat(trades).hasSize(Integer.parseInt(row[6]));
      BigDecimal net = BigDecimal.ZERO;
      BigDecimal cash = BigDecimal.ZERO;
      for (String trade : trades) {
        String[] o = obligations.get(trade);
        assertThat(o).as(trade).isNotNull();
        assertThat(o[12] + " " + o[4] + " " + o[3])
            .as(trade)
            .isEqualTo(row[0] + " " + row[1] + " " + row[4]);
        BigDecimal quantity = new BigDecimal(o[8]);
        net = net.add(o[6].equals("BUY") ? quantity : quantity.negate());
        cash = cash.add(new BigDecimal(o[10]));
      }
      assertThat(new BigDecimal(row[9])).as(row[12]).isEqualByComparingTo(net);
      assertThat(new BigDecimal(row[7]).subtract(new BigDecimal(row[8])))
          .isEqualByComparingTo(row[9]);
      assertThat(new BigDecimal(row[11])).as(row[12]).isEqualByComparingTo(cash);
      if (row[5].equals("GROSS")) {
        assertThat(trades).hasSize(1);
      }
      largest = Math.max(largest, trades.size());
      seen.addAll(trades);
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(obligations.keySet());
    assertThat(largest).as("some set nets several trades").isGreaterThan(1);
  }
}
