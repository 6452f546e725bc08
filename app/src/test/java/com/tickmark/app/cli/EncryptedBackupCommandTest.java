package com.tickmark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.demo.DemoUsers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tickmark backup} and {@code restore} of an encrypted workspace (issue 10, item 8). */
class EncryptedBackupCommandTest {
  private static final String PASSPHRASE = "a-long-passphrase-42";
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
              throw new AssertionError("no GUI");
            });
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Map<String, String> env(String passphrase) {
    Map<String, String> env = new HashMap<>();
    env.put(Session.PASSWORD_VARIABLE, DemoUsers.PASSWORD);
    env.put(Session.PASSPHRASE_VARIABLE, passphrase);
    return env;
  }

  @Test
  void theBackupIsUnreadableWithoutThePassphraseAndRestoresWithIt() throws Exception {
    Path ws = tmp.resolve("enc");
    Run created =
        run(
            env(PASSPHRASE),
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
    Run trade =
        run(env(PASSPHRASE), "trade", "show", "1", "--workspace", ws.toString(), "--user", "clerk");
    // "T00000001 v1 NEW BUY 100 SYMBOL @ ...": the trade's symbol is known plaintext
    String symbol = trade.out().split("\\s+")[5];
    assertThat(symbol).isNotBlank();

    Path zip = tmp.resolve("enc-backup.zip");
    Run backup =
        run(
            env(PASSPHRASE),
            "backup",
            "--to",
            zip.toString(),
            "--workspace",
            ws.toString(),
            "--user",
            "admin");
    assertThat(backup.exitCode()).as(backup.err()).isZero();
    String bytes = new String(Files.readAllBytes(zip), StandardCharsets.ISO_8859_1);
    assertThat(bytes).doesNotContain(symbol).doesNotContain("clerk").doesNotContain("inbox/");

    Path wrongInto = tmp.resolve("wrong");
    Run wrong =
        run(
            env("not-the-passphrase"),
            "restore",
            "--from",
            zip.toString(),
            "--workspace",
            wrongInto.toString(),
            "--user",
            "admin");
    assertThat(wrong.exitCode()).isEqualTo(1);
    assertThat(wrong.err()).contains("passphrase for the backup").contains("is wrong");
    assertThat(wrongInto).doesNotExist();

    Path restored = tmp.resolve("restored");
    Run restore =
        run(
            env(PASSPHRASE),
            "restore",
            "--from",
            zip.toString(),
            "--workspace",
            restored.toString(),
            "--user",
            "admin");
    assertThat(restore.exitCode()).as(restore.err()).isZero();
    List<String> labels = List.of("trades", "prices", "instruments", "accounts", "inbox files");
    assertThat(info(restored, labels)).isEqualTo(info(ws, labels)).isNotEmpty();
  }

  private static List<String> info(Path ws, List<String> labels) {
    Run r = run(env(PASSPHRASE), "info", "--workspace", ws.toString(), "--user", "viewer");
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r.out().lines().filter(l -> labels.stream().anyMatch(l.trim()::startsWith)).toList();
  }
}
