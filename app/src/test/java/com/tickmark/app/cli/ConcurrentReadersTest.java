package com.tickmark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.app.AppServices;
import com.tickmark.app.Main;
import com.tickmark.app.demo.DemoUsers;
import com.tickmark.model.security.AccessDeniedException;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.time.EndOfDayStep;
import com.tickmark.persistence.workspace.Workspace;
import com.tickmark.persistence.workspace.WorkspaceException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that only read run while another program (here the test itself, as the FIX acceptor or
 * the desktop app would) has the workspace open for writing; commands that write are refused with a
 * sentence (issue 10, item 11).
 */
class ConcurrentReadersTest {
  @TempDir static Path dir;
  static Path ws;

  private static final Map<String, String> ENV =
      Map.of(Session.PASSWORD_VARIABLE, DemoUsers.PASSWORD);

  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        TickmarkCommand.execute(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            ENV,
            p -> {
              throw new AssertionError("no GUI");
            });
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @BeforeAll
  static void makeDemo() {
    ws = dir.resolve("ws");
    Run r =
        run(
            "demo",
            "--workspace",
            ws.toString(),
            "--days",
            "2",
            "--trades-per-day",
            "50",
            "--history-days",
            "30",
            "--business-date",
            "2025-11-20");
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @Test
  void readOnlyCommandsRunWhileAnotherProgramWrites() {
    try (Workspace writer = Workspace.open(ws)) {
      String w = ws.toString();
      Run info = run("info", "--workspace", w, "--user", "clerk");
      assertThat(info.exitCode()).as(info.err()).isZero();
      assertThat(info.out())
          .contains("trades          100")
          .contains("read only: the workspace " + ws.toAbsolutePath())
          .contains("is open for writing in another program (process ");
      Run verify = run("audit", "verify", "--workspace", w, "--user", "compliance");
      assertThat(verify.exitCode()).as(verify.err()).isZero();
      Run show = run("trade", "show", "1", "--workspace", w, "--user", "clerk");
      assertThat(show.exitCode()).as(show.err()).isZero();
      assertThat(show.out()).startsWith("T00000001 v1");
      assertThat(run("approvals", "list", "--workspace", w, "--user", "risk").exitCode()).isZero();
      assertThat(run("import", "list", "--workspace", w, "--user", "clerk").exitCode()).isZero();
    }
  }

  @Test
  void aWriteCommandWhileAnotherProgramWritesIsRefusedWithASentence() {
    try (Workspace writer = Workspace.open(ws)) {
      Run eod = run("eod", "--workspace", ws.toString(), "--user", "accountant");
      assertThat(eod.exitCode()).isEqualTo(1);
      assertThat(eod.err())
          .contains("is already open in another Tickmark (process ")
          .contains("Commands that only read");
    }
    Run after = run("info", "--workspace", ws.toString(), "--user", "clerk");
    assertThat(after.out()).contains("business date   2025-11-20").contains("read and write");
  }

  @Test
  void aReadersSessionMayOnlyReadAndTheDatabaseHoldsItToThat() {
    try (Workspace writer = Workspace.open(ws);
        Workspace reader = Workspace.openOrJoin(ws, null, Clock.systemUTC());
        AppServices services = AppServices.of(reader, Clock.systemUTC())) {
      Actor accountant = services.users().signIn("accountant", DemoUsers.PASSWORD.toCharArray());
      assertThat(accountant.isReadOnly()).isTrue();
      assertThat(accountant.may(Permission.VIEW_DATA)).isTrue();
      assertThat(accountant.may(Permission.ROLL_BUSINESS_DATE)).isFalse();
      List<EndOfDayStep> steps = services.endOfDay().steps();
      EndOfDayStep roll = steps.get(steps.size() - 1);
      assertThatThrownBy(() -> roll.run(accountant, "eod"))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessageContaining("is open for writing in another program (process ")
          .hasMessageContaining("can only read");
      // with the permission check out of the way, the database itself refuses
      Actor writerActor = new Actor(accountant.id(), "accountant", accountant.roles());
      assertThatThrownBy(() -> roll.run(writerActor, "eod"))
          .isInstanceOf(WorkspaceException.class)
          .hasMessageContaining("can only read")
          .hasMessageContaining("Nothing was changed");
    }
  }

  /** The way ./tickmark runs: a separate Java process beside the writer in this one. */
  @Test
  void aSeparateProcessReadsBesideTheWriterAndIsRefusedAWrite() throws Exception {
    try (Workspace writer = Workspace.open(ws)) {
      Process info = child("info", "--workspace", ws.toString(), "--user", "clerk");
      String out = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(info.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(info.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(info.exitValue()).as(err).isZero();
      assertThat(out).contains("trades          100").contains("read only:");

      Process eod = child("eod", "--workspace", ws.toString(), "--user", "accountant");
      eod.getInputStream().readAllBytes();
      String eodErr = new String(eod.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(eod.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(eod.exitValue()).isEqualTo(1);
      assertThat(eodErr).contains("is already open in another Tickmark (process ");
    }
  }

  private static Process child(String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "-Duser.home=" + dir.resolve("home"),
                Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put(Session.PASSWORD_VARIABLE, DemoUsers.PASSWORD);
    return pb.start();
  }
}
