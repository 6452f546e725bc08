package com.tickmark.app.cli;

import static com.tickmark.app.cli.TickmarkCommandTest.AS_DEMO_USER;
import static com.tickmark.app.cli.TickmarkCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.area.InboxFolder;
import com.tickmark.app.cli.TickmarkCommandTest.Run;
import com.tickmark.model.recon.statement.BankStatement;
import com.tickmark.model.recon.statement.BankStatements;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tickmark import inbox} on one small demo firm, as a clerk's mornings run it: a broken
 * confirmation file holds back its own folder (named by file and line) while the other folders are
 * imported; once it is gone the next run imports that folder and passes over the rest; a run with
 * nothing new passes over every file and writes nothing; a user without the permissions is told
 * which; a statement that does not follow the account's last one is stored and named.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InboxImportCommandTest {
  @TempDir static Path shared;
  static Path workspace;
  static Path inbox;

  @BeforeAll
  static void makeDemo() {
    workspace = shared.resolve("demo");
    Run r =
        run(
            "demo",
            "--workspace",
            workspace.toString(),
            "--days",
            "2",
            "--trades-per-day",
            "80",
            "--history-days",
            "30",
            "--seed",
            "17");
    assertThat(r.exitCode()).as(r.err()).isZero();
    inbox = workspace.resolve("inbox");
  }

  private static Run as(String user, String... args) {
    List<String> all =
        new ArrayList<>(List.of("--workspace", workspace.toString(), "--user", user));
    all.addAll(Arrays.asList(args));
    return run(AS_DEMO_USER, all.toArray(String[]::new));
  }

  /** The files imported so far, by the audit trail's entity of their kind. */
  private static Map<String, Long> imported() {
    Run r = as("compliance", "audit", "list", "--action", "IMPORT", "--limit", "100000");
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r.out()
        .lines()
        .map(l -> l.trim().split("\\s+")[4])
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private static long files(String folder, List<String> extensions) throws IOException {
    return InboxFolder.filesIn(inbox.resolve(folder), extensions).size();
  }

  private static long csvFiles(String folder) throws IOException {
    return files(folder, InboxFolder.CSV);
  }

  private static long bankFiles() throws IOException {
    return files("bank", StatementImportCommand.EXTENSIONS);
  }

  @Test
  @Order(1)
  void aBrokenFileHoldsBackItsFolderNamingFileAndLineAndTheOtherFoldersAreImported()
      throws IOException {
    Path real = InboxFolder.filesIn(inbox.resolve("confirmations"), InboxFolder.CSV).get(0);
    List<String> lines = new ArrayList<>(Files.readAllLines(real));
    lines.set(2, lines.get(2).replace(",BUY,", ",HOLD,").replace(",SELL,", ",HOLD,"));
    Path broken =
        Files.write(
            inbox.resolve("confirmations").resolve("ZZZ_20261109.csv"),
            lines,
            StandardCharsets.UTF_8);
    try {
      Run r = as("clerk", "import", "inbox");

      assertThat(r.exitCode()).as(r.out()).isEqualTo(1);
      assertThat(r.err())
          .contains(broken + ":3: side: 'HOLD' is not BUY or SELL")
          .contains("nothing of confirmations/ was written");
      Map<String, Long> imported = imported();
      assertThat(imported).doesNotContainKey("ConfirmationImport");
      assertThat(csvFiles("settlement")).isPositive();
      assertThat(imported)
          .containsEntry("SettlementStatusImport", csvFiles("settlement"))
          .containsEntry("HoldingImport", csvFiles("custody"))
          .containsEntry("BankStatementImport", bankFiles());
      assertThat(r.out())
          .contains("custody/ (custodian holdings): " + csvFiles("custody") + " files imported")
          .contains("1 folder not imported");
    } finally {
      Files.delete(broken);
    }
  }

  @Test
  @Order(2)
  void theNextRunImportsTheRepairedFolderAndPassesOverTheFilesAlreadyIn() throws IOException {
    Run r = as("clerk", "import", "inbox");

    assertThat(r.exitCode()).as(r.err()).isZero();
    long confirmations = csvFiles("confirmations");
    assertThat(imported()).containsEntry("ConfirmationImport", confirmations);
    assertThat(r.out())
        .contains("confirmations/ (broker confirmations): " + confirmations + " files imported (")
        .contains(
            "bank/ (bank statements): 0 files imported (0 statement entries), "
                + bankFiles()
                + " passed over as imported before.");
    Run listed = as("clerk", "recon", "confirms", "--format", "csv");
    long lines = 0;
    for (Path f : InboxFolder.filesIn(inbox.resolve("confirmations"), InboxFolder.CSV)) {
      lines += Files.readAllLines(f).stream().skip(1).filter(l -> !l.isBlank()).count();
    }
    assertThat(listed.out().lines().count() - 1).isEqualTo(lines);
  }

  @Test
  @Order(3)
  void aRunWithNothingNewPassesOverEveryFileAndWritesNothing() throws IOException {
    Map<String, Long> before = imported();

    Run r = as("clerk", "import", "inbox");

    assertThat(r.exitCode()).as(r.err()).isZero();
    long all =
        csvFiles("settlement") + csvFiles("confirmations") + csvFiles("custody") + bankFiles();
    assertThat(r.out()).contains(": 0 files imported, " + all + " passed over as imported before.");
    assertThat(imported()).isEqualTo(before);
  }

  @Test
  @Order(4)
  void aUserWhoMayNotImportAFolderIsToldWhichPermissionItNeeds() {
    Run r = as("viewer", "import", "inbox");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "settlement/ (settlement status files): not imported: viewer may not import"
                + " settlement status files (WORK_SETTLEMENTS)");
  }

  @Test
  @Order(5)
  void aStatementStoredAndFlaggedAsNotFollowingTheOneBeforeIsNamedByFileAndLine()
      throws IOException {
    List<Path> euro =
        InboxFolder.filesIn(inbox.resolve("bank"), StatementImportCommand.EXTENSIONS).stream()
            .filter(p -> p.getFileName().toString().contains("CASH-EUR"))
            .toList();
    List<BankStatement> sent = BankStatements.read(euro.get(euro.size() - 1)).statements();
    BankStatement last = sent.get(sent.size() - 1);
    LocalDate day = last.closing().date().plusDays(1);
    Path next =
        Files.writeString(
            inbox.resolve("bank").resolve("ALD_CASH-EUR_next.sta"),
            StatementImportCommandTest.mt940(
                last.account(), "99999", day.minusDays(1), "100,00", day));

    Run r = as("clerk", "import", "inbox");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("bank/ (bank statements): 1 file imported")
        .contains(
            next + ":1: balance discontinuity, stored and flagged: opening balance 100.00 EUR");
  }
}
