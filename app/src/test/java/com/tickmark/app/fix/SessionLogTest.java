package com.tickmark.app.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How far the message log is booked, as the engine hands received messages over: never past a line
 * whose report may still be on its way to the database.
 */
class SessionLogTest {
  @TempDir Path tmp;

  static String message(String type, long seqNum, boolean possDup) {
    return "8=FIX.4.4\u00019=99\u000135="
        + type
        + "\u000134="
        + seqNum
        + (possDup ? "\u000143=Y" : "")
        + "\u000149=OMS1\u000156=TICKMARK\u000110=000\u0001";
  }

  SessionLog log() {
    return new SessionLog(
        tmp.resolve("log/s.messages.log"), tmp.resolve("log/s.event.log"), Clock.systemUTC());
  }

  long startOfLine(int index) throws Exception {
    long offset = 0;
    var lines = Files.readAllLines(tmp.resolve("log/s.messages.log"), StandardCharsets.ISO_8859_1);
    for (int i = 0; i < index; i++) {
      offset += lines.get(i).length() + 1;
    }
    return offset;
  }

  @Test
  void inOrderTheOffsetIsTheStartOfTheReportBeingHandedOver() throws Exception {
    try (SessionLog log = log()) {
      log.onIncoming(message("A", 1, false));
      log.onOutgoing(message("A", 1, false));
      log.onIncoming(message("8", 2, false));
      log.onIncoming(message("8", 3, false));
      log.onIncoming(message("0", 4, false)); // a heartbeat: not even logged

      assertThat(log.bookedFrom(2)).isEqualTo(startOfLine(2));
      assertThat(log.bookedFrom(3)).isEqualTo(startOfLine(3));
      assertThat(Files.readAllLines(log.messagesFile())).hasSize(4);
    }
  }

  @Test
  void aMessageWaitingForAGapToBeFilledHoldsTheOffsetBeforeItsLine() throws Exception {
    try (SessionLog log = log()) {
      log.onIncoming(message("8", 1, false));
      log.onIncoming(message("8", 4, false)); // too high: the engine keeps it and asks for 2-3
      log.onIncoming(message("8", 2, true));
      log.onIncoming(message("8", 3, true));

      assertThat(log.bookedFrom(2)).as("4 is not handed over yet").isEqualTo(startOfLine(1));
      assertThat(log.bookedFrom(3)).isEqualTo(startOfLine(1));
      assertThat(log.bookedFrom(4)).isEqualTo(startOfLine(1));
      log.onIncoming(message("8", 5, false));
      assertThat(log.bookedFrom(5)).isEqualTo(startOfLine(4));
    }
  }

  @Test
  void numbersGoingBackLeaveNoSafeOffsetForTheRestOfTheRun() throws Exception {
    try (SessionLog log = log()) {
      log.onIncoming(message("8", 7, false));
      log.onIncoming(message("A", 1, false)); // a reset
      log.onIncoming(message("8", 2, false));

      assertThat(log.bookedFrom(2)).isEqualTo(-1);
      assertThat(log.bookedFrom(8)).isEqualTo(-1);
    }
  }

  @Test
  void aLineCutShortByACrashDoesNotSwallowTheNextMessage() throws Exception {
    Path file = tmp.resolve("log/s.messages.log");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file, message("8", 1, false) + "\n8=FIX.4.4\u00019=9", StandardCharsets.UTF_8);
    try (SessionLog log = log()) {
      log.onIncoming(message("8", 2, false));
    }
    assertThat(Files.readAllLines(file, StandardCharsets.ISO_8859_1))
        .hasSize(3)
        .last()
        .isEqualTo(message("8", 2, false));
  }
}
