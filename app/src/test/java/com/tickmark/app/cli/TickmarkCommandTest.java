package com.tickmark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.demo.DemoFirmInstaller;
import com.tickmark.model.demo.FaultManifest;
import com.tickmark.persistence.trade.TradeRepository;
import com.tickmark.persistence.workspace.SettingsRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TickmarkCommandTest {
  @TempDir Path tmp;

  record Run(int exitCode, String out, String err) {}

  private Run run(Map<String, String> env, Consumer<Path> gui, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TickmarkCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), env, gui);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Run run(String... args) {
    return run(Map.of(), p -> {
      throw new AssertionError("the GUI must not start for " + List.of(args));
    }, args);
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
    assertThat(r.out()).contains("demo", "info", "bench", "--workspace", "Exit codes");
  }

  @Test
  void anUnknownOptionIsAUserErrorWithAHint() {
    Run r = run("demo", "--dayz", "3");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("Unknown option: '--dayz'").contains("tickmark demo --help");
  }

  @Test
  void withoutACommandItOpensTheDesktopAppOnTheWorkspaceFromTheEnvironment() {
    List<Path> opened = new ArrayList<>();
    Run r = run(Map.of("TICKMARK_WORKSPACE", tmp.resolve("from-env").toString()), opened::add);
    assertThat(r.exitCode()).isZero();
    assertThat(opened).containsExactly(tmp.resolve("from-env"));

    opened.clear();
    run(Map.of("TICKMARK_WORKSPACE", tmp.resolve("from-env").toString()), opened::add, "--workspace", tmp.resolve("opt").toString());
    assertThat(opened).as("--workspace wins over the environment").containsExactly(tmp.resolve("opt"));
  }

  @Test
  void anUnexpectedFailureIsAnInternalErrorThatPointsAtTheLog() {
    Run r = run(Map.of(), p -> {
      throw new IllegalStateException("boom");
    }, "--workspace", tmp.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("internal error").contains("boom").contains(tmp.resolve("logs").toString());
  }

  @Test
  void demoCreatesTheFirmItsInboxAndTheFaultListAndInfoReportsIt() throws Exception {
    Path ws = tmp.resolve("ws");
    Run r = run("demo", "--workspace", ws.toString(), "--days", "3", "--trades-per-day", "300",
        "--history-days", "60", "--business-date", "2025-11-20", "--seed", "7");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Demo firm", "business date    2025-11-20", "over 3 business days");

    try (Workspace w = Workspace.open(ws)) {
      assertThat(new SettingsRepository(w.dsl()).businessDate()).contains(LocalDate.of(2025, 11, 20));
      assertThat(new TradeRepository(w.dsl()).countByTradeDate()).hasSize(3).containsKey(LocalDate.of(2025, 11, 20));
    }
    assertThat(ws.resolve("inbox/confirmations")).isDirectory();
    assertThat(FaultManifest.read(ws.resolve(DemoFirmInstaller.FAULT_MANIFEST))).isNotEmpty();

    Run info = run("info", "--workspace", ws.toString());
    assertThat(info.exitCode()).isZero();
    assertThat(info.out()).contains("business date   2025-11-20").contains("trades");
  }

  @Test
  void demoNeverOverwritesAFirm() {
    Path ws = tmp.resolve("ws");
    String[] args = {"demo", "--workspace", ws.toString(), "--days", "1", "--trades-per-day", "50", "--history-days", "40", "--business-date", "2025-11-20"};
    assertThat(run(args).exitCode()).isZero();
    Run again = run(args);
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
  void infoOnAFolderWithoutAWorkspaceSaysHowToMakeOne() {
    Run r = run("info", "--workspace", tmp.resolve("nothing").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("There is no workspace").contains("tickmark demo");
  }

  @Test
  void aWorkspaceOpenElsewhereIsAUserErrorNotACrash() {
    Path ws = tmp.resolve("ws");
    try (Workspace open = Workspace.open(ws)) {
      Run r = run("info", "--workspace", ws.toString());
      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.err()).contains("already open in another Tickmark");
    }
  }

  @Test
  void aDamagedWorkspaceIsAUserErrorThatSaysWhatToDo() throws Exception {
    Path ws = tmp.resolve("ws");
    Files.createDirectories(ws);
    Files.writeString(Workspace.databaseFile(ws), "garbage".repeat(1000));
    Run r = run("info", "--workspace", ws.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("cannot be read").contains("Restore it from a backup");
  }
}
