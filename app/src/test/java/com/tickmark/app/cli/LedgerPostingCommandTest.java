package com.tickmark.app.cli;

import static com.tickmark.app.cli.TickmarkCommandTest.AS_DEMO_USER;
import static com.tickmark.app.cli.TickmarkCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tickmark.app.cli.TickmarkCommandTest.Run;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo firm's lifecycle posted to the ledger: every entry balances and the trial balance with
 * it; posting again books nothing; the exported journal gives ledger-cli the very balances of
 * Tickmark's trial balance (when ledger-cli is installed: .ci/run installs it).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LedgerPostingCommandTest {
  static final String DATE = "2025-11-20";

  @TempDir static Path shared;
  static Path workspace;

  @BeforeAll
  static void makeADemoAndImportItsInbox() {
    workspace = shared.resolve("demo");
    Run r =
        run(
            "demo",
            "--workspace",
            workspace.toString(),
            "--days",
            "3",
            "--trades-per-day",
            "60",
            "--history-days",
            "30",
            "--business-date",
            DATE,
            "--seed",
            "7");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Run inbox = as("clerk", "import", "inbox");
    assertThat(inbox.exitCode()).as(inbox.err()).isZero();
  }

  static Run as(String user, String... args) {
    List<String> all =
        new ArrayList<>(List.of("--workspace", workspace.toString(), "--user", user));
    all.addAll(Arrays.asList(args));
    return run(AS_DEMO_USER, all.toArray(String[]::new));
  }

  static List<Map<String, String>> csv(Run r) throws IOException {
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<Map<String, String>> rows = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(r.out())) {
      reader.forEach(rec -> rows.add(rec.getFieldsAsMap()));
    }
    return rows;
  }

  @Test
  @Order(1)
  void postingTheLifecycleBalancesAndPostingAgainBooksNothing() throws IOException {
    Run clerk = as("clerk", "ledger", "post");
    assertThat(clerk.exitCode()).isEqualTo(1);

    Run post = as("accountant", "ledger", "post");
    assertThat(post.exitCode()).as(post.err()).isZero();
    assertThat(post.out())
        .startsWith("Posted ")
        .contains("1 opening balance")
        .contains(" trade, ")
        .contains(" settlement")
        .contains(" mark-to-market");

    Run again = as("accountant", "ledger", "post");
    assertThat(again.out()).contains("Posted 0 entries through " + DATE + ": nothing new to post.");

    List<Map<String, String>> tb =
        csv(as("accountant", "ledger", "trial-balance", "--format", "csv"));
    Map<String, BigDecimal[]> perCurrency = new TreeMap<>();
    BigDecimal reporting = BigDecimal.ZERO;
    for (Map<String, String> row : tb) {
      BigDecimal[] s =
          perCurrency.computeIfAbsent(
              row.get("currency"), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      s[0] = s[0].add(new BigDecimal(row.get("debit")));
      s[1] = s[1].add(new BigDecimal(row.get("credit")));
      reporting = reporting.add(new BigDecimal(row.get("balance_reporting")));
    }
    assertThat(perCurrency).isNotEmpty();
    perCurrency.forEach((c, s) -> assertThat(s[0]).as("debits of " + c).isEqualByComparingTo(s[1]));
    assertThat(reporting).isEqualByComparingTo("0");
    assertThat(tb)
        .extracting(m -> m.get("account"))
        .contains("1100", "1200", "2100", "3100", "4200");

    List<Map<String, String>> trades =
        csv(
            as(
                "accountant",
                "ledger",
                "journal",
                "list",
                "--kind",
                "TRADE",
                "--limit",
                "5",
                "--format",
                "csv"));
    assertThat(trades).hasSize(5).allSatisfy(e -> assertThat(e.get("trade")).startsWith("T"));
  }

  @Test
  @Order(2)
  void theProfitAndLossAddsUpToTheIncomeAndExpenseAccounts() throws IOException {
    BigDecimal netIncome = BigDecimal.ZERO;
    BigDecimal realized = BigDecimal.ZERO;
    for (Map<String, String> row :
        csv(as("accountant", "ledger", "trial-balance", "--format", "csv"))) {
      char group = row.get("account").charAt(0);
      BigDecimal reporting = new BigDecimal(row.get("balance_reporting"));
      if (group == '4' || group == '5') {
        netIncome = netIncome.subtract(reporting);
      }
      if (row.get("account").equals("4100")) {
        realized = realized.subtract(reporting);
      }
    }
    for (String by : List.of("book", "strategy", "instrument")) {
      List<Map<String, String>> pnl =
          csv(as("accountant", "ledger", "pnl", "--by", by, "--format", "csv"));
      assertThat(pnl).isNotEmpty();
      assertThat(sum(pnl, "year_to_date")).as("by " + by).isEqualByComparingTo(netIncome);
      assertThat(sum(pnl, "realized_ytd")).as("by " + by).isEqualByComparingTo(realized);
      assertThat(sum(pnl, "month_to_date")).isEqualByComparingTo(netIncome); // all in November
    }
    assertThat(csv(as("accountant", "ledger", "pnl", "--by", "instrument", "--format", "csv")))
        .anySatisfy(r -> assertThat(r.get("instrument")).isNotEmpty());
  }

  @Test
  @Order(2)
  void theOpenLotsCarryTheCostAndTheRealizedPnlTheJournalHolds() throws IOException {
    List<Map<String, String>> lots = csv(as("accountant", "ledger", "lots", "--format", "csv"));
    assertThat(lots).isNotEmpty();
    // the realized P&L of every lot, in USD, equals the journal's realized account in USD
    BigDecimal realizedUsd =
        lots.stream()
            .filter(l -> l.get("currency").equals("USD"))
            .map(l -> new BigDecimal(l.get("realized")))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal costUsd =
        lots.stream()
            .filter(l -> l.get("currency").equals("USD"))
            .map(l -> new BigDecimal(l.get("cost")))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<String, BigDecimal> balances = new TreeMap<>();
    for (Map<String, String> row :
        csv(as("accountant", "ledger", "trial-balance", "--format", "csv"))) {
      balances.put(
          row.get("account") + " " + row.get("currency"), new BigDecimal(row.get("balance")));
    }
    assertThat(realizedUsd.negate())
        .as("realized gains are credits on 4100")
        .isEqualByComparingTo(balances.getOrDefault("4100 USD", BigDecimal.ZERO));
    assertThat(costUsd)
        .as("securities at cost hold the open lots' cost")
        .isEqualByComparingTo(balances.getOrDefault("1200 USD", BigDecimal.ZERO));
    assertThat(lots)
        .filteredOn(l -> !l.get("quantity").equals("0"))
        .allSatisfy(l -> assertThat(l.get("close")).isNotEmpty());
  }

  static BigDecimal sum(List<Map<String, String>> rows, String column) {
    return rows.stream()
        .map(r -> new BigDecimal(r.get(column)))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  @Order(3)
  void ledgerCliComputesTheSameBalancesFromTheExportedJournal() throws Exception {
    Path journal = shared.resolve("demo.ledger");
    Run export =
        as("accountant", "ledger", "export", "--format", "ledger", "--out", journal.toString());
    assertThat(export.exitCode()).as(export.err()).isZero();
    assumeTrue(onPath("ledger"), "ledger-cli is not on the PATH: the independent check is skipped");

    Map<String, BigDecimal> ours = new TreeMap<>();
    for (Map<String, String> row :
        csv(as("accountant", "ledger", "trial-balance", "--format", "csv"))) {
      BigDecimal balance = new BigDecimal(row.get("balance"));
      if (balance.signum() != 0) {
        ours.put(row.get("account") + " " + row.get("currency"), balance);
      }
    }
    Map<String, BigDecimal> theirs = new TreeMap<>();
    Pattern line = Pattern.compile("^\\s*(-?[0-9.]+) ([A-Z]{3})  [A-Za-z]+:([0-9.]+) .*$");
    for (String currency :
        ours.keySet().stream().map(k -> k.substring(k.length() - 3)).distinct().toList()) {
      for (String out :
          ledger(
              journal,
              "balance",
              "--flat",
              "--no-total",
              "--limit",
              "commodity==\"" + currency + "\"")) {
        Matcher m = line.matcher(out);
        if (m.matches()) {
          theirs.put(m.group(3) + " " + m.group(2), new BigDecimal(m.group(1)));
        }
      }
    }
    assertThat(theirs).hasSameSizeAs(ours);
    ours.forEach((k, v) -> assertThat(theirs.get(k)).as(k).isNotNull().isEqualByComparingTo(v));
  }

  static boolean onPath(String program) {
    try {
      Process p = new ProcessBuilder(program, "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  static List<String> ledger(Path journal, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("ledger", "-f", journal.toString()));
    command.addAll(Arrays.asList(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out.lines().toList();
  }
}
