package com.tickmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tickmark as a process, the way ./tickmark runs it: exit codes, stderr, and the log in the
 * workspace.
 */
class MainProcessTest {
  @TempDir Path dir;

  private record Result(int exitCode, String err) {}

  private Result run(String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "-Duser.home=" + dir.resolve("home"),
                // the shipped logging configuration, not the tests' console-only one
                "-Dlogback.configurationFile="
                    + Path.of("target", "classes", "logback.xml").toAbsolutePath(),
                Main.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), err);
  }

  @Test
  void aRefusalExitsWithOneSaysWhyOnStderrAndIsLoggedInTheWorkspace() throws Exception {
    Path ws = dir.resolve("ws");
    Result r = run("info", "--workspace", ws.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("There is no workspace in " + ws);
    Path log = ws.resolve("logs").resolve("tickmark.log");
    assertThat(log).exists();
    assertThat(Files.readString(log)).contains("Refused: There is no workspace");
    assertThat(dir.resolve("home").resolve(".tickmark"))
        .as("nothing written to the default workspace")
        .doesNotExist();
  }
}
