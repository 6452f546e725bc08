package com.tickmark.app.cli;

import static com.tickmark.app.cli.TickmarkCommandTest.AS_DEMO_USER;
import static com.tickmark.app.cli.TickmarkCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.cli.TickmarkCommandTest.Run;
import com.tickmark.app.recon.CashReconPasses;
import com.tickmark.model.recon.run.BuiltInRecons;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tickmark recon run|breaks} and the break actions on a small demo firm whose whole inbox is
 * imported: the acceptance check against {@code demo/injected-faults.csv} both ways, then
 * what people do with the breaks and what a later run does with their work, and the open breaks
 * report against the list.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReconRunCommandsTest {
  static final String FIRST_DAY = "2025-11-14";
  static final String BUSINESS_DATE = "2025-11-20";

  @TempDir static Path shared;
  static Path workspace;

  @BeforeAll
  static void makeDemoAndImportItsInbox() {
    workspace = shared.resolve("demo");
    Run r =
        run(
            "demo",
            "--workspace",
            workspace.toString(),
            "--days",
            "5",
            "--trades-per-day",
            "200",
            "--history-days",
            "30",
            "--business-date",
            BUSINESS_DATE,
            "--seed",
            "11");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Run inbox = as("clerk", "import", "inbox");
    assertThat(inbox.exitCode()).as(inbox.err()).isZero();
  }

  private static Run as(String user, String... args) {
    List<String> all =
        new ArrayList<>(List.of("--workspace", workspace.toString(), "--user", user));
    all.addAll(Arrays.asList(args));
    return run(AS_DEMO_USER, all.toArray(String[]::new));
  }

  private static Run clerk(String... args) {
    return as("clerk", args);
  }

  private static List<Map<String, String>> csv(Run r) throws IOException {
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<Map<String, String>> rows = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(r.out())) {
      for (NamedCsvRecord rec : reader) {
        rows.add(rec.getFieldsAsMap());
      }
    }
    return rows;
  }

  private static List<Map<String, String>> breaks(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("recon", "breaks", "--format", "csv"));
    all.addAll(Arrays.asList(args));
    return csv(clerk(all.toArray(String[]::new)));
  }

  private static Map<String, String> breakNumber(String id) throws IOException {
    return breaks("--all").stream()
        .filter(b -> b.get("break_id").equals(id))
        .findFirst()
        .orElseThrow();
  }

  /** The break kinds (or a match's difference) each kind of injected fault must show as. */
  private static final Map<String, Set<String>> FOUND_AS =
      Map.ofEntries(
          Map.entry("MISSING_CONFIRMATION", Set.of("MISSING_THEIRS")),
          Map.entry(
              "CONFIRMATION_PRICE_MISMATCH", Set.of("FIELD_MISMATCH", "MATCHED_WITH_DIFFERENCE")),
          Map.entry("CONFIRMATION_QUANTITY_MISMATCH", Set.of("FIELD_MISMATCH")),
          Map.entry("DUPLICATE_CONFIRMATION", Set.of("DUPLICATE_THEIRS")),
          Map.entry("POSITION_MISMATCH", Set.of("FIELD_MISMATCH")),
          Map.entry("MISSING_POSITION", Set.of("MISSING_THEIRS")),
          Map.entry("UNEXPECTED_POSITION", Set.of("UNEXPECTED")),
          Map.entry("MISSING_BANK_ENTRY", Set.of("MISSING_THEIRS")),
          Map.entry("BANK_AMOUNT_MISMATCH", Set.of("FIELD_MISMATCH", "MATCHED_WITH_DIFFERENCE")),
          Map.entry("UNEXPECTED_BANK_ENTRY", Set.of("UNEXPECTED")),
          Map.entry("FAILED_SETTLEMENT", Set.of("FIELD_MISMATCH")),
          Map.entry("LATE_SETTLEMENT", Set.of("FIELD_MISMATCH")));

  @Test
  @Order(1)
  void everyInjectedFaultIsFoundAsTheRightBreakOrDifferenceAndNothingThatAgreesIsReported()
      throws IOException {
    Run runs = clerk("recon", "run", "--from", FIRST_DAY, "--format", "csv");
    List<Map<String, String>> counts = csv(runs);
    assertThat(counts).hasSize(20); // four recons, five business days
    Run table = clerk("recon", "breaks", "--all");
    assertThat(table.out().lines().findFirst().orElseThrow())
        .startsWith("RECON")
        .contains("BREAK_ID", "SOURCE_FILE", "AGE_BUSINESS_DAYS");
    Run header = clerk("recon", "breaks", "--all", "--format", "csv");
    assertThat(header.out().lines().findFirst().orElseThrow())
        .startsWith(
            "recon,break_id,kind,state,reference,source_file,source_line,fields,amount,currency,"
                + "age_business_days");

    List<Map<String, String>> found = breaks("--all");
    List<Map<String, String>> faults = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> reader =
        CsvReader.builder()
            .ofNamedCsvRecord(workspace.resolve("demo").resolve("injected-faults.csv"))) {
      for (NamedCsvRecord f : reader) {
        faults.add(f.getFieldsAsMap());
      }
    }
    assertThat(faults)
        .extracting(f -> f.get("kind"))
        .containsAll(
            List.of(
                "MISSING_CONFIRMATION",
                "POSITION_MISMATCH",
                "MISSING_BANK_ENTRY",
                "BANK_AMOUNT_MISMATCH",
                "UNEXPECTED_BANK_ENTRY",
                "FAILED_SETTLEMENT",
                "LATE_SETTLEMENT"));
    Set<String> explained = new HashSet<>();
    for (Map<String, String> f : faults) {
      List<Map<String, String>> matching =
          found.stream()
              .filter(b -> b.get("reference").equals(f.get("reference")))
              .filter(b -> FOUND_AS.get(f.get("kind")).contains(b.get("kind")))
              .filter(
                  b ->
                      f.get("kind").endsWith("_SETTLEMENT")
                          // not settled in full on its intended date: the fault names a later line
                          ? b.get("recon").equals("expected-settlements")
                              && b.get("run_date").equals(f.get("expected"))
                          : f.get("line").equals("0")
                              || (b.get("source_file").equals(f.get("file"))
                                  && b.get("source_line").equals(f.get("line"))))
              .toList();
      assertThat(matching)
          .as("%s %s %s", f.get("kind"), f.get("reference"), f.get("file"))
          .isNotEmpty();
      matching.forEach(b -> explained.add(b.get("break_id")));
    }
    // a messy bank entry that agrees is a match with a difference (counterparty spelt otherwise, a
    // day or a few cents off) or a proposed match (only the bank's reference), never a break
    Set<String> messy = new HashSet<>();
    expectedMatches().forEach(m -> messy.add(m.get("file") + ":" + m.get("line")));
    found.stream()
        .filter(
            b ->
                b.get("kind").equals("MATCHED_WITH_DIFFERENCE")
                    || b.get("kind").equals("PROPOSED_MATCH"))
        .filter(b -> messy.contains(b.get("source_file") + ":" + b.get("source_line")))
        .forEach(b -> explained.add(b.get("break_id")));
    assertThat(found)
        .as("nothing that agrees is reported")
        .allSatisfy(b -> assertThat(explained).contains(b.get("break_id")));

    Map<String, String> bankFee =
        found.stream()
            .filter(b -> b.get("kind").equals("UNEXPECTED"))
            .filter(b -> b.get("recon").equals("cash-bank"))
            .findFirst()
            .orElseThrow();
    assertThat(bankFee.get("source_file")).startsWith("bank/");
    assertThat(bankFee.get("age_business_days")).matches("\\d+");
  }

  private static List<Map<String, String>> expectedMatches() throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> reader =
        CsvReader.builder()
            .ofNamedCsvRecord(workspace.resolve("demo").resolve("expected-matches.csv"))) {
      for (NamedCsvRecord m : reader) {
        rows.add(m.getFieldsAsMap());
      }
    }
    return rows;
  }

  @Test
  @Order(1)
  void everyMessyBankEntryIsMatchedOrProposedByThePassMeantForItAndIsNoBreak() throws IOException {
    List<LocalDate> dates =
        csv(clerk("recon", "run", "--recon", "cash-bank", "--from", FIRST_DAY, "--format", "csv"))
            .stream()
            .map(r -> LocalDate.parse(r.get("run_date")))
            .toList();
    assertThat(dates).hasSize(5);
    List<Map<String, String>> expected = expectedMatches();
    assertThat(expected)
        .extracting(m -> m.get("kind"))
        .contains(
            "NETTED",
            "BANK_REFERENCE_ONLY",
            "COUNTERPARTY_ALIAS",
            "VALUE_DATE_OFF",
            "AMOUNT_CENTS_OFF");
    Map<String, CashReconPasses.Outcome> outcomes = CashReconPasses.of(workspace, dates);
    for (Map<String, String> m : expected) {
      String where = m.get("file") + ":" + m.get("line");
      boolean proposing = m.get("pass").equals(BuiltInRecons.PASS_COUNTERPARTY);
      assertThat(outcomes.get(where))
          .as("%s %s", m.get("kind"), where)
          .isEqualTo(new CashReconPasses.Outcome(m.get("pass"), proposing));
    }
    Set<String> messy = new HashSet<>();
    expected.forEach(m -> messy.add(m.get("file") + ":" + m.get("line")));
    assertThat(breaks("--recon", "cash-bank"))
        .as("no messy entry that agrees is a break")
        .noneMatch(b -> messy.contains(b.get("source_file") + ":" + b.get("source_line")));
  }

  @Test
  @Order(2)
  void aClerkAssignsABreakAndALaterRunKeepsItsWorkAndClosesWhatItNoLongerFinds()
      throws IOException {
    Map<String, String> mismatch =
        breaks("--recon", "positions-custody").stream()
            .filter(b -> b.get("kind").equals("FIELD_MISMATCH"))
            .findFirst()
            .orElseThrow();
    String id = mismatch.get("break_id");
    Run assigned =
        clerk(
            "recon",
            "assign",
            id,
            "--to",
            "clerk",
            "--comment",
            "custodian lags a corporate action");
    assertThat(assigned.exitCode()).as(assigned.err()).isZero();
    assertThat(assigned.out()).contains("INVESTIGATING", "owned by clerk");

    Run again =
        clerk("recon", "run", "--recon", "positions-custody", "--date", mismatch.get("run_date"));
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(breakNumber(id))
        .containsEntry("state", "INVESTIGATING")
        .containsEntry("owner", "clerk")
        .containsEntry("comment", "custodian lags a corporate action");

    // a run that no longer finds a break closes it: here the books catch up with the custodian
    Run reopen = clerk("recon", "resolve", id, "--reason", "timing");
    assertThat(reopen.exitCode()).as(reopen.err()).isZero();
    assertThat(breakNumber(id))
        .containsEntry("state", "RESOLVED")
        .containsEntry("reason", "TIMING");
    Run rerun =
        clerk("recon", "run", "--recon", "positions-custody", "--date", mismatch.get("run_date"));
    assertThat(rerun.exitCode()).as(rerun.err()).isZero();
    assertThat(breakNumber(id))
        .as("still broken: resolving did not make the books agree, so it is open again")
        .containsEntry("state", "OPEN");
  }

  @Test
  @Order(3)
  void aWriteOffAboveTheLimitWaitsForTheAccountantAndOneBelowItTakesEffectAtOnce()
      throws IOException {
    Map<String, String> large =
        breaks("--recon", "cash-bank").stream()
            .filter(b -> b.get("kind").equals("MISSING_THEIRS"))
            .filter(b -> new BigDecimal(b.get("amount")).compareTo(new BigDecimal("50")) > 0)
            .findFirst()
            .orElseThrow();
    Run asked =
        clerk(
            "recon",
            "write-off",
            large.get("break_id"),
            "--reason",
            "COUNTERPARTY_ERROR",
            "--comment",
            "bank confirms it will not book it");
    assertThat(asked.exitCode()).as(asked.err()).isZero();
    Matcher request = Pattern.compile("request (\\d+) waits").matcher(asked.out());
    assertThat(request.find()).as(asked.out()).isTrue();
    assertThat(breakNumber(large.get("break_id"))).containsEntry("state", "OPEN");

    Run ownApproval = clerk("approvals", "approve", request.group(1));
    assertThat(ownApproval.exitCode()).isEqualTo(1);
    Run approved = as("accountant", "approvals", "approve", request.group(1));
    assertThat(approved.exitCode()).as(approved.err()).isZero();
    assertThat(breakNumber(large.get("break_id")))
        .containsEntry("state", "WRITTEN_OFF")
        .containsEntry("reason", "COUNTERPARTY_ERROR")
        .containsEntry("comment", "bank confirms it will not book it");

    Map<String, String> small =
        breaks().stream()
            .filter(b -> !b.get("break_id").equals(large.get("break_id")))
            .filter(b -> new BigDecimal(b.get("amount")).compareTo(new BigDecimal("50")) <= 0)
            .filter(b -> b.get("recon").equals("cash-bank"))
            .findFirst()
            .orElseThrow();
    Run at = clerk("recon", "write-off", small.get("break_id"), "--reason", "bank_charges");
    assertThat(at.exitCode()).as(at.err()).isZero();
    assertThat(at.out()).contains("WRITTEN_OFF");

    Run trail = as("compliance", "audit", "list", "--entity", "ReconBreak");
    assertThat(trail.exitCode()).as(trail.err()).isZero();
    assertThat(trail.out())
        .contains("break written off: COUNTERPARTY_ERROR", "break written off: BANK_CHARGES");
  }

  @Test
  @Order(4)
  void aSecondClerkActingOnAStaleBreakIsToldWhoChangedItAndNothingIsOverwritten()
      throws IOException {
    Map<String, String> open = breaks().get(0);
    String id = open.get("break_id");
    String seen = open.get("version");
    Run first = clerk("recon", "comment", id, "broker called back", "--version", seen);
    assertThat(first.exitCode()).as(first.err()).isZero();

    // the second decided on the version both saw (the demo has one clerk: the same user twice)
    Run second = clerk("recon", "assign", id, "--to", "admin", "--version", seen);
    assertThat(second.exitCode()).isEqualTo(1);
    assertThat(second.err()).contains("Break " + id + " was changed by clerk", "look at it again");
    assertThat(breakNumber(id))
        .containsEntry("comment", "broker called back")
        .containsEntry("owner", open.get("owner"));

    Run badReason = clerk("recon", "resolve", id, "--reason", "GREMLINS");
    assertThat(badReason.exitCode()).isEqualTo(1);
    assertThat(badReason.err()).contains("'GREMLINS' is not a break reason", "BOOKING_ERROR");
  }

  @Test
  @Order(5)
  void theOpenBreaksReportListsWhatReconBreaksListsInExcel() throws IOException {
    Map<String, Map<String, String>> listed = new HashMap<>();
    breaks().forEach(b -> listed.put(b.get("break_id"), b));
    Path workbook = shared.resolve("open-breaks.xlsx");
    Run excel = clerk("report", "run", "open-breaks", "--out", workbook.toString());
    assertThat(excel.exitCode()).as(excel.err()).isZero();

    Map<String, Row> reported = new HashMap<>();
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
      assertThat(book.getSheet("Aging buckets").getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("0");
      Sheet list = book.getSheet("Breaks");
      assertThat(list.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Break");
      for (Row row : list) {
        Cell id = row.getCell(1);
        if (row.getRowNum() > 0 && id != null && id.getCellType() == CellType.NUMERIC) {
          reported.put(Long.toString((long) id.getNumericCellValue()), row);
        }
      }
    }
    assertThat(listed).isNotEmpty();
    assertThat(reported.keySet()).isEqualTo(listed.keySet());
    reported.forEach(
        (id, row) -> {
          assertThat(row.getCell(3).getStringCellValue())
              .as(id)
              .isEqualTo(listed.get(id).get("state"));
          assertThat((long) row.getCell(9).getNumericCellValue())
              .as(id)
              .isEqualTo(Long.parseLong(listed.get(id).get("age_business_days")));
        });
  }

  @Test
  @Order(6)
  void aClerkMatchesABreaksRecordsByHandAndLaterRunsKeepTheMatch() throws IOException {
    List<Map<String, String>> open = breaks("--recon", "trades-confirmations");
    Map<String, String> ours =
        open.stream()
            .filter(b -> b.get("kind").equals("MISSING_THEIRS"))
            .filter(
                b ->
                    open.stream()
                        .anyMatch(
                            d ->
                                d.get("kind").equals("DUPLICATE_THEIRS")
                                    && d.get("run_date").equals(b.get("run_date"))))
            .findFirst()
            .orElseThrow();
    Map<String, String> theirs =
        open.stream()
            .filter(d -> d.get("kind").equals("DUPLICATE_THEIRS"))
            .filter(d -> d.get("run_date").equals(ours.get("run_date")))
            .findFirst()
            .orElseThrow();

    Run refused = clerk("recon", "match", ours.get("break_id"), ours.get("break_id"));
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("needs records on both sides");

    Run matched =
        clerk(
            "recon",
            "match",
            ours.get("break_id"),
            theirs.get("break_id"),
            "--comment",
            "the broker quoted the wrong execution id");
    assertThat(matched.exitCode()).as(matched.err()).isZero();
    assertThat(matched.out()).contains("ran again", "2 closed");
    assertThat(breakNumber(ours.get("break_id"))).containsEntry("state", "CLOSED");
    assertThat(breakNumber(theirs.get("break_id"))).containsEntry("state", "CLOSED");
    Map<String, String> kept =
        breaks("--all").stream()
            .filter(b -> b.get("pass").equals("manual"))
            .findFirst()
            .orElseThrow();
    assertThat(kept)
        .containsEntry("kind", "MATCHED_WITH_DIFFERENCE")
        .containsEntry("ours", ours.get("ours"))
        .containsEntry("theirs", theirs.get("theirs"));
    assertThat(kept.get("fields")).contains("reference");

    Run again =
        clerk("recon", "run", "--recon", "trades-confirmations", "--date", ours.get("run_date"));
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(breakNumber(ours.get("break_id")))
        .as("a later run keeps the match")
        .containsEntry("state", "CLOSED");
    Run trail = as("compliance", "audit", "list", "--entity", "ReconDecision");
    assertThat(trail.out()).contains("records matched by hand: " + ours.get("ours"));
  }

  @Test
  @Order(7)
  void theBanksSpellingsOfTheCounterpartiesAreStoredAliasesAClerkKeeps() throws IOException {
    List<Map<String, String>> seeded = csv(clerk("recon", "alias", "list", "--format", "csv"));
    assertThat(seeded)
        .contains(
            Map.of(
                "table", "counterparty names",
                "alias", "GRANITE STREET SECS LLC",
                "canonical", "GSX"));

    Run unknown = clerk("recon", "alias", "add", "counterparty names", "ACME BROKING", "ACME");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("There is no counterparty with code 'ACME'");
    Run viewer = as("compliance", "recon", "alias", "add", "counterparty names", "GS SEC", "GSX");
    assertThat(viewer.exitCode()).isEqualTo(1);

    Run added = clerk("recon", "alias", "add", "counterparty names", "GRANITE ST SEC", "gsx");
    assertThat(added.exitCode()).as(added.err()).isZero();
    assertThat(added.out()).contains("stands for GSX");
    assertThat(csv(clerk("recon", "alias", "list", "--format", "csv")))
        .contains(
            Map.of("table", "counterparty names", "alias", "GRANITE ST SEC", "canonical", "GSX"));
    Run removed = clerk("recon", "alias", "remove", "counterparty names", "GRANITE ST SEC");
    assertThat(removed.exitCode()).as(removed.err()).isZero();
    assertThat(csv(clerk("recon", "alias", "list", "--format", "csv")))
        .extracting(a -> a.get("alias"))
        .doesNotContain("GRANITE ST SEC");
    Run again = clerk("recon", "alias", "remove", "counterparty names", "GRANITE ST SEC");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("There is no alias 'GRANITE ST SEC'");

    Run trail = as("compliance", "audit", "list", "--entity", "ReconAlias");
    assertThat(trail.exitCode()).as(trail.err()).isZero();
    assertThat(trail.out())
        .contains(
            "recon alias 'GRANITE ST SEC' stands for GSX", "recon alias 'GRANITE ST SEC' removed");
  }

  @Test
  @Order(8)
  void aClerkUndoesAMatchWithADifferenceAndItsRecordsStayBreaksInLaterRuns() throws IOException {
    Map<String, String> match =
        breaks("--all", "--recon", "trades-confirmations").stream()
            .filter(b -> b.get("kind").equals("MATCHED_WITH_DIFFERENCE"))
            .filter(b -> !b.get("pass").equals("manual"))
            .findFirst()
            .orElseThrow();
    String id = match.get("break_id");
    Map<String, String> openBreak = breaks("--recon", "trades-confirmations").get(0);

    Run notAMatch = clerk("recon", "unmatch", openBreak.get("break_id"));
    assertThat(notAMatch.exitCode()).isEqualTo(1);
    assertThat(notAMatch.err()).contains("only matches (kind MATCHED_WITH_DIFFERENCE) are taken");
    Run viewer = as("compliance", "recon", "unmatch", id);
    assertThat(viewer.exitCode()).isEqualTo(1);
    assertThat(viewer.err()).contains("WORK_RECONCILIATIONS");

    Run undone =
        clerk("recon", "unmatch", id, "--comment", "the broker confirmed another order's fill");
    assertThat(undone.exitCode()).as(undone.err()).isZero();
    assertThat(undone.out())
        .contains(
            "Unmatched " + id + "; ran again: trades-confirmations for " + match.get("run_date"));
    Run second = clerk("recon", "unmatch", id);
    assertThat(second.exitCode()).as("a second clerk undoing it is told").isEqualTo(1);
    assertThat(second.err()).contains("There is no break " + id);

    Run again =
        clerk("recon", "run", "--recon", "trades-confirmations", "--date", match.get("run_date"));
    assertThat(again.exitCode()).as(again.err()).isZero();
    List<Map<String, String>> after = breaks("--all", "--recon", "trades-confirmations");
    assertThat(after)
        .as("no pass pairs them again: each record is the break it is")
        .noneMatch(
            b ->
                b.get("ours").equals(match.get("ours"))
                    && b.get("theirs").equals(match.get("theirs")))
        .anySatisfy(
            b -> {
              assertThat(b.get("kind")).isEqualTo("MISSING_THEIRS");
              assertThat(b.get("ours")).isEqualTo(match.get("ours"));
              assertThat(b.get("state")).isEqualTo("OPEN");
            })
        .anySatisfy(
            b -> {
              assertThat(b.get("theirs")).isEqualTo(match.get("theirs"));
              assertThat(b.get("ours")).isEmpty();
            });
    Run trail = as("compliance", "audit", "list", "--entity", "ReconDecision");
    assertThat(trail.out())
        .contains("match undone (" + match.get("pass") + "): " + match.get("ours"))
        .contains("the broker confirmed another order's fill");
  }
}
