package com.tickmark.app.cli;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on the terminal; silent when output is not a terminal (scripts, CI). */
final class ConsoleProgress {
  private static final int WIDTH = 30;
  private final PrintStream err;
  private final boolean enabled;
  private int lastPercent = -1;
  private String lastMessage = "";

  ConsoleProgress(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  static ConsoleProgress forTerminal(PrintStream err) {
    return new ConsoleProgress(err, System.console() != null);
  }

  synchronized void update(double fraction, String message) {
    if (!enabled) {
      return;
    }
    int percent = (int) Math.round(Math.max(0, Math.min(1, fraction)) * 100);
    if (percent == lastPercent && message.equals(lastMessage)) {
      return;
    }
    lastPercent = percent;
    lastMessage = message;
    int filled = percent * WIDTH / 100;
    err.print(
        String.format(
            Locale.ROOT,
            "\r[%s%s] %3d%% %-40.40s",
            "#".repeat(filled),
            " ".repeat(WIDTH - filled),
            percent,
            message));
    err.flush();
  }

  synchronized void done() {
    if (enabled && lastPercent >= 0) {
      err.print("\r" + " ".repeat(WIDTH + 50) + "\r");
      err.flush();
    }
  }
}
