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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one-writer-at-a-time guard: an OS file lock on {@code workspace.lock}, holding a line that
 * says who has the workspace open so that a second instance can tell the user. The file exists
 * while the workspace is open: closing deletes it while still holding the lock, so a clean exit
 * leaves nothing behind (a killed process leaves it, unlocked, and the next open takes it over).
 */
final class WorkspaceLock implements AutoCloseable {
  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final String holder;

  private WorkspaceLock(Path file, FileChannel channel, FileLock lock, String holder) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.holder = holder;
  }

  /** Who holds this lock: "process 123 of user ann on host, since 2025-11-20T08:00:00Z". */
  String holder() {
    return holder;
  }

  /** How often {@link #acquire} tries again when the file it locked was deleted meanwhile. */
  private static final int ATTEMPTS = 5;

  static WorkspaceLock acquire(Path directory, Instant now) {
    Path file = directory.resolve("workspace.lock");
    for (int attempt = 1; ; attempt++) {
      WorkspaceLock lock = tryAcquire(directory, file, now);
      if (lock != null) {
        return lock;
      }
      if (attempt == ATTEMPTS) {
        throw new WorkspaceException(
            WorkspaceException.Reason.LOCKED,
            "The workspace "
                + directory
                + " is being opened and closed by other programs too often to lock it. Try"
                + " again in a moment.",
            null);
      }
    }
  }

  /**
   * Locks {@code file}, or returns null when the file locked was deleted by the program closing the
   * workspace between this one opening it and locking it: the lock then guards nothing, as the next
   * program to open the workspace creates a new file.
   */
  private static WorkspaceLock tryAcquire(Path directory, Path file, Instant now) {
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      Object opened = fileKey(file);
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
      if (opened == null || !opened.equals(fileKey(file))) {
        channel.close();
        return null;
      }
      String holder = describeThisProcess(now);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
      return new WorkspaceLock(file, channel, lock, holder);
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

  /**
   * What identifies the file now at {@code file} (its device and inode), read without opening it:
   * closing any other channel on the locked file would release this process's lock on some systems.
   * Null when there is no file; where the system has no such key (Windows, whose locks are
   * mandatory and whose files being deleted cannot be opened), the file's creation time.
   */
  private static Object fileKey(Path file) throws IOException {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return a.fileKey() != null ? a.fileKey() : a.creationTime();
    } catch (NoSuchFileException e) {
      return null;
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
      // deleted while locked: a program that opened the file meanwhile cannot lock it, and one
      // that locks it afterwards sees it is no longer the workspace's lock file
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // left behind, unlocked: the next open takes it over
    }
    try {
      lock.release();
    } catch (IOException ignored) {
      // the channel close below releases it too
    }
    closeQuietly(channel);
  }
}
