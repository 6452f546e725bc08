package com.tickmark.app.cli;

import static com.tickmark.app.cli.TickmarkCommandTest.AS_DEMO_USER;
import static com.tickmark.app.cli.TickmarkCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.cli.TickmarkCommandTest.Run;
import com.tickmark.model.demo.inbox.Csv;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.Lei;
import com.tickmark.model.trade.TradeId;
import com.tickmark.persistence.Repositories;
import com.tickmark.persistence.trade.TradeRepositories;
import com.tickmark.persistence.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tickmark refdata}: reference data from the command line, on a small demo firm. */
class RefdataCommandTest {
  @TempDir static Path shared;
  static Path template;
  @TempDir Path tmp;

  static final String NEW_LEI = Lei.withCheckDigits("5493000KBC00000000").value();

  @BeforeAll
  static void makeTemplate() {
    template = shared.resolve("template");
    Run r =
        run(
            "demo",
            "--workspace",
            template.toString(),
            "--days",
            "1",
            "--trades-per-day",
            "20",
            "--history-days",
            "30",
            "--business-date",
            "2025-11-20",
            "--seed",
            "7");
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  private String copyOfDemo() throws IOException {
    Path target = tmp.resolve("ws");
    try (Stream<Path> paths = Files.walk(template)) {
      for (Path p : paths.toList()) {
        Path to = target.resolve(template.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else if (!p.getFileName().toString().equals("workspace.lock")) {
          Files.copy(p, to);
        }
      }
    }
    return target.toString();
  }

  /** {@code refdata ARGS...} in workspace {@code w} as {@code user}. */
  private static Run refdata(String w, String user, String... args) {
    List<String> all = new ArrayList<>(List.of("refdata"));
    all.addAll(List.of(args));
    all.addAll(List.of("--workspace", w, "--user", user));
    return run(AS_DEMO_USER, all.toArray(String[]::new));
  }

  private static List<Counterparty> counterparties(String w) {
    try (Workspace ws = Workspace.open(Path.of(w))) {
      return Repositories.of(ws).referenceData().counterparties();
    }
  }

  @Test
  void listWritesEveryItemInUseAsATableOrAsCsv() throws IOException {
    String w = copyOfDemo();
    List<Counterparty> all = counterparties(w);

    Run csv = refdata(w, "viewer", "list", "counterparties", "--format", "csv");

    assertThat(csv.exitCode()).as(csv.err()).isZero();
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("code,name,role,lei,bic,country,retired");
    assertThat(lines).hasSize(all.size() + 1);
    Counterparty first = all.stream().min((a, b) -> a.code().compareTo(b.code())).orElseThrow();
    assertThat(lines.get(1))
        .isEqualTo(
            Csv.line(
                first.code(),
                first.name(),
                first.role().name(),
                first.lei().value(),
                first.bic().value(),
                first.country(),
                "no"));

    Run table = refdata(w, "viewer", "list", "instrument");
    assertThat(table.out().lines().findFirst().orElseThrow())
        .startsWith("SYMBOL")
        .contains("ISIN", "MIC", "SETTLEMENT", "RETIRED");
  }

  @Test
  void anAdministratorAddsEditsAndRetiresACounterpartyAndEveryStepIsAudited() throws IOException {
    String w = copyOfDemo();
    int before = counterparties(w).size();

    Run added =
        refdata(
            w,
            "admin",
            "add",
            "counterparty",
            "code=KBC",
            "name=Kestrel Brokerage Corp",
            "role=broker",
            "lei=" + NEW_LEI,
            "bic=KBCOUS33",
            "country=US",
            "--reason",
            "new executing broker");
    assertThat(added.exitCode()).as(added.err()).isZero();
    assertThat(added.out()).contains("Added counterparty KBC.");

    Run renamed =
        refdata(
            w,
            "admin",
            "edit",
            "counterparty",
            "KBC",
            "name=Kestrel Brokerage LLC",
            "--reason",
            "legal form");
    assertThat(renamed.out())
        .contains("Changed counterparty KBC: name Kestrel Brokerage Corp → Kestrel Brokerage LLC.");

    Run retired = refdata(w, "admin", "retire", "counterparty", "kbc", "--reason", "closed");
    assertThat(retired.out()).contains("Retired counterparty KBC.");
    assertThat(refdata(w, "admin", "list", "counterparty", "--format", "csv").out())
        .as("retired: not listed by default")
        .doesNotContain("KBC");
    assertThat(refdata(w, "admin", "list", "counterparty", "--all", "--format", "csv").out())
        .contains("KBC,Kestrel Brokerage LLC,BROKER," + NEW_LEI + ",KBCOUS33,US,yes");
    assertThat(counterparties(w)).as("kept, not deleted").hasSize(before + 1);

    Run audit =
        run(
            AS_DEMO_USER,
            "audit",
            "list",
            "--entity",
            "Counterparty",
            "--id",
            "KBC",
            "--workspace",
            w,
            "--user",
            "compliance");
    assertThat(audit.out()).contains("CREATE", "AMEND", "STATUS_CHANGE", "new executing broker");
  }

  @Test
  void badInputIsAUserErrorWithASentenceAndNothingIsWritten() throws IOException {
    String w = copyOfDemo();
    String wrongLei = NEW_LEI.substring(0, 18) + (NEW_LEI.endsWith("99") ? "98" : "99");

    Run badLei =
        refdata(
            w,
            "admin",
            "add",
            "counterparty",
            "code=KBC",
            "name=Kestrel",
            "role=BROKER",
            "lei=" + wrongLei,
            "bic=KBCO",
            "--reason",
            "new broker");
    assertThat(badLei.exitCode()).isEqualTo(1);
    assertThat(badLei.err())
        .contains(
            "tickmark: lei: check digits are wrong, expected "
                + NEW_LEI.substring(18)
                + " (ISO 7064 mod 97-10); bic: must be 8 or 11 characters");

    Run unknownKind = refdata(w, "admin", "list", "trades");
    assertThat(unknownKind.exitCode()).isEqualTo(1);
    assertThat(unknownKind.err()).contains("'trades' is not a kind of reference data");

    Run unknownField = refdata(w, "admin", "edit", "book", "NOPE", "colour=red", "--reason", "x");
    assertThat(unknownField.exitCode()).isEqualTo(1);
    assertThat(unknownField.err()).contains("'colour' is not a field of books");

    Run nothing = refdata(w, "admin", "edit", "book", "X", "--reason", "x");
    assertThat(nothing.exitCode()).isEqualTo(1);
    assertThat(nothing.err()).contains("Say what to change");

    Run clerk = refdata(w, "clerk", "retire", "calendar", "XNYS", "--reason", "clerks may not");
    assertThat(clerk.exitCode()).isEqualTo(1);
    assertThat(clerk.err()).contains("MANAGE_REFERENCE_DATA");
    assertThat(counterparties(w).stream().map(Counterparty::code)).doesNotContain("KBC");
  }

  @Test
  void changingATradedInstrumentOrABrokersLeiWaitsForASecondAdministrator() throws IOException {
    String w = copyOfDemo();
    String symbol;
    String broker;
    try (Workspace ws = Workspace.open(Path.of(w))) {
      var trade = TradeRepositories.of(ws).trades().find(new TradeId(1)).orElseThrow();
      var refdata = Repositories.of(ws).referenceData();
      symbol =
          refdata.instruments().stream()
              .filter(i -> i.id().equals(trade.instrumentId()))
              .findFirst()
              .orElseThrow()
              .symbol();
      broker =
          refdata.counterparties().stream()
              .filter(c -> c.role() == CounterpartyRole.BROKER)
              .findFirst()
              .orElseThrow()
              .code();
    }

    Run request =
        refdata(
            w,
            "admin",
            "edit",
            "instrument",
            symbol,
            "name=Renamed Holdings",
            "--reason",
            "corporate action");
    assertThat(request.exitCode()).as(request.err()).isZero();
    assertThat(request.out())
        .contains("Request #1 is waiting for a second administrator's approval")
        .contains("(trades name it)");
    Run leiRequest =
        refdata(
            w, "admin", "edit", "counterparty", broker, "lei=" + NEW_LEI, "--reason", "reissued");
    assertThat(leiRequest.out()).contains("Request #2 is waiting");

    Run own = run(AS_DEMO_USER, "approvals", "approve", "1", "--workspace", w, "--user", "admin");
    assertThat(own.exitCode()).isEqualTo(1);
    assertThat(own.err()).contains("yourself");
    Map<String, String> env = new HashMap<>(AS_DEMO_USER);
    env.put(UserCommand.NEW_PASSWORD_VARIABLE, "second-admin-9");
    assertThat(
            run(env, "user", "add", "alex2", "--role", "ADMIN", "--workspace", w, "--user", "admin")
                .exitCode())
        .isZero();
    Map<String, String> asSecond = Map.of(Session.PASSWORD_VARIABLE, "second-admin-9");
    for (String id : List.of("1", "2")) {
      Run approved = run(asSecond, "approvals", "approve", id, "--workspace", w, "--user", "alex2");
      assertThat(approved.exitCode()).as(approved.err()).isZero();
    }

    assertThat(refdata(w, "viewer", "show", "instrument", symbol).out())
        .contains("name           Renamed Holdings");
    assertThat(refdata(w, "viewer", "show", "counterparty", broker).out())
        .contains("lei            " + NEW_LEI);
  }

  @Test
  void theDemoFirmsSsisListAsCsvWithCodesNotIds() throws IOException {
    String w = copyOfDemo();

    Run csv = refdata(w, "viewer", "list", "ssi", "--format", "csv");

    assertThat(csv.exitCode()).as(csv.err()).isZero();
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "code,counterparty,asset-class,currency,country,place-of-settlement,"
                + "our-custody-account,our-cash-account,agent-bic,their-account,retired");
    assertThat(lines).hasSize(41);
    assertThat(lines)
        .contains("GSX-EQ-US,GSX,EQUITY,USD,US,DTCYUS33,CUST-US,CASH-USD,GRSTUS33,DTC 0359,no")
        .anyMatch(l -> l.matches("LWB-FX-EUR,LWB,FX_SPOT,EUR,,,,CASH-EUR,MKCLDEFF,DE\\d{20},no"));
    assertThat(refdata(w, "viewer", "show", "SSIs", "gsx-eq-de").out())
        .contains("place-of-settlement DAKVDEFF", "our-custody-account CUST-UKEU");
  }

  @Test
  void anSsiIsAddedOnlyWithASecondAdministratorAndRetiredAtOnce() throws IOException {
    String w = copyOfDemo();

    Run added =
        refdata(
            w,
            "admin",
            "add",
            "ssi",
            "code=GSX-EQ-ANY",
            "counterparty=GSX",
            "asset-class=EQUITY",
            "currency=USD",
            "place-of-settlement=DTCYUS33",
            "our-custody-account=CUST-US",
            "our-cash-account=CASH-USD",
            "agent-bic=HBCLUS33",
            "their-account=DTC 0777",
            "--reason",
            "fallback for other markets");
    assertThat(added.exitCode()).as(added.err()).isZero();
    assertThat(added.out())
        .startsWith(
            "Request #1 is waiting for a second administrator's approval: Add SSI GSX-EQ-ANY");
    assertThat(refdata(w, "viewer", "list", "ssi").out()).doesNotContain("GSX-EQ-ANY");

    Run clash =
        refdata(
            w,
            "admin",
            "edit",
            "ssi",
            "GSX-EQ-GB",
            "country=US",
            "currency=USD",
            "our-cash-account=CASH-USD",
            "--reason",
            "mistake");
    assertThat(clash.exitCode()).isEqualTo(1);
    assertThat(clash.err())
        .contains("country: GSX-EQ-US already settles GSX's EQUITY trades in USD in US");

    Run retired = refdata(w, "admin", "retire", "ssi", "GSX-EQ-NL", "--reason", "no NL trading");
    assertThat(retired.exitCode()).as(retired.err()).isZero();
    assertThat(retired.out()).isEqualTo("Retired SSI GSX-EQ-NL." + System.lineSeparator());
    assertThat(refdata(w, "viewer", "list", "ssi", "--format", "csv").out())
        .doesNotContain("GSX-EQ-NL");
  }

  @Test
  void aCalendarsHolidaysAreEditedWithIsoDates() throws IOException {
    String w = copyOfDemo();
    Run added =
        refdata(
            w,
            "admin",
            "edit",
            "calendar",
            "XNYS",
            "--add-holiday",
            "2026-12-24=Christmas Eve",
            "--reason",
            "declared a holiday");
    assertThat(added.exitCode()).as(added.err()).isZero();
    assertThat(added.out()).contains("Added 2026-12-24 Christmas Eve to calendar XNYS.");
    assertThat(refdata(w, "viewer", "show", "calendar", "XNYS", "--year", "2026").out())
        .contains("2026-12-24 THU Christmas Eve", "2026-12-25 FRI Christmas Day");

    Run badDate =
        refdata(
            w,
            "admin",
            "edit",
            "calendar",
            "XNYS",
            "--remove-holiday",
            "24/12/2026",
            "--reason",
            "x");
    assertThat(badDate.exitCode()).isEqualTo(1);
    assertThat(badDate.err()).contains("24/12/2026");
  }
}
