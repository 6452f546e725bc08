package com.tickmark.persistence.workspace;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one-writer-at-a-time guard: an OS file lock on {@code workspace.lock}, holding a line that
 * says who has the workspace open so that a second instance can tell the user.
 */
final class WorkspaceLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;
  private final String holder;

  private WorkspaceLock(FileChannel channel, FileLock lock, String holder) {
    this.channel = channel;
    this.lock = lock;
    this.holder = holder;
  }

  /** Who holds this lock: "process 123 of user ann on host, since 2025-11-20T08:00:00Z". */
  String holder() {
    return holder;
  }

  static WorkspaceLock acquire(Path directory, Instant now) {
    Path file = directory.resolve("workspace.lock");
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        String holder = readHolder(file);
        channel.close();
        throw new WorkspaceException(
            WorkspaceException.Reason.LOCKED,
            "The workspace "
                + directory
                + " is already open in another Tickmark"
                + (holder.isEmpty() ? "" : " (" + holder + ")")
                + ", which writes to it; one program writes to a workspace at a time. Close that"
                + " window first, or open a different workspace with --workspace DIR. Commands that"
                + " only read (info, trade show, audit verify, ...) and a second window for viewing"
                + " work alongside it.",
            null);
      }
      String holder = describeThisProcess(now);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
      return new WorkspaceLock(channel, lock, holder);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new WorkspaceException(
          WorkspaceException.Reason.INACCESSIBLE,
          "Cannot lock the workspace "
              + directory
              + ": "
              + e.getMessage()
              + ". Check that the folder exists and you may write to it.",
          e);
    }
  }

  /** When the holder opened the workspace, to the second: what a person reads in a banner. */
  private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private static String describeThisProcess(Instant now) {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "this computer";
    }
    return "process "
        + ManagementFactory.getRuntimeMXBean().getPid()
        + " of user "
        + System.getProperty("user.name")
        + " on "
        + host
        + ", since "
        + SINCE.format(now.atOffset(ZoneOffset.UTC))
        + " UTC";
  }

  private static String readHolder(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      return "";
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing more to release
      }
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // the channel close below releases it too
    }
    closeQuietly(channel);
  }
}
