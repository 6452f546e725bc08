package com.tickmark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.demo.DemoUsers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixAcceptorCommandTest {
  @TempDir Path tmp;

  record Run(int exitCode, String out, String err) {}

  static Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        TickmarkCommand.execute(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            p -> {
              throw new AssertionError("the GUI must not start");
            });
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void isListedAndExplainsItsOptions() {
    assertThat(run(Map.of(), "--help").out()).contains("fix-acceptor");
    Run help = run(Map.of(), "fix-acceptor", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--port", "--sender", "--target", "--broker", "ExecType F");
  }

  @Test
  void withoutPortSenderAndTargetItIsAUserError() {
    Run r = run(Map.of(), "fix-acceptor", "--workspace", tmp.toString());
    assertThat(r.exitCode()).isEqualTo(TickmarkCommand.USER_ERROR);
    assertThat(r.err()).contains("--port", "--sender", "--target");
  }

  @Test
  void aUserWhoMayNotCaptureTradesCannotStartIt() {
    Path ws = tmp.resolve("ws");
    Run demo =
        run(
            Map.of(),
            "demo",
            "--workspace",
            ws.toString(),
            "--days",
            "1",
            "--trades-per-day",
            "5",
            "--history-days",
            "30",
            "--business-date",
            "2025-11-20",
            "--seed",
            "7");
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    Run r =
        run(
            Map.of(Session.PASSWORD_VARIABLE, DemoUsers.PASSWORD),
            "fix-acceptor",
            "--workspace",
            ws.toString(),
            "--user",
            "viewer",
            "--port",
            "1",
            "--sender",
            "TICKMARK",
            "--target",
            "OMS1");
    assertThat(r.exitCode()).isEqualTo(TickmarkCommand.USER_ERROR);
    assertThat(r.err()).contains("CAPTURE_TRADES");
  }
}
