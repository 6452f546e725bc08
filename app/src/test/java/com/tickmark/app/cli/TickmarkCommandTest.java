package com.tickmark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.Main;
import com.tickmark.app.demo.DemoFirmInstaller;
import com.tickmark.app.demo.DemoUsers;
import com.tickmark.model.demo.inbox.FaultManifest;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.persistence.Repositories;
import com.tickmark.persistence.trade.TradeRepositories;
import com.tickmark.persistence.workspace.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TickmarkCommandTest {
  @TempDir static Path shared;
  static Path template;
  @TempDir Path tmp;

  static final Map<String, String> AS_DEMO_USER =
      Map.of(Session.PASSWORD_VARIABLE, DemoUsers.PASSWORD);

  record Run(int exitCode, String out, String err) {}

  static Run run(Map<String, String> env, Consumer<Path> gui, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        TickmarkCommand.execute(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            gui);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(Map<String, String> env, String... args) {
    return run(
        env,
        p -> {
          throw new AssertionError("the GUI must not start for " + List.of(args));
        },
        args);
  }

  static Run run(String... args) {
    return run(Map.of(), args);
  }

  /** One small demo workspace, made once through the CLI and copied by the tests that need one. */
  @BeforeAll
  static void makeTemplate() {
    template = shared.resolve("template");
    Run r =
        run(
            "demo",
            "--workspace",
            template.toString(),
            "--days",
            "3",
            "--trades-per-day",
            "300",
            "--history-days",
            "60",
            "--business-date",
            "2025-11-20",
            "--seed",
            "7");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Demo firm", "business date    2025-11-20", "over 3 business days");
  }

  private Path copyOfDemo() throws IOException {
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
    return target;
  }

  @Test
  void printsItsVersion() {
    Run r = run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("Tickmark ");
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    Run r = run("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains(
            "demo",
            "info",
            "eod",
            "user",
            "approvals",
            "audit",
            "backup",
            "restore",
            "bench",
            "--workspace",
            "--user",
            "Exit codes");
  }

  @Test
  void anUnknownOptionIsAUserErrorWithAHint() {
    Run r = run("demo", "--dayz", "3");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("Unknown options: '--dayz'").contains("tickmark demo --help");
  }

  @Test
  void withoutACommandItOpensTheDesktopAppOnTheWorkspaceFromTheEnvironment() {
    List<Path> opened = new ArrayList<>();
    Run r = run(Map.of("TICKMARK_WORKSPACE", tmp.resolve("from-env").toString()), opened::add);
    assertThat(r.exitCode()).isZero();
    assertThat(opened).containsExactly(tmp.resolve("from-env"));

    opened.clear();
    run(
        Map.of("TICKMARK_WORKSPACE", tmp.resolve("from-env").toString()),
        opened::add,
        "--workspace",
        tmp.resolve("opt").toString());
    assertThat(opened)
        .as("--workspace wins over the environment")
        .containsExactly(tmp.resolve("opt"));
  }

  @Test
  void anUnexpectedFailureIsAnInternalErrorThatPointsAtTheLog() {
    Run r =
        run(
            Map.of(),
            p -> {
              throw new IllegalStateException("boom");
            },
            "--workspace",
            tmp.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("internal error")
        .contains("boom")
        .contains(tmp.resolve("logs").toString());
  }

  @Test
  void theDemoWorkspaceHoldsTheFirmItsInboxItsUsersAndTheFaultList() throws Exception {
    Path ws = copyOfDemo();
    try (Workspace w = Workspace.open(ws)) {
      Repositories r = Repositories.of(w);
      assertThat(r.settings().businessDate()).contains(LocalDate.of(2025, 11, 20));
      assertThat(TradeRepositories.of(w).trades().countByTradeDate())
          .hasSize(3)
          .containsKey(LocalDate.of(2025, 11, 20));
      assertThat(r.users().all())
          .extracting(u -> u.username())
          .containsExactlyInAnyOrder(
              "admin", "clerk", "accountant", "risk", "compliance", "viewer", "controller");
    }
    assertThat(ws.resolve("inbox/confirmations")).isDirectory();
    assertThat(FaultManifest.read(ws.resolve(DemoFirmInstaller.FAULT_MANIFEST))).isNotEmpty();

    Run info = run(AS_DEMO_USER, "info", "--workspace", ws.toString(), "--user", "viewer");
    assertThat(info.exitCode()).as(info.err()).isZero();
    assertThat(info.out()).contains("business date   2025-11-20").contains("users           7");
  }

  /**
   * Issue #11, point 12: {@code tickmark demo} left a stale {@code workspace.lock} behind, and H2's
   * "Database is already closed" in {@code tickmark.trace.db}. Run as a user runs it, in a process
   * of its own: in this JVM, a connection another test left open is reported, once collected, in
   * the trace of whichever database opens a connection next.
   */
  @Test
  void theDemoCommandLeavesNoLockFileAndNoDatabaseTraceBehind() throws Exception {
    Path ws = tmp.resolve("demo");
    Process demo =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Duser.home=" + tmp.resolve("home"),
                Main.class.getName(),
                "demo",
                "--workspace",
                ws.toString(),
                "--days",
                "1",
                "--trades-per-day",
                "50",
                "--history-days",
                "40",
                "--business-date",
                "2025-11-20")
            .redirectErrorStream(true)
            .start();
    String output = new String(demo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(demo.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(demo.exitValue()).as(output).isZero();
    assertThat(output).doesNotContain("already closed", "did not shut down cleanly");
    Path trace = ws.resolve("tickmark.trace.db");
    String traced = Files.exists(trace) ? Files.readString(trace) : "";
    try (Stream<Path> files = Files.list(ws)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains("tickmark.mv.db")
          .doesNotContain("workspace.lock", "workspace.server")
          .as(traced)
          .noneMatch(name -> name.endsWith(".trace.db"));
    }
  }

  @Test
  void demoNeverOverwritesAFirm() throws IOException {
    Run again =
        run(
            "demo",
            "--workspace",
            copyOfDemo().toString(),
            "--days",
            "1",
            "--business-date",
            "2025-11-20");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("already holds a firm");
  }

  @Test
  void demoRefusesImpossibleSizesWithAClearMessage() {
    Run r = run("demo", "--workspace", tmp.toString(), "--days", "0");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("Trading days must be between 1");
  }

  @Test
  void commandsActAsASignedInUser() throws IOException {
    Path ws = copyOfDemo();
    Run anonymous = run(AS_DEMO_USER, "info", "--workspace", ws.toString());
    assertThat(anonymous.exitCode()).isEqualTo(1);
    assertThat(anonymous.err()).contains("Say who you are: --user NAME");

    Run wrong =
        run(
            Map.of(Session.PASSWORD_VARIABLE, "not-the-password-1"),
            "info",
            "--workspace",
            ws.toString(),
            "--user",
            "clerk");
    assertThat(wrong.exitCode()).isEqualTo(1);
    assertThat(wrong.err()).contains("Wrong user name or password");

    Run noTerminal = run(Map.of(), "info", "--workspace", ws.toString(), "--user", "clerk");
    assertThat(noTerminal.exitCode()).isEqualTo(1);
    assertThat(noTerminal.err()).contains("give it in $TICKMARK_PASSWORD");
  }

  @Test
  void aClerkIsRefusedUserAdministrationWithTheReason() throws IOException {
    Path ws = copyOfDemo();
    Map<String, String> env = new HashMap<>(AS_DEMO_USER);
    env.put(UserCommand.NEW_PASSWORD_VARIABLE, "a-new-password-9");
    Run r =
        run(
            env,
            "user",
            "add",
            "mallory",
            "--role",
            "ADMIN",
            "--workspace",
            ws.toString(),
            "--user",
            "clerk");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("User clerk (CLERK) may not add").contains("MANAGE_USERS");
  }

  @Test
  void theIdleLockIsShownAndSetOnlyByAnAdministratorWithAReason() throws IOException {
    Path ws = copyOfDemo();
    String w = ws.toString();
    assertThat(run(AS_DEMO_USER, "user", "idle-lock", "--workspace", w, "--user", "clerk").out())
        .contains("The app locks after 15 minutes idle.");
    Run clerk =
        run(
            AS_DEMO_USER,
            "user",
            "idle-lock",
            "5",
            "--reason",
            "x",
            "--workspace",
            w,
            "--user",
            "clerk");
    assertThat(clerk.exitCode()).isEqualTo(1);
    assertThat(clerk.err()).contains("ADMINISTER_WORKSPACE");
    Run noReason = run(AS_DEMO_USER, "user", "idle-lock", "5", "--workspace", w, "--user", "admin");
    assertThat(noReason.exitCode()).isEqualTo(1);
    assertThat(noReason.err()).contains("Say why the idle lock changes with --reason.");
    Run set =
        run(
            AS_DEMO_USER,
            "user",
            "idle-lock",
            "5",
            "--reason",
            "trading floor",
            "--workspace",
            w,
            "--user",
            "admin");
    assertThat(set.out()).contains("The app now locks after 5 minutes idle.");
    assertThat(run(AS_DEMO_USER, "user", "idle-lock", "--workspace", w, "--user", "clerk").out())
        .contains("The app locks after 5 minutes idle.");
  }

  @Test
  void anAdministratorAddsAndDisablesUsersAndRoleChangesNeedASecondPerson() throws IOException {
    Path ws = copyOfDemo();
    String w = ws.toString();
    Map<String, String> env = new HashMap<>(AS_DEMO_USER);
    env.put(UserCommand.NEW_PASSWORD_VARIABLE, "a-new-password-9");
    assertThat(
            run(
                    env,
                    "user",
                    "add",
                    "nina",
                    "--role",
                    "CLERK",
                    "--name",
                    "Nina Kowalski",
                    "--workspace",
                    w,
                    "--user",
                    "admin")
                .out())
        .contains("Added nina (CLERK)");
    assertThat(run(env, "user", "list", "--workspace", w, "--user", "admin").out())
        .contains("nina", "Nina Kowalski", "active");

    Run request =
        run(
            env,
            "user",
            "set-roles",
            "nina",
            "--role",
            "CLERK",
            "--role",
            "ACCOUNTANT",
            "--reason",
            "month-end cover",
            "--workspace",
            w,
            "--user",
            "admin");
    assertThat(request.out()).contains("Request #1 is waiting for approval");
    Run own = run(env, "approvals", "approve", "1", "--workspace", w, "--user", "admin");
    assertThat(own.exitCode()).isEqualTo(1);
    assertThat(own.err()).contains("yourself; a different user must approve");
    Run checker =
        run(
            env,
            "approvals",
            "approve",
            "1",
            "--comment",
            "ok",
            "--workspace",
            w,
            "--user",
            "compliance");
    assertThat(checker.exitCode()).as(checker.err()).isZero();
    assertThat(run(env, "user", "list", "--workspace", w, "--user", "admin").out())
        .containsPattern("nina .*ACCOUNTANT,CLERK");

    assertThat(
            run(
                    env,
                    "user",
                    "disable",
                    "nina",
                    "--reason",
                    "left",
                    "--workspace",
                    w,
                    "--user",
                    "admin")
                .exitCode())
        .isZero();
    Map<String, String> asNina = Map.of(Session.PASSWORD_VARIABLE, "a-new-password-9");
    Run refused = run(asNina, "info", "--workspace", w, "--user", "nina");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("disabled");
  }

  @Test
  void endOfDayRollsTheBusinessDateForAnAccountantButNotForAClerk() throws IOException {
    Path ws = copyOfDemo();
    Run clerk = run(AS_DEMO_USER, "eod", "--workspace", ws.toString(), "--user", "clerk");
    assertThat(clerk.exitCode()).isEqualTo(1);
    assertThat(clerk.err()).contains("ROLL_BUSINESS_DATE");
    Run first = run(AS_DEMO_USER, "eod", "--workspace", ws.toString(), "--user", "accountant");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("Business date moved from 2025-11-20 to 2025-11-21.");
    assertThat(run(AS_DEMO_USER, "eod", "--workspace", ws.toString(), "--user", "accountant").out())
        .as("over the weekend")
        .contains("from 2025-11-21 to 2025-11-24.");
    assertThat(
            run(
                    AS_DEMO_USER,
                    "audit",
                    "list",
                    "--entity",
                    "BusinessDate",
                    "--workspace",
                    ws.toString(),
                    "--user",
                    "compliance")
                .out())
        .contains("accountant")
        .contains("2025-11-24");
  }

  /** An instrument, its latest close, a book and a broker of the demo firm. */
  record Fixture(String symbol, BigDecimal close, String book, String broker) {}

  private static Fixture tradeFixture(Path ws) {
    try (Workspace w = Workspace.open(ws)) {
      Repositories r = Repositories.of(w);
      var instrument =
          r.referenceData().instruments().stream()
              .filter(i -> i.symbol().equals("EUR/USD") == false && !i.isFx())
              .findFirst()
              .orElseThrow();
      var close =
          r.marketData()
              .latestPrice(instrument.id(), LocalDate.of(2025, 11, 20))
              .orElseThrow()
              .close();
      String book = r.referenceData().books().get(0).code();
      String broker =
          r.referenceData().counterparties().stream()
              .filter(c -> c.role() == CounterpartyRole.BROKER)
              .findFirst()
              .orElseThrow()
              .code();
      return new Fixture(instrument.symbol(), close, book, broker);
    }
  }

  /** The clerk enters a phone trade at the instrument's latest close. */
  private static Run addPhoneTrade(String workspace, Fixture f, String side, String quantity) {
    return run(
        AS_DEMO_USER,
        "trade",
        "add",
        "--book",
        f.book(),
        "--instrument",
        f.symbol(),
        "--side",
        side,
        "--quantity",
        quantity,
        "--price",
        f.close().toPlainString(),
        "--counterparty",
        f.broker(),
        "--workspace",
        workspace,
        "--user",
        "clerk");
  }

  @Test
  void aClerkEntersAPhoneTradeWhoseConfirmedAmendmentARiskManagerApproves() throws IOException {
    Path ws = copyOfDemo();
    String w = ws.toString();
    Fixture f = tradeFixture(ws);
    String[] add = {
      "trade",
      "add",
      "--book",
      f.book(),
      "--instrument",
      f.symbol(),
      "--side",
      "BUY",
      "--quantity",
      "1000",
      "--price",
      f.close().toPlainString(),
      "--commission",
      "12.50",
      "--counterparty",
      f.broker(),
      "--workspace",
      w,
      "--user",
      "clerk"
    };
    Run added = run(AS_DEMO_USER, add);
    assertThat(added.exitCode()).as(added.err()).isZero();
    String id = added.out().replaceAll("(?s).*Recorded (T\\d+):.*", "$1");
    assertThat(id).matches("T\\d{8}");

    assertThat(run(AS_DEMO_USER, "trade", "confirm", id, "--workspace", w, "--user", "clerk").out())
        .contains("is CONFIRMED (version 2)");
    Run amend =
        run(
            AS_DEMO_USER,
            "trade",
            "amend",
            id,
            "--quantity",
            "900",
            "--reason",
            "broker filled 900",
            "--workspace",
            w,
            "--user",
            "clerk");
    assertThat(amend.out()).contains("is waiting for approval").contains("quantity 1000 → 900");
    assertThat(run(AS_DEMO_USER, "trade", "show", id, "--workspace", w, "--user", "viewer").out())
        .as("nothing changes before approval")
        .contains("v2 CONFIRMED BUY 1000")
        .doesNotContain("v3");

    String request = amend.out().replaceAll("(?s).*Request #(\\d+) is waiting.*", "$1");
    Run clerkApproves =
        run(AS_DEMO_USER, "approvals", "approve", request, "--workspace", w, "--user", "clerk");
    assertThat(clerkApproves.exitCode()).isEqualTo(1);
    Run approved =
        run(
            AS_DEMO_USER,
            "approvals",
            "approve",
            request,
            "--comment",
            "checked with the broker",
            "--workspace",
            w,
            "--user",
            "risk");
    assertThat(approved.exitCode()).as(approved.err()).isZero();

    String history =
        run(AS_DEMO_USER, "trade", "show", id, "--workspace", w, "--user", "viewer").out();
    assertThat(history)
        .contains("v1 NEW")
        .contains("v2 CONFIRMED")
        .contains("v3 CONFIRMED BUY 900 " + f.symbol())
        .contains("(risk at")
        .contains("approved request #" + request);
    assertThat(
            run(
                    AS_DEMO_USER,
                    "audit",
                    "list",
                    "--entity",
                    "Trade",
                    "--id",
                    id,
                    "--workspace",
                    w,
                    "--user",
                    "compliance")
                .out())
        .contains("CREATE")
        .contains("STATUS_CHANGE")
        .contains("AMEND");
  }

  @Test
  void anAffirmedTradeSettlesOnItsSettlementDateOrFailsAndSettlesLate() throws IOException {
    Path ws = copyOfDemo();
    String w = ws.toString();
    Fixture f = tradeFixture(ws);
    Run added = addPhoneTrade(w, f, "BUY", "100");
    String id = added.out().replaceAll("(?s).*Recorded (T\\d+):.*", "$1");
    LocalDate settles =
        LocalDate.parse(added.out().replaceAll("(?s).*settles (\\d{4}-\\d{2}-\\d{2}).*", "$1"));
    run(AS_DEMO_USER, "trade", "confirm", id, "--workspace", w, "--user", "clerk");
    assertThat(run(AS_DEMO_USER, "trade", "affirm", id, "--workspace", w, "--user", "clerk").out())
        .contains("is AFFIRMED (version 3)");

    Run early = run(AS_DEMO_USER, "trade", "settle", id, "--workspace", w, "--user", "clerk");
    assertThat(early.exitCode()).isEqualTo(1);
    assertThat(early.err())
        .contains(
            "settles on "
                + settles
                + "; on business date 2025-11-20 it can neither settle nor fail yet.");
    for (LocalDate today = LocalDate.of(2025, 11, 20); today.isBefore(settles); ) {
      String moved = run(AS_DEMO_USER, "eod", "--workspace", w, "--user", "accountant").out();
      today = LocalDate.parse(moved.replaceAll("(?s).* to (\\d{4}-\\d{2}-\\d{2})\\..*", "$1"));
    }
    Run noReason = run(AS_DEMO_USER, "trade", "fail", id, "--workspace", w, "--user", "clerk");
    assertThat(noReason.exitCode()).as("a fail needs its reason").isNotZero();
    assertThat(
            run(
                    AS_DEMO_USER,
                    "trade",
                    "fail",
                    id,
                    "--reason",
                    "broker short of stock",
                    "--workspace",
                    w,
                    "--user",
                    "clerk")
                .out())
        .contains(id + " is FAILED (version 4).");
    assertThat(run(AS_DEMO_USER, "trade", "settle", id, "--workspace", w, "--user", "clerk").out())
        .contains(id + " is SETTLED (version 5).");
    assertThat(run(AS_DEMO_USER, "trade", "show", id, "--workspace", w, "--user", "viewer").out())
        .contains("v4 FAILED")
        .contains("broker short of stock")
        .contains("v5 SETTLED");
    Run cancel =
        run(
            AS_DEMO_USER,
            "trade",
            "cancel",
            id,
            "--reason",
            "too late",
            "--workspace",
            w,
            "--user",
            "clerk");
    assertThat(cancel.err()).contains("is SETTLED and cannot become CANCELLED; it is final.");
  }

  @Test
  void aPhoneTradeIsRefusedWithEveryProblemNamedAndNothingIsRecorded() throws IOException {
    Path ws = copyOfDemo();
    Fixture f = tradeFixture(ws);
    Run refused =
        run(
            AS_DEMO_USER,
            "trade",
            "add",
            "--book",
            "NO-SUCH-BOOK",
            "--instrument",
            f.symbol(),
            "--side",
            "SELL",
            "--quantity",
            "-5",
            "--price",
            f.close().multiply(new BigDecimal("2")).toPlainString(),
            "--counterparty",
            f.broker(),
            "--workspace",
            ws.toString(),
            "--user",
            "clerk");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err())
        .contains("book: 'NO-SUCH-BOOK' is not in the reference data")
        .contains("quantity: must be positive, not -5")
        .contains("price: ")
        .contains("% away from " + f.symbol());
    Run viewer =
        run(
            AS_DEMO_USER,
            "trade",
            "add",
            "--book",
            f.book(),
            "--instrument",
            f.symbol(),
            "--side",
            "BUY",
            "--quantity",
            "1",
            "--price",
            f.close().toPlainString(),
            "--counterparty",
            f.broker(),
            "--workspace",
            ws.toString(),
            "--user",
            "viewer");
    assertThat(viewer.exitCode()).isEqualTo(1);
    assertThat(viewer.err()).contains("CAPTURE_TRADES");
    Run scientific =
        run(
            AS_DEMO_USER,
            "trade",
            "add",
            "--book",
            f.book(),
            "--instrument",
            f.symbol(),
            "--side",
            "BUY",
            "--quantity",
            "1e6",
            "--price",
            f.close().toPlainString(),
            "--counterparty",
            f.broker(),
            "--workspace",
            ws.toString(),
            "--user",
            "clerk");
    assertThat(scientific.exitCode()).isEqualTo(1);
    assertThat(scientific.err()).contains("'1e6' is in scientific notation");
    try (Workspace w = Workspace.open(ws)) {
      assertThat(TradeRepositories.of(w).trades().count()).isEqualTo(900);
    }
  }

  @Test
  void aNewTradeIsCancelledAtOnceAndThenIsFinal() throws IOException {
    Path ws = copyOfDemo();
    String w = ws.toString();
    Fixture f = tradeFixture(ws);
    Run added = addPhoneTrade(w, f, "SELL", "10");
    String id = added.out().replaceAll("(?s).*Recorded (T\\d+):.*", "$1");
    assertThat(
            run(
                    AS_DEMO_USER,
                    "trade",
                    "cancel",
                    id,
                    "--reason",
                    "keyed twice",
                    "--workspace",
                    w,
                    "--user",
                    "clerk")
                .out())
        .contains("is now version 2 (CANCELLED)");
    Run again =
        run(
            AS_DEMO_USER,
            "trade",
            "cancel",
            id,
            "--reason",
            "again",
            "--workspace",
            w,
            "--user",
            "clerk");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("is CANCELLED and cannot become CANCELLED; it is final.");
  }

  @Test
  void auditVerifyReportsExactlyTheRowEditedInTheDatabase() throws IOException {
    Path ws = copyOfDemo();
    Run ok =
        run(AS_DEMO_USER, "audit", "verify", "--workspace", ws.toString(), "--user", "compliance");
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("The audit trail is intact");

    try (Workspace w = Workspace.open(ws)) {
      // behind the application's back: a plain SQL update of one record
      w.dsl().execute("UPDATE audit_record SET actor = 'somebody-else' WHERE seq = 3");
    }
    Run broken =
        run(AS_DEMO_USER, "audit", "verify", "--workspace", ws.toString(), "--user", "compliance");
    assertThat(broken.exitCode()).isEqualTo(1);
    assertThat(broken.err()).contains("does not verify at record 3").contains("edited");
  }

  /**
   * Issue #10, defect 5: {@code UPDATE trade SET price = 1} on a closed workspace verified as
   * intact, and the trade showed the new price as its version 1. The data check names the trade and
   * the field for a trade with its own audit records, and the block of trades for ones loaded in
   * bulk (the demo firm's, a file import's).
   */
  @Test
  void auditVerifyDataNamesTradesEditedInTheDatabase() throws IOException {
    Path ws = copyOfDemo();
    String w = ws.toString();
    Run added = addPhoneTrade(w, tradeFixture(ws), "BUY", "1000");
    assertThat(added.exitCode()).as(added.err()).isZero();
    String id = added.out().replaceAll("(?s).*Recorded (T\\d+):.*", "$1");
    assertThat(
            run(AS_DEMO_USER, "trade", "confirm", id, "--workspace", w, "--user", "clerk")
                .exitCode())
        .isZero();
    Run clean =
        run(AS_DEMO_USER, "audit", "verify", "--data", "--workspace", w, "--user", "compliance");
    assertThat(clean.exitCode()).as(clean.err()).isZero();
    assertThat(clean.out()).contains("The trades match the audit trail");

    long numericId = Long.parseLong(id.substring(1));
    try (Workspace closed = Workspace.open(ws)) {
      // behind the application's back: the audit trail untouched
      closed.dsl().execute("UPDATE trade SET price = 1 WHERE id = " + numericId);
      closed.dsl().execute("UPDATE trade SET quantity = quantity + 1 WHERE id = 3");
    }
    Run plainVerify =
        run(AS_DEMO_USER, "audit", "verify", "--workspace", w, "--user", "compliance");
    assertThat(plainVerify.exitCode()).as("the chain alone cannot see it").isZero();

    Run broken =
        run(AS_DEMO_USER, "audit", "verify", "--data", "--workspace", w, "--user", "compliance");
    assertThat(broken.exitCode()).isEqualTo(1);
    assertThat(broken.err())
        .contains("The trades do not match the audit trail: 2 differences")
        .containsPattern(
            id
                + " version 2 differs from its audit record \\d+: price is 1 in the database,"
                + " [0-9.]+ in the audit trail")
        .contains(
            "trades T00000001 to T00000900 (the demo firm's trades, audit record 8) are not as"
                + " loaded: one or more was changed behind the application's back");

    try (Workspace closed = Workspace.open(ws)) {
      closed.dsl().execute("DELETE FROM trade_history WHERE id = 500");
      closed.dsl().execute("DELETE FROM trade WHERE id = 500");
    }
    assertThat(
            run(AS_DEMO_USER, "audit", "verify", "--data", "--workspace", w, "--user", "compliance")
                .err())
        .contains("899 of the 900 loaded are in the database");
  }

  @Test
  void aBackupRestoredIntoANewWorkspaceHoldsTheSameData() throws IOException {
    Path ws = copyOfDemo();
    Path zip = tmp.resolve("backup.zip");
    Run backup =
        run(
            AS_DEMO_USER,
            "backup",
            "--to",
            zip.toString(),
            "--workspace",
            ws.toString(),
            "--user",
            "admin");
    assertThat(backup.exitCode()).as(backup.err()).isZero();
    assertThat(backup.out()).contains("Backed up");

    Path restored = tmp.resolve("restored");
    Run restore =
        run(
            AS_DEMO_USER,
            "restore",
            "--from",
            zip.toString(),
            "--workspace",
            restored.toString(),
            "--user",
            "admin");
    assertThat(restore.exitCode()).as(restore.err()).isZero();
    assertThat(restore.out()).contains("each checked against the backup");

    String original =
        run(AS_DEMO_USER, "info", "--workspace", ws.toString(), "--user", "viewer").out();
    String copy =
        run(AS_DEMO_USER, "info", "--workspace", restored.toString(), "--user", "viewer").out();
    assertThat(lines(copy, "trades", "prices", "instruments", "accounts", "inbox files"))
        .isEqualTo(lines(original, "trades", "prices", "instruments", "accounts", "inbox files"));
    Run verified =
        run(
            AS_DEMO_USER,
            "audit",
            "verify",
            "--data",
            "--workspace",
            restored.toString(),
            "--user",
            "compliance");
    assertThat(verified.exitCode()).as(verified.err()).isZero();
    assertThat(verified.out()).contains("The trades match the audit trail");
    assertThat(Files.readString(restored.resolve("audit/anchors.log")))
        .as("the backup carries the anchors, up to the backup's own")
        .contains(" backup ");
    Run again =
        run(
            AS_DEMO_USER,
            "restore",
            "--from",
            zip.toString(),
            "--workspace",
            restored.toString(),
            "--user",
            "admin");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("already holds a workspace");
  }

  private static List<String> lines(String text, String... labels) {
    return text.lines()
        .filter(l -> Stream.of(labels).anyMatch(label -> l.trim().startsWith(label + " ")))
        .toList();
  }

  @Test
  void anEncryptedDemoWorkspaceNeedsItsPassphrase() {
    Path ws = tmp.resolve("enc");
    Map<String, String> env = new HashMap<>(AS_DEMO_USER);
    env.put(Session.PASSPHRASE_VARIABLE, "a-long-passphrase-42");
    Run created =
        run(
            env,
            "demo",
            "--encrypt",
            "--workspace",
            ws.toString(),
            "--days",
            "1",
            "--trades-per-day",
            "50",
            "--history-days",
            "40",
            "--business-date",
            "2025-11-20");
    assertThat(created.exitCode()).as(created.err()).isZero();

    Run without = run(AS_DEMO_USER, "info", "--workspace", ws.toString(), "--user", "admin");
    assertThat(without.exitCode()).isEqualTo(1);
    assertThat(without.err()).contains("is encrypted: give its passphrase");
    Run with = run(env, "info", "--workspace", ws.toString(), "--user", "admin");
    assertThat(with.exitCode()).as(with.err()).isZero();
    assertThat(with.out()).contains("encrypted       yes");
  }

  @Test
  void infoOnAFolderWithoutAWorkspaceSaysHowToMakeOne() {
    Run r = run("info", "--workspace", tmp.resolve("nothing").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("There is no workspace").contains("tickmark demo");
  }

  @Test
  void aWorkspaceOpenElsewhereIsAUserErrorNotACrash() throws IOException {
    Path ws = copyOfDemo();
    try (Workspace open = Workspace.open(ws)) {
      Run r = run(AS_DEMO_USER, "eod", "--workspace", ws.toString(), "--user", "accountant");
      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.err()).contains("already open in another Tickmark");
    }
  }

  @Test
  void aDamagedWorkspaceIsAUserErrorThatSaysWhatToDo() throws Exception {
    Path ws = tmp.resolve("ws");
    Files.createDirectories(ws);
    Files.writeString(Workspace.databaseFile(ws), "garbage".repeat(1000));
    Run r = run(AS_DEMO_USER, "info", "--workspace", ws.toString(), "--user", "admin");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("cannot be read").contains("Restore it from a backup");
  }
}
