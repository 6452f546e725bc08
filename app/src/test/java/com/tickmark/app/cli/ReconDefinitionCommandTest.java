package com.tickmark.app.cli;

import static com.tickmark.app.cli.TickmarkCommandTest.AS_DEMO_USER;
import static com.tickmark.app.cli.TickmarkCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.cli.TickmarkCommandTest.Run;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tickmark recon definition show|set|reset} on a small demo firm, then the proposals a
 * changed definition makes reviewed with {@code recon accept|reject}: an administrator makes the
 * trades recon's execution-id pass only propose, a clerk's run lists its proposals, accepts two and
 * rejects one, whose records are then the breaks they are; reset puts the recon back as shipped.
 * Every change in the audit trail.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReconDefinitionCommandTest {
  static final String DATE = "2025-11-20";
  static final String TRADES = "trades-confirmations";

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
            "2",
            "--trades-per-day",
            "60",
            "--history-days",
            "30",
            "--business-date",
            DATE,
            "--seed",
            "5");
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

  static Path write(String name, String text) throws IOException {
    return Files.writeString(shared.resolve(name), text);
  }

  static String shipped() {
    Run show = as("admin", "recon", "definition", "show", TRADES);
    assertThat(show.exitCode()).as(show.err()).isZero();
    return show.out();
  }

  @Test
  @Order(1)
  void showPrintsTheShippedSettingsAsJsonToEdit() {
    Run show = as("clerk", "recon", "definition", "show", TRADES);

    assertThat(show.exitCode()).as(show.err()).isZero();
    assertThat(show.out())
        .contains("\"title\" : \"Trades against broker confirmations\"")
        .contains("\"name\" : \"execution id\"", "\"name\" : \"order block\"")
        .contains("\"cardinality\" : \"MANY_TO_ONE\"", "\"mode\" : \"AUTO\"")
        .contains("\"aliases\" : [ \"instrument\" ]");
    assertThat(show.err()).contains("version 0 (as shipped)");
  }

  @Test
  @Order(2)
  void settingsThatDoNotFitAreRefusedNamingWhatAndNothingChanges() throws IOException {
    String json = shipped();
    Path typo = write("typo.json", json.replace("\"side\"", "\"sied\""));
    Path broken = write("broken.json", json.replace("\"mode\" : \"AUTO\"", "\"mode\" : AUTO"));
    Path proposing = write("proposing.json", json);

    Run clerk =
        as("clerk", "recon", "definition", "set", TRADES, proposing.toString(), "--version", "0");
    Run misnamed =
        as("admin", "recon", "definition", "set", TRADES, typo.toString(), "--version", "0");
    Run unreadable =
        as("admin", "recon", "definition", "set", TRADES, broken.toString(), "--version", "0");

    assertThat(clerk.exitCode()).isEqualTo(1);
    assertThat(clerk.err()).contains("MANAGE_REFERENCE_DATA");
    assertThat(misnamed.exitCode()).isEqualTo(1);
    assertThat(misnamed.err())
        .contains("Pass execution id of recon " + TRADES + " names sied, not a field of it");
    assertThat(unreadable.exitCode()).isEqualTo(1);
    assertThat(unreadable.err())
        .startsWith("tickmark: " + broken + ":")
        .containsPattern(":\\d+: Unrecognized token 'AUTO'");
    assertThat(as("admin", "recon", "definition", "show", TRADES).err()).contains("version 0");
  }

  @Test
  @Order(3)
  void aPassMadeToProposeLeavesItsMatchesForAClerkToAcceptOrReject() throws IOException {
    String json = shipped();
    int at = json.indexOf("\"mode\" : \"AUTO\""); // the first pass's: execution id
    Path proposing =
        write(
            "proposing.json",
            json.substring(0, at) + "\"mode\" : \"PROPOSE\"" + json.substring(at + 15));

    Run set =
        as("admin", "recon", "definition", "set", TRADES, proposing.toString(), "--version", "0");
    Run stale =
        as("admin", "recon", "definition", "set", TRADES, proposing.toString(), "--version", "0");

    assertThat(set.exitCode()).as(set.err()).isZero();
    assertThat(set.out()).contains("execution id, proposes", "version 1");
    assertThat(stale.exitCode()).isEqualTo(1);
    assertThat(stale.err()).contains("changed meanwhile (now version 1)");

    Run ran = as("clerk", "recon", "run", "--recon", TRADES, "--date", DATE);
    assertThat(ran.exitCode()).as(ran.err()).isZero();
    List<Map<String, String>> proposals =
        csv(as("clerk", "recon", "breaks", "--proposals", "--format", "csv"));
    assertThat(proposals)
        .hasSizeGreaterThan(3)
        .allSatisfy(
            p -> {
              assertThat(p.get("kind")).isEqualTo("PROPOSED_MATCH");
              assertThat(p.get("pass")).isEqualTo("execution id");
              assertThat(p.get("state")).isEqualTo("OPEN");
            });

    Run accepted =
        as(
            "clerk",
            "recon",
            "accept",
            proposals.get(0).get("break_id"),
            proposals.get(1).get("break_id"),
            "--comment",
            "checked against the broker's portal");
    Run rejected = as("clerk", "recon", "reject", proposals.get(2).get("break_id"));

    assertThat(accepted.exitCode()).as(accepted.err()).isZero();
    assertThat(accepted.out())
        .startsWith("Accepted proposed matches ")
        .contains(TRADES + " for " + DATE);
    assertThat(rejected.exitCode()).as(rejected.err()).isZero();
    assertThat(csv(as("clerk", "recon", "breaks", "--proposals", "--format", "csv")))
        .hasSize(proposals.size() - 3);
    String rejectedTrade = proposals.get(2).get("ours");
    assertThat(csv(as("clerk", "recon", "breaks", "--recon", TRADES, "--format", "csv")))
        .as("the rejected proposal's trade is a break of its own now")
        .anySatisfy(
            b -> {
              assertThat(b.get("kind")).isEqualTo("MISSING_THEIRS");
              assertThat(b.get("ours")).isEqualTo(rejectedTrade);
            });
    Run again = as("clerk", "recon", "run", "--recon", TRADES, "--date", DATE);
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(csv(as("clerk", "recon", "breaks", "--proposals", "--format", "csv")))
        .as("a later run keeps the decisions")
        .hasSize(proposals.size() - 3);
    Run refused = as("clerk", "recon", "accept", proposals.get(2).get("break_id"));
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("There is no break " + proposals.get(2).get("break_id"));
  }

  @Test
  @Order(4)
  void resetPutsTheReconBackAsShippedAndEveryChangeIsAudited() throws IOException {
    Run reset = as("admin", "recon", "definition", "reset", TRADES);

    assertThat(reset.exitCode()).as(reset.err()).isZero();
    assertThat(as("admin", "recon", "definition", "show", TRADES).err())
        .contains("version 0 (as shipped)");
    List<Map<String, String>> audit =
        csv(as("admin", "audit", "list", "--entity", "ReconDefinition", "--format", "csv"));
    assertThat(audit)
        .as("newest first, each with the settings before and after")
        .extracting(a -> a.get("reason"))
        .containsExactly(
            "recon " + TRADES + " settings put back as shipped",
            "recon " + TRADES + " settings changed (version 1)");
    assertThat(audit)
        .allSatisfy(
            a -> {
              assertThat(a.get("user")).isEqualTo("admin");
              assertThat(a.get("entity_id")).isEqualTo(TRADES);
              assertThat(a.get("action")).isEqualTo("CONFIGURE");
              assertThat(a.get("at")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
            });
    assertThat(audit.get(1).get("before")).contains("\"mode\":\"AUTO\"");
    assertThat(audit.get(1).get("after")).contains("\"mode\":\"PROPOSE\"");
    Run decisions = as("admin", "audit", "list", "--entity", "ReconDecision");
    assertThat(decisions.out())
        .contains(
            "proposed match accepted (execution id)", "proposed match rejected (execution id)");
  }
}
