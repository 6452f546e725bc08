package com.tickmark.app.fix;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import org.quickfixj.CharsetSupport;
import quickfix.Log;
import quickfix.MessageUtils;

/**
 * The session's message log and event log, in QuickFIX/J's {@code FileLog} format: {@code
 * <session>.messages.log} holds every message received and sent, one a line, each received one
 * written before the engine processes it (the engine logs on its I/O thread, then queues the
 * message for processing); {@code <session>.event.log} holds timestamped events. Heartbeats are
 * left out, as FileLog does.
 *
 * <p>Unlike FileLog, it knows where each received message's line starts, which gives {@link
 * #bookedFrom}: the offset before which the log holds nothing the engine has still to hand over.
 */
final class SessionLog implements Log, Closeable {
  /** Received lines kept for {@link #bookedFrom} before it gives up (see there). */
  static final int MAX_TRACKED = 200_000;

  private static final DateTimeFormatter EVENT_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  private final Path messagesFile;
  private final FileChannel messages;
  private final FileChannel events;
  private final Charset charset = CharsetSupport.getCharsetInstance();
  private final Clock clock;

  /** Start offset and MsgSeqNum of each received line not yet known to be handed over. */
  private final ArrayDeque<long[]> received = new ArrayDeque<>();

  private long end;
  private long maxSeqNum;
  private boolean lost;

  SessionLog(Path messagesFile, Path eventsFile, Clock clock) {
    this.messagesFile = messagesFile;
    this.clock = clock;
    try {
      Files.createDirectories(messagesFile.getParent());
      messages =
          FileChannel.open(
              messagesFile,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND);
      events =
          FileChannel.open(
              eventsFile,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND);
      end = messages.size();
      if (end > 0 && !endsWithNewLine()) {
        // a line cut short by a crash: the next message starts a line of its own
        write(messages, "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open the FIX message log " + messagesFile, e);
    }
  }

  Path messagesFile() {
    return messagesFile;
  }

  private boolean endsWithNewLine() throws IOException {
    try (FileChannel in = FileChannel.open(messagesFile)) {
      ByteBuffer last = ByteBuffer.allocate(1);
      in.read(last, end - 1);
      return last.get(0) == '\n';
    }
  }

  @Override
  public synchronized void onIncoming(String message) {
    if (MessageUtils.isHeartbeat(message)) {
      return;
    }
    long start = end;
    write(messages, message + '\n');
    long seqNum = seqNum(message);
    if (seqNum <= 0) {
      return; // garbled: the engine cannot process it
    }
    if (seqNum <= maxSeqNum && !"Y".equals(MessageUtils.getStringField(message, 43))) {
      // the counterparty's numbers went back (a reset): no offset is safe any more this run
      lost = true;
    }
    maxSeqNum = Math.max(maxSeqNum, seqNum);
    if (!lost) {
      received.addLast(new long[] {start, seqNum});
      if (received.size() > MAX_TRACKED) {
        lost = true; // something old was never processed; keep memory bounded
      }
    }
    if (lost) {
      received.clear();
    }
  }

  @Override
  public synchronized void onOutgoing(String message) {
    if (!MessageUtils.isHeartbeat(message)) {
      write(messages, message + '\n');
    }
  }

  @Override
  public void onEvent(String text) {
    synchronized (events) {
      write(events, EVENT_TIME.format(clock.instant()) + ": " + text + '\n');
    }
  }

  @Override
  public void onErrorEvent(String text) {
    onEvent(text);
  }

  /** Never empties the message log: it may hold what the database lacks until it is rotated. */
  @Override
  public void clear() {
    onEvent("Log clear requested: the message log is kept (it is rotated at a start)");
  }

  /**
   * Where reading the log must start, at the latest, to meet every execution report that is not yet
   * handed over once the engine is processing the received message {@code seqNum}: the start of the
   * first line received with that number or a higher one. The engine processes received messages in
   * the order of their numbers and every line before is below {@code seqNum} — dealt with, ignored
   * as a repeat, or refused — while a higher one logged earlier (waiting for a gap to be filled)
   * keeps the offset before its line. Returns -1 when no offset is safe in this run (the
   * counterparty's numbers went back, or the log could not be written).
   */
  synchronized long bookedFrom(long seqNum) {
    if (lost) {
      return -1;
    }
    while (!received.isEmpty() && received.peekFirst()[1] < seqNum) {
      received.pollFirst();
    }
    return received.isEmpty() ? end : received.peekFirst()[0];
  }

  /** The MsgSeqNum (34) of a raw message, or 0 where it has none. */
  static long seqNum(String raw) {
    int at = raw.indexOf("\u000134=");
    if (at < 0) {
      return 0;
    }
    long n = 0;
    for (int i = at + 4; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\u0001') {
        return n;
      }
      if (c < '0' || c > '9' || n > Integer.MAX_VALUE) {
        return 0;
      }
      n = n * 10 + (c - '0');
    }
    return 0;
  }

  private void write(FileChannel channel, String line) {
    ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(charset));
    try {
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      if (channel == messages) {
        end += bytes.limit();
      }
    } catch (IOException e) {
      if (channel == messages) {
        lost = true;
      }
      // the engine must not process a message the log does not hold
      throw new UncheckedIOException("Could not write the FIX log " + messagesFile, e);
    }
  }

  @Override
  public void close() throws IOException {
    try (messages;
        events) {
      // closes both
    }
  }
}
