package com.tickmark.persistence.audit;

import com.tickmark.model.audit.AuditChain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The audit chain's anchors outside the database: {@code <workspace>/audit/anchors.log}, one line
 * per anchor, appended and never rewritten, each line keyed with HMAC-SHA256 under a secret kept in
 * {@code <workspace>/audit/anchor.key} (never in the database) and chained to the line before, so
 * that an anchor cannot be forged, edited, reordered or removed from the middle without the key.
 *
 * <p>A line reads {@code SEQUENCE HASH INSTANT OCCASION MAC}, where MAC is the HMAC of the previous
 * line's MAC, a space, and the rest of the line. A last line without its newline is a write cut
 * short by the process dying, and is ignored.
 */
public final class AuditAnchorLog {
  static final String FOLDER = "audit";
  static final String LOG = "anchors.log";
  static final String KEY = "anchor.key";
  private static final Pattern OCCASION = Pattern.compile("[^A-Za-z0-9._:@-]+");
  private static final HexFormat HEX = HexFormat.of();

  private final Path folder;

  private AuditAnchorLog(Path folder) {
    this.folder = folder;
  }

  /** The anchor log of the workspace in {@code workspaceDirectory}. */
  public static AuditAnchorLog in(Path workspaceDirectory) {
    return new AuditAnchorLog(workspaceDirectory.resolve(FOLDER));
  }

  public Path file() {
    return folder.resolve(LOG);
  }

  /** What the log holds, or why it cannot be trusted. */
  public record Reading(List<AuditChain.Anchor> anchors, String problem) {
    public boolean trusted() {
      return problem == null;
    }
  }

  /**
   * Appends {@code head} (making the key on first use) and forces it to disk. Processes appending
   * at once take turns on a file lock.
   */
  public synchronized void append(AuditChain.Head head, Instant at, String occasion) {
    try {
      Files.createDirectories(folder);
      byte[] key = keyCreatingIfNeeded();
      try (FileChannel channel =
              FileChannel.open(
                  file(),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.READ,
                  StandardOpenOption.WRITE);
          FileLock ignored = channel.lock()) {
        String previousMac = lastMac(channel);
        String body =
            head.sequence()
                + " "
                + head.hash()
                + " "
                + at
                + " "
                + OCCASION.matcher(occasion.strip()).replaceAll("-");
        String line = body + " " + mac(key, previousMac, body) + "\n";
        channel.position(channel.size());
        ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the audit anchor to " + file(), e);
    }
  }

  /** Reads and checks every line: its key, its link to the line before, its fields. */
  public Reading read() {
    Path log = file();
    Path keyFile = folder.resolve(KEY);
    boolean hasKey = Files.exists(keyFile);
    if (!Files.exists(log)) {
      return hasKey
          ? new Reading(
              List.of(),
              "the anchor log "
                  + log
                  + " is missing, although anchors were written (its key "
                  + keyFile
                  + " exists): it was deleted")
          : new Reading(List.of(), null);
    }
    if (!hasKey) {
      return new Reading(
          List.of(),
          "the anchor key "
              + keyFile
              + " is missing, so the anchors in "
              + log
              + " cannot be checked");
    }
    try {
      byte[] key = readKey(keyFile);
      String text = Files.readString(log, StandardCharsets.US_ASCII);
      List<AuditChain.Anchor> anchors = new ArrayList<>();
      String previousMac = "";
      int start = 0;
      int lineNo = 0;
      while (start < text.length()) {
        int end = text.indexOf('\n', start);
        if (end < 0) {
          break; // a write cut short: never completed, never relied on
        }
        lineNo++;
        String line = text.substring(start, end);
        start = end + 1;
        int lastSpace = line.lastIndexOf(' ');
        String[] fields = line.split(" ", -1);
        if (lastSpace < 0 || fields.length != 5) {
          return tampered(log, lineNo, "it does not have the five fields of an anchor");
        }
        String body = line.substring(0, lastSpace);
        String mac = line.substring(lastSpace + 1);
        if (!MessageDigest.isEqual(
            mac.getBytes(StandardCharsets.US_ASCII),
            mac(key, previousMac, body).getBytes(StandardCharsets.US_ASCII))) {
          return tampered(
              log,
              lineNo,
              "its key does not match (the line was edited, or one before it was removed or"
                  + " changed)");
        }
        try {
          anchors.add(
              new AuditChain.Anchor(
                  new AuditChain.Head(Long.parseLong(fields[0]), fields[1]),
                  Instant.parse(fields[2]),
                  fields[3]));
        } catch (NumberFormatException | DateTimeParseException e) {
          return tampered(log, lineNo, "its sequence or time cannot be read");
        }
        previousMac = mac;
      }
      return new Reading(List.copyOf(anchors), null);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the audit anchors in " + log, e);
    }
  }

  private static Reading tampered(Path log, int line, String why) {
    return new Reading(List.of(), log + ":" + line + ": anchor: " + why);
  }

  private byte[] keyCreatingIfNeeded() throws IOException {
    Path keyFile = folder.resolve(KEY);
    if (!Files.exists(keyFile)) {
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      Path temporary = Files.createTempFile(folder, ".anchor-", ".key");
      try {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the folder's own permissions apply
      }
      Files.writeString(temporary, HEX.formatHex(key) + "\n", StandardCharsets.US_ASCII);
      try (FileChannel c = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        c.force(true);
      }
      try {
        Files.move(temporary, keyFile, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        Files.deleteIfExists(temporary);
        if (!Files.exists(keyFile)) {
          throw e;
        }
      }
    }
    return readKey(keyFile);
  }

  private static byte[] readKey(Path keyFile) throws IOException {
    String hex = Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
    try {
      return HEX.parseHex(hex);
    } catch (IllegalArgumentException e) {
      throw new IOException("The audit anchor key " + keyFile + " is not a key", e);
    }
  }

  /** The MAC of the last complete line, or "" when there is none. */
  private static String lastMac(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size == 0) {
      return "";
    }
    int tail = (int) Math.min(size, 4_096);
    ByteBuffer buffer = ByteBuffer.allocate(tail);
    channel.read(buffer, size - tail);
    String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
    int end = text.lastIndexOf('\n');
    if (end < text.length() - 1) {
      // a line cut short by a crash was never complete, so never relied on: drop it
      channel.truncate(size - (text.length() - 1 - end));
    }
    if (end < 0) {
      return "";
    }
    String last = text.substring(text.lastIndexOf('\n', end - 1) + 1, end);
    return last.substring(last.lastIndexOf(' ') + 1);
  }

  private static String mac(byte[] key, String previousMac, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(previousMac.getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) ' ');
      return HEX.formatHex(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is missing from this Java runtime", e);
    }
  }
}
