package com.tickmark.app.fix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * How far the FIX message log is booked: every execution report the session took from the lines
 * before {@code offset} is in the database. It is kept in the database (the workspace settings), so
 * a backup's checkpoint never claims more than the backup's database holds. The fingerprint of the
 * bytes just before the offset tells whether the log on disk is still the one the checkpoint was
 * taken of (it is not after a rotation cut short by a crash, or a log copied in from elsewhere):
 * when it is not, the whole log is read again.
 */
record LogCheckpoint(long offset, String fingerprint) {
  /** The bytes before the offset that the fingerprint covers. */
  static final int FINGERPRINTED = 4096;

  static final LogCheckpoint START = new LogCheckpoint(0, fingerprintOf(new byte[0]));

  /** The checkpoint at {@code offset} of {@code file}. */
  static LogCheckpoint at(Path file, long offset) {
    if (offset == 0) {
      return START;
    }
    try (FileChannel in = FileChannel.open(file)) {
      int length = (int) Math.min(FINGERPRINTED, offset);
      ByteBuffer bytes = ByteBuffer.allocate(length);
      while (bytes.hasRemaining()) {
        if (in.read(bytes, offset - length + bytes.position()) < 0) {
          throw new IOException(file + " is shorter than " + offset + " bytes");
        }
      }
      return new LogCheckpoint(offset, fingerprintOf(bytes.array()));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the FIX message log " + file, e);
    }
  }

  /** Whether {@code file} is the log this checkpoint was taken of (START fits any log). */
  boolean fits(Path file) {
    try {
      return offset == 0
          || (Files.isRegularFile(file)
              && Files.size(file) >= offset
              && at(file, offset).equals(this));
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  /** As kept in the workspace settings: "offset:fingerprint". */
  String text() {
    return offset + ":" + fingerprint;
  }

  static Optional<LogCheckpoint> parse(String text) {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    try {
      long offset = Long.parseLong(text.substring(0, colon));
      return offset < 0
          ? Optional.empty()
          : Optional.of(new LogCheckpoint(offset, text.substring(colon + 1)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String fingerprintOf(byte[] bytes) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(sha, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
