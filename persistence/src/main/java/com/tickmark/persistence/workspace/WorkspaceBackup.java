package com.tickmark.persistence.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Online, consistent backups of a workspace, and restores into a new folder that are checked
 * against the backup's own inventory.
 *
 * <p>A backup is a zip holding H2's online {@code BACKUP} of the database (taken inside one
 * transaction, so consistent while the app keeps working), {@code workspace.properties} if the
 * workspace is encrypted, the {@code inbox/}, {@code outbox/}, {@code demo/} and {@code fix/}
 * folders, the audit chain's anchors ({@code audit/}, as they were before the database was copied),
 * and {@code backup.properties}: when it was taken and, per table, the row count and an
 * order-independent digest of its content.
 */
public final class WorkspaceBackup {
  static final String MANIFEST = "backup.properties";

  /**
   * The folders a backup carries beside the database: the files received and sent (such as the
   * settlement instructions), the demo's fault list, and the FIX session (sequence numbers and
   * message log), copied after the database so that the log holds at least what the database does
   * and a restored acceptor carries on the session.
   */
  private static final List<String> FOLDERS = List.of("inbox", "outbox", "demo", "fix");

  /**
   * The audit chain's anchors outside the database (see {@code AuditAnchorLog}), read before the
   * database is copied.
   */
  private static final String ANCHORS = "audit";

  /** Every file under {@code folder} of {@code dir}, by its zip entry name, sorted. */
  private static Map<String, byte[]> readFolder(Path dir, String folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    if (Files.isDirectory(dir.resolve(folder))) {
      try (Stream<Path> walk = Files.walk(dir.resolve(folder))) {
        for (Path f : walk.filter(Files::isRegularFile).toList()) {
          files.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
        }
      }
    }
    return files;
  }

  /**
   * Where a backup keeps the database copy H2 writes before it goes into the zip: inside the
   * workspace (never beside the backup file), so that the next backup removes what a killed one
   * left.
   */
  static final String SCRATCH = ".backup-scratch";

  /** The scratch files of the backups running in this process. */
  private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

  private WorkspaceBackup() {}

  /** What a backup holds, table by table. */
  public record Inventory(Instant takenAt, Map<String, TableDigest> tables) {
    public long rows() {
      return tables.values().stream().mapToLong(TableDigest::rows).sum();
    }
  }

  /** A table's row count and a digest of its rows that does not depend on their order. */
  public record TableDigest(long rows, String digest) {}

  /**
   * Writes a backup of the open workspace to {@code zipFile}, replacing it. The zip is written to
   * {@code .NAME.part} beside it, flushed to the disk and then renamed over {@code zipFile} in one
   * step: whenever the process stops, {@code zipFile} is the earlier file (or absent) or the
   * complete new backup, never part of one. A {@code .part} file a killed backup left is replaced
   * by the next backup to the same name.
   */
  public static Inventory backup(Workspace workspace, Path zipFile, Instant now) {
    return backup(workspace, zipFile, now, entry -> {});
  }

  /** Told of each entry once it is in the zip; a test throws from it to stop a backup part-way. */
  interface EntryWritten {
    void written(String entry) throws IOException;
  }

  static Inventory backup(Workspace workspace, Path zipFile, Instant now, EntryWritten afterEntry) {
    Path target = zipFile.toAbsolutePath();
    Path folder = target.getParent();
    Path part = folder.resolve("." + target.getFileName() + ".part");
    Path dbZip = null;
    try {
      Files.createDirectories(folder);
      Path scratch = Files.createDirectories(workspace.directory().resolve(SCRATCH));
      removeStale(scratch);
      dbZip = scratch.resolve("database-" + UUID.randomUUID() + ".zip");
      IN_PROGRESS.add(dbZip);
      Path db = dbZip;
      // The audit chain's anchors as they are before the database is copied: each names a record
      // already committed, so the restored database holds every record its anchors name.
      Map<String, byte[]> anchors = readFolder(workspace.directory(), ANCHORS);
      Inventory inventory =
          workspace.inTransaction(
              () -> {
                workspace.dsl().execute("BACKUP TO '" + db.toString().replace("'", "''") + "'");
                return new Inventory(now, digests(workspace.dsl()));
              });
      try (ZipOutputStream out =
          new ZipOutputStream(destination(workspace, Files.newOutputStream(part)))) {
        try (ZipFile dbFile = new ZipFile(dbZip.toFile())) {
          String name = Workspace.DATABASE_NAME + ".mv.db";
          out.putNextEntry(new ZipEntry(name));
          try (InputStream in = dbFile.getInputStream(dbFile.getEntry(name))) {
            in.transferTo(out);
          }
          out.closeEntry();
          afterEntry.written(name);
        }
        Path dir = workspace.directory();
        if (Files.exists(dir.resolve(WorkspaceEncryption.FILE))) {
          addFile(out, dir, dir.resolve(WorkspaceEncryption.FILE), afterEntry);
        }
        for (String f : FOLDERS) {
          if (Files.isDirectory(dir.resolve(f))) {
            try (Stream<Path> files = Files.walk(dir.resolve(f))) {
              for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                addFile(out, dir, file, afterEntry);
              }
            }
          }
        }
        for (Map.Entry<String, byte[]> anchor : anchors.entrySet()) {
          out.putNextEntry(new ZipEntry(anchor.getKey()));
          out.write(anchor.getValue());
          out.closeEntry();
        }
        out.putNextEntry(new ZipEntry(MANIFEST));
        toProperties(inventory).store(out, "Tickmark workspace backup");
        out.closeEntry();
        afterEntry.written(MANIFEST);
      }
      try (FileChannel written = FileChannel.open(part, StandardOpenOption.WRITE)) {
        written.force(true); // on the disk before it takes the backup's name
      }
      try {
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return inventory;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not write the backup " + zipFile + ": " + e.getMessage(), e);
    } finally {
      if (dbZip != null) {
        IN_PROGRESS.remove(dbZip);
        deleteQuietly(dbZip);
      }
      deleteQuietly(part);
    }
  }

