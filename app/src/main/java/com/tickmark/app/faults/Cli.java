package com.tickmark.app.faults;

import com.tickmark.app.cli.TickmarkCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs a Tickmark command to its end: in a child JVM, or in this one through the same {@link
 * TickmarkCommand} (the same code, without a JVM's start-up per check).
 */
public interface Cli {
  ChildCli.Result run(String... args);

  /** Each command in its own child JVM. */
  static Cli child(ChildCli child) {
    return args -> child.run(Duration.ofMinutes(10), args);
  }

  /** Each command in this JVM, with {@code environment} as its environment. */
  static Cli inProcess(Map<String, String> environment) {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.putAll(environment);
    return args -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      long start = System.nanoTime();
      int code =
          TickmarkCommand.execute(
              args,
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              env,
              dir -> {
                throw new IllegalStateException("a check never opens the desktop app");
              });
      return new ChildCli.Result(
          code,
          out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8),
          (System.nanoTime() - start) / 1e9);
    };
  }
}
