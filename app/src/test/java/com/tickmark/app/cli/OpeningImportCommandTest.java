package com.tickmark.app.cli;

import static com.tickmark.app.cli.TickmarkCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.cli.TickmarkCommandTest.Run;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.model.refdata.Isin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tickmark import opening} on a firm with reference data and no trades yet, in the order an
 * administrator going live meets it: a clerk refused, a file with problems refused whole, the book
 * loaded (positions and cash follow), the same file and then any other refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpeningImportCommandTest {
  static final String HEADER =
      "type,as_of,book,custody_account,instrument,quantity,cost,cash_account,balance,currency";
  static final String CUSTODY = "SAFE-000123";
  static final String USD_CASH = "US64JPMC000099887766";
  static final String GBP_CASH = "GB29BARC20000055779911";
  static final String VOD_ISIN = Isin.withCheckDigit("GB00BH4HKS3").value();

  @TempDir static Path dir;
  static Path workspace;

  @BeforeAll
  static void firmWithoutTrades() throws IOException {
    workspace = dir.resolve("firm");
    RefDataFixture.create(workspace).close();
    Map<String, String> env = new HashMap<>(asAdmin());
    env.put(UserCommand.NEW_PASSWORD_VARIABLE, "counter-desk-pw-7");
    Run r =
        run(
            env,
            "user",
            "add",
            "clerk",
            "--role",
            "CLERK",
            "--workspace",
            workspace.toString(),
            "--user",
            RefDataFixture.USER);
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  private static Map<String, String> asAdmin() {
    return Map.of(Session.PASSWORD_VARIABLE, RefDataFixture.PASSWORD);
  }

  private static Run as(String user, String password, String... args) {
    List<String> all =
        new ArrayList<>(List.of("--workspace", workspace.toString(), "--user", user));
    all.addAll(Arrays.asList(args));
    return run(Map.of(Session.PASSWORD_VARIABLE, password), all.toArray(String[]::new));
  }

  private static Run admin(String... args) {
    return as(RefDataFixture.USER, RefDataFixture.PASSWORD, args);
  }

  private static Path file(String name, String... lines) throws IOException {
    List<String> all = new ArrayList<>(List.of(HEADER));
    all.addAll(Arrays.asList(lines));
    return Files.write(dir.resolve(name), all, StandardCharsets.UTF_8);
  }

  private static Path good() throws IOException {
    return file(
        "opening.csv",
        "POSITION,2025-11-14,MOMO-US," + CUSTODY + ",AAPL,1500,342750.00,,,USD",
        "POSITION,2025-11-14,STATARB-GL," + CUSTODY + "," + VOD_ISIN + ",-20000,-14840.50,,,GBP",
        "CASH,2025-11-14,,,,,," + USD_CASH + ",1250000.00,USD",
        "CASH,2025-11-14,,,,,," + GBP_CASH + ",-310.25,GBP");
  }

  @Test
  @Order(1)
  void aClerkMayNotLoadTheOpeningBook() throws IOException {
    Run r = as("clerk", "counter-desk-pw-7", "import", "opening", good().toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("ADMINISTER_WORKSPACE");
    assertThat(admin("positions", "--format", "csv").out().lines()).hasSize(1);
  }

  @Test
  @Order(2)
  void aFileWithProblemsIsRefusedWholeNamingFileLineAndField() throws IOException {
    Path bad =
        file(
            "bad.csv",
            "POSITION,2025-11-14,MOMO-US," + CUSTODY + ",AAPL,100,22850.00,,,USD",
            "POSITION,2025-11-14,NOPE," + CUSTODY + ",AAPL,100,22850.00,,,USD",
            "POSITION,2025-11-14,MOMO-US," + CUSTODY + ",ZZZZ,100,22850.00,,,USD",
            "POSITION,2025-11-14,MR-US," + CUSTODY + ",AAPL,100,22850.005,,,USD",
            "CASH,2025-11-13,,,,,," + USD_CASH + ",1000.00,USD",
            "CASH,2025-11-14,,,,,," + GBP_CASH + ",1000.00,USD",
            "CASH,2025-11-14,,,,,,NO-SUCH-ACCOUNT,1000.00,USD");

    Run r = admin("import", "opening", bad.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(bad + ":3: book: 'NOPE' is not a book")
        .contains(bad + ":4: instrument: 'ZZZZ' is neither the ISIN nor the symbol")
        .contains(bad + ":5: cost: 22850.005 has 3 decimals; USD has at most 2")
        .contains(bad + ":6: as_of: is 2025-11-13, but line 2 says 2025-11-14")
        .contains(bad + ":7: currency: is USD, but the cash account " + GBP_CASH + " is in GBP")
        .contains(bad + ":8: cash_account: 'NO-SUCH-ACCOUNT' is not the number of a cash account")
        .contains("6 problems in bad.csv; nothing was written");
    assertThat(admin("positions", "--format", "csv").out().lines()).hasSize(1);
    assertThat(admin("positions", "--cash", "--format", "csv").out()).doesNotContain("1000.00");
  }

  @Test
  @Order(3)
  void aBookAsOfACloseThatTradesAlreadyMovedIsRefused() throws IOException {
    Run trade =
        as(
            "clerk",
            "counter-desk-pw-7",
            "trade",
            "add",
            "--book",
            "MOMO-EU",
            "--instrument",
            "SAP",
            "--side",
            "BUY",
            "--quantity",
            "100",
            "--price",
            "202.00",
            "--counterparty",
            "GSCO",
            "--trade-date",
            "2025-11-17");
    assertThat(trade.exitCode()).as(trade.err()).isZero();
    Path late = file("late.csv", "CASH,2025-11-17,,,,,," + USD_CASH + ",5.00,USD");

    Run r = admin("import", "opening", late.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains("late.csv is as of 2025-11-17, but the workspace has trades or settlements on")
        .contains("Nothing was written");
    assertThat(admin("positions", "--cash", "--date", "2025-11-17", "--format", "csv").out())
        .doesNotContain("5.00");
  }

  @Test
  @Order(4)
  void aGoodFileBecomesTheOpeningBookThatPositionsStartFrom() throws IOException {
    Run r = admin("import", "opening", good().toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "Loaded the opening book from opening.csv as of 2025-11-14: 2 positions, 2 cash"
                + " balances");
    assertThat(admin("positions", "--date", "2025-11-20", "--format", "csv").out())
        .contains("MOMO-US," + CUSTODY + ",AAPL,US0378331005,1500,1500,0,0")
        .contains("STATARB-GL," + CUSTODY + ",VOD," + VOD_ISIN + ",-20000,-20000,0,0")
        .as("the trade after the opening book adds to it")
        .contains("MOMO-EU,,SAP,");
    assertThat(admin("positions", "--cash", "--date", "2025-11-14", "--format", "csv").out())
        .contains(USD_CASH + ",USD,1250000.00,1250000.00")
        .contains(GBP_CASH + ",GBP,-310.25,-310.25");
    Run audit = admin("audit", "list", "--entity", "OpeningBookImport");
    assertThat(audit.out())
        .contains("opening balances loaded from opening.csv as of 2025-11-14")
        .contains("2 positions, 2 cash balances");
  }

  @Test
  @Order(5)
  void theSameFileIsRefusedTheSecondTimeAndNoOtherBookIsAdded() throws IOException {
    Run again = admin("import", "opening", good().toString());
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("opening.csv was already imported").contains("by tester");

    Path other = file("other.csv", "CASH,2025-11-17,,,,,," + USD_CASH + ",5.00,USD");
    Run second = admin("import", "opening", other.toString());
    assertThat(second.exitCode()).isEqualTo(1);
    assertThat(second.err())
        .contains("already has an opening book, as of 2025-11-14")
        .contains("nothing was written");
    assertThat(admin("positions", "--cash", "--format", "csv").out())
        .contains(USD_CASH + ",USD,1250000.00,1250000.00");
  }
}