  /**
   * Deletes what a backup of this workspace killed part-way left in the scratch folder (the
   * workspace is open in this process only, so a file no backup of this process is writing is
   * stale).
   */
  private static void removeStale(Path scratch) throws IOException {
    try (Stream<Path> files = Files.list(scratch)) {
      for (Path f : files.toList()) {
        if (!IN_PROGRESS.contains(f)) {
          deleteQuietly(f);
        }
      }
    }
  }

  private static void deleteQuietly(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException ignored) {
      // a stray temporary file is harmless, and the next backup removes it
    }
  }

  /**
   * Where the zip goes: straight to the file for a plain workspace; for an encrypted one, through
   * {@link BackupCipher}, so that nothing in the backup is readable without the passphrase.
   */
  private static OutputStream destination(Workspace workspace, OutputStream file)
      throws IOException {
    if (!WorkspaceEncryption.isEncrypted(workspace.directory())) {
      return file;
    }
    byte[] key =
        workspace
            .key()
            .orElseThrow(
                () ->
                    new WorkspaceException(
                        WorkspaceException.Reason.READ_ONLY,
                        "Only the program that has the encrypted workspace open for writing can"
                            + " back it up.",
                        null));
    WorkspaceEncryption encryption = WorkspaceEncryption.load(workspace.directory());
    return BackupCipher.encrypting(file, key, encryption.salt(), encryption.iterations());
  }

  /**
   * True when {@code file} is a backup of an encrypted workspace, so restoring needs the
   * passphrase.
   */
  public static boolean isEncrypted(Path file) {
    if (BackupCipher.isEncrypted(file)) {
      return true;
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      // a backup written before backups were encrypted: its database still needs the passphrase
      return zip.getEntry(WorkspaceEncryption.FILE) != null;
    } catch (IOException e) {
      return false; // not a zip: the restore itself says so
    }
  }

  /**
   * Restores {@code zipFile} into {@code targetDir}, which must not hold a workspace, then opens
   * the result and checks every table against the backup's inventory. On any mismatch the restored
   * files are removed and the restore fails.
   */
  public static Inventory restore(Path zipFile, Path targetDir, char[] passphrase) {
    Path dir = targetDir.toAbsolutePath().normalize();
    if (Workspace.exists(dir)) {
      throw new WorkspaceException(
          WorkspaceException.Reason.INACCESSIBLE,
          "The folder " + dir + " already holds a workspace; restore into a new, empty folder.",
          null);
    }
    if (!Files.isRegularFile(zipFile)) {
      throw new WorkspaceException(
          WorkspaceException.Reason.INACCESSIBLE, "There is no backup file " + zipFile + ".", null);
    }
    boolean encrypted = BackupCipher.isEncrypted(zipFile);
    if (encrypted && (passphrase == null || passphrase.length == 0)) {
      throw new WorkspaceException(
          WorkspaceException.Reason.PASSPHRASE_NEEDED,
          "The backup "
              + zipFile
              + " is of an encrypted workspace and is encrypted itself: give the workspace's"
              + " passphrase (the TICKMARK_PASSPHRASE environment variable or the prompt).",
          null);
    }
    Properties manifest = new Properties();
    try (InputStream raw = source(zipFile, encrypted, passphrase);
        ZipInputStream in = new ZipInputStream(raw)) {
      Files.createDirectories(dir);
      ZipEntry entry;
      boolean sawDatabase = false;
      while ((entry = in.getNextEntry()) != null) {
        Path out = dir.resolve(entry.getName()).normalize();
        if (!out.startsWith(dir)) {
          throw new WorkspaceException(
              WorkspaceException.Reason.CORRUPT,
              "The backup " + zipFile + " holds a file outside its folder: " + entry.getName(),
              null);
        }
        if (entry.getName().equals(MANIFEST)) {
          manifest.load(in);
          continue;
        }
        sawDatabase |= entry.getName().equals(Workspace.DATABASE_NAME + ".mv.db");
        Files.createDirectories(out.getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
          in.transferTo(o);
        }
      }
      if (!sawDatabase || manifest.isEmpty()) {
        throw new WorkspaceException(
            WorkspaceException.Reason.CORRUPT,
            "The file "
                + zipFile
                + " is not a Tickmark backup (no database or no inventory in it).",
            null);
      }
      if (encrypted) {
        // reading to the end (the zip's directory) checks every part up to the last is there
        // and authentic
        raw.transferTo(OutputStream.nullOutputStream());
      }
    } catch (IOException e) {
      removeRestored(dir);
      throw new WorkspaceException(
          WorkspaceException.Reason.CORRUPT,
          "Could not read the backup " + zipFile + ": " + e.getMessage(),
          e);
    } catch (RuntimeException e) {
      removeRestored(dir);
      throw e;
    }
    Inventory expected = fromProperties(manifest);
    try (Workspace restored = Workspace.open(dir, passphrase)) {
      Map<String, TableDigest> actual = digests(restored.dsl());
      for (Map.Entry<String, TableDigest> e : expected.tables().entrySet()) {
        if (!e.getValue().equals(actual.get(e.getKey()))) {
          throw new WorkspaceException(
              WorkspaceException.Reason.CORRUPT,
              "The restored table "
                  + e.getKey()
                  + " does not match the backup ("
                  + e.getValue().rows()
                  + " rows expected, "
                  + (actual.containsKey(e.getKey()) ? actual.get(e.getKey()).rows() : 0)
                  + " found).",
              null);
        }
      }
      return expected;
    } catch (RuntimeException e) {
      removeRestored(dir);
      throw e;
    }
  }

  private static InputStream source(Path zipFile, boolean encrypted, char[] passphrase)
      throws IOException {
    InputStream file = Files.newInputStream(zipFile);
    if (!encrypted) {
      return file;
    }
    try {
      return BackupCipher.decrypting(file, passphrase, zipFile);
    } catch (IOException | RuntimeException e) {
      file.close();
      throw e;
    }
  }

  /** Row count and content digest of every table of the workspace. */
  public static Map<String, TableDigest> digests(DSLContext dsl) {
    Map<String, TableDigest> result = new TreeMap<>();
    List<String> tables =
        dsl.fetch(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND"
                    + " TABLE_TYPE = 'BASE TABLE'")
            .getValues(0, String.class);
    for (String table : tables) {
      if (table.equalsIgnoreCase("flyway_schema_history")) {
        continue;
      }
      long rows = 0;
      long sum = 0;
      MessageDigest sha = sha256();
      for (Record r : dsl.fetchLazy("SELECT * FROM \"" + table + "\"")) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.size(); i++) {
          Object v = r.get(i);
          sb.append(v == null ? "\u0000" : v.toString()).append('\u001f');
        }
        byte[] h = sha.digest(sb.toString().getBytes(StandardCharsets.UTF_8));
        long x = 0;
        for (int i = 0; i < 8; i++) {
          x = (x << 8) | (h[i] & 0xff);
        }
        sum += x;
        rows++;
      }
      result.put(table.toLowerCase(Locale.ROOT), new TableDigest(rows, Long.toHexString(sum)));
    }
    return result;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void addFile(ZipOutputStream out, Path base, Path file, EntryWritten afterEntry)
      throws IOException {
    String name = base.relativize(file).toString().replace('\\', '/');
    out.putNextEntry(new ZipEntry(name));
    Files.copy(file, out);
    out.closeEntry();
    afterEntry.written(name);
  }

  private static Properties toProperties(Inventory inventory) {
    Properties p = new Properties();
    p.setProperty("taken-at", inventory.takenAt().toString());
    inventory
        .tables()
        .forEach(
            (t, d) -> {
              p.setProperty("table." + t + ".rows", Long.toString(d.rows()));
              p.setProperty("table." + t + ".digest", d.digest());
            });
    return p;
  }

  private static Inventory fromProperties(Properties p) {
    Map<String, TableDigest> tables = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith("table.") && key.endsWith(".rows")) {
        String t = key.substring(6, key.length() - 5);
        tables.put(
            t,
            new TableDigest(
                Long.parseLong(p.getProperty(key)), p.getProperty("table." + t + ".digest")));
      }
    }
    return new Inventory(Instant.parse(p.getProperty("taken-at")), tables);
  }

  private static void removeRestored(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // best effort: the failure itself is reported
    }
  }
}
