package com.tickmark.app.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The real command line in a child JVM: {@code java -cp <this JVM's class path>
 * com.tickmark.app.Main ARGS}, with its own environment. What the child writes is collected as it
 * arrives, so a caller can wait for a line and still read everything after a {@code kill -9}.
 */
public final class ChildCli {
  private final Map<String, String> environment;

  /**
   * @param environment added to this process's environment for every child (passwords, for example)
   */
  public ChildCli(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** What a child did: exit code, output, and how long it ran. */
  public record Result(int exitCode, String out, String err, double seconds) {
    /** The exit code and the last lines of what it wrote, for a message. */
    public String describe() {
      return "exit " + exitCode + (err.isBlank() ? tail(out) : tail(err));
    }

    private static String tail(String text) {
      String t = text.strip();
      return t.isEmpty()
          ? ""
          : ": " + (t.length() > 400 ? "..." + t.substring(t.length() - 400) : t);
    }
  }

  /** Starts the command and returns at once. */
  public Running start(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:+UseParallelGC"); // as the launcher runs it
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("com.tickmark.app.Main");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    try {
      return new Running(builder.start(), System.nanoTime());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + String.join(" ", args), e);
    }
  }

  /** Runs the command to its end (killing it after {@code timeout}). */
  public Result run(Duration timeout, String... args) {
    Running r = start(args);
    if (!r.awaitExit(timeout)) {
      r.kill();
      throw new IllegalStateException(
          "'" + String.join(" ", args) + "' did not finish within " + timeout.toSeconds() + " s");
    }
    return r.result();
  }

  /** A child process and what it has written so far. */
  public static final class Running {
    private final Process process;
    private final long startNanos;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    private final Thread outReader;
    private final Thread errReader;
    private volatile long endNanos;

    Running(Process process, long startNanos) {
      this.process = process;
      this.startNanos = startNanos;
      this.outReader = pump(process.getInputStream(), out, "child-out");
      this.errReader = pump(process.getErrorStream(), err, "child-err");
      process.onExit().thenRun(() -> endNanos = System.nanoTime());
    }

    private static Thread pump(InputStream in, StringBuffer to, String name) {
      Thread t =
          new Thread(
              () -> {
                byte[] buffer = new byte[8192];
                try (in) {
                  int n;
                  while ((n = in.read(buffer)) >= 0) {
                    synchronized (to) {
                      to.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                      to.notifyAll();
                    }
                  }
                } catch (IOException e) {
                  // the child is gone
                }
                synchronized (to) {
                  to.notifyAll();
                }
              },
              name);
      t.setDaemon(true);
      t.start();
      return t;
    }

    /** Seconds since the start. */
    public double elapsedSeconds() {
      return ((endNanos == 0 ? System.nanoTime() : endNanos) - startNanos) / 1e9;
    }

    public long startNanos() {
      return startNanos;
    }

    public boolean isAlive() {
      return process.isAlive();
    }

    /** What the child has written to standard output so far. */
    public String out() {
      return out.toString();
    }

    /**
     * Waits until standard output satisfies {@code condition}; false when the child ended or the
     * time ran out first.
     */
    public boolean awaitOutput(Predicate<String> condition, Duration timeout)
        throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      synchronized (out) {
        while (!condition.test(out.toString())) {
          long left = deadline - System.nanoTime();
          if (left <= 0 || (!process.isAlive() && !outReader.isAlive())) {
            return condition.test(out.toString());
          }
          out.wait(Math.max(1, Math.min(200, TimeUnit.NANOSECONDS.toMillis(left))));
        }
        return true;
      }
    }

    /**
     * {@code kill -9}: returns true when the child was still running (so it was killed), false when
     * it had already ended by itself.
     */
    public boolean kill() {
      boolean alive = process.isAlive();
      if (alive) {
        process.destroyForcibly(); // SIGKILL on Linux and macOS
      }
      awaitExit(Duration.ofSeconds(30));
      return alive;
    }

    /** Closes the child's standard input (the FIX acceptor stops on it). */
    public void closeInput() {
      try {
        OutputStream in = process.getOutputStream();
        in.close();
      } catch (IOException e) {
        // already gone
      }
    }

    /** Waits for the child to end; false when it is still running after {@code timeout}. */
    public boolean awaitExit(Duration timeout) {
      try {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          return false;
        }
        outReader.join(10_000);
        errReader.join(10_000);
        return true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    /** The result of a child that has ended. */
    public Result result() {
      if (process.isAlive()) {
        throw new IllegalStateException("The child is still running");
      }
      return new Result(process.exitValue(), out.toString(), err.toString(), elapsedSeconds());
    }
  }
}
