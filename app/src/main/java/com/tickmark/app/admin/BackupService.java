package com.tickmark.app.admin;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.json.Json;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.persistence.Repositories;
import com.tickmark.persistence.workspace.Workspace;
import com.tickmark.persistence.workspace.WorkspaceBackup;
import com.tickmark.persistence.workspace.WorkspaceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Backups and restores as an administrator does them, from the command line or the Admin screen:
 * the actor must hold ADMINISTER_WORKSPACE, and each one is in the audit trail. A backup records
 * itself before it is taken, so the backup holds its own record.
 */
public final class BackupService {
  public static final String ENTITY = "Workspace";

  private final Workspace workspace;
  private final AuditTrail audit;
  private final Clock clock;

  public BackupService(Workspace workspace, AuditTrail audit, Clock clock) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** What a restore produced: where, and what the backup held (every table checked against it). */
  public record Restored(Path directory, Inventory inventory) {}

  /**
   * What a backup holds: when it was taken and each table's rows, in table order.
   *
   * @param rowsByTable the number of rows of each table, by table name
   */
  public record Inventory(Instant takenAt, SortedMap<String, Long> rowsByTable) {
    static Inventory of(WorkspaceBackup.Inventory backup) {
      SortedMap<String, Long> rows = new TreeMap<>();
      backup.tables().forEach((table, digest) -> rows.put(table, digest.rows()));
      return new Inventory(backup.takenAt(), Collections.unmodifiableSortedMap(rows));
    }

    public long rows() {
      return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** Writes an online, consistent backup of the open workspace to {@code zip}, replacing it. */
  public Inventory backup(Actor actor, Path zip) {
    actor.require(Permission.ADMINISTER_WORKSPACE);
    Path file = zip.toAbsolutePath().normalize();
    audit.append(
        new AuditEvent(
            actor.username(),
            clock.instant(),
            ENTITY,
            workspace.directory().toString(),
            AuditAction.BACKUP,
            "",
            Json.write(Map.of("file", file.toString())),
            "backup"));
    audit.anchor("backup");
    return Inventory.of(WorkspaceBackup.backup(workspace, file, clock.instant()));
  }

  /**
   * Restores {@code zip} into {@code directory}, a new folder, and checks every table against the
   * backup. The restore is recorded in this workspace's audit trail and in the restored one's.
   *
   * @param passphrase the passphrase of the backed-up workspace if it was encrypted, else null
   * @throws WorkspaceException with reason PASSPHRASE_NEEDED when the backup is encrypted and no
   *     (or a wrong) passphrase was given; nothing is left behind in {@code directory}
   */
  public Restored restore(Actor actor, Path zip, Path directory, char[] passphrase) {
    actor.require(Permission.ADMINISTER_WORKSPACE);
    Path dir = directory.toAbsolutePath().normalize();
    Path from = zip.toAbsolutePath().normalize();
    if (dir.equals(workspace.directory().toAbsolutePath().normalize())) {
      throw new IllegalArgumentException(
          "Restore into a new, empty folder, not into the open workspace " + dir + ".");
    }
    if (hasFiles(dir)) {
      // a failed restore removes what it wrote, so it must never write into a folder holding
      // anything else
      throw new IllegalArgumentException(
          "The folder " + dir + " is not empty. Restore into a new, empty folder.");
    }
    WorkspaceBackup.Inventory inventory = WorkspaceBackup.restore(from, dir, passphrase);
    Instant now = clock.instant();
    String after =
        Json.write(new RestoreRecord(from.toString(), inventory.takenAt(), dir.toString()));
    try (Workspace restored = Workspace.open(dir, passphrase, clock)) {
      Repositories.of(restored)
          .audit()
          .append(
              new AuditEvent(
                  actor.username(),
                  now,
                  ENTITY,
                  dir.toString(),
                  AuditAction.RESTORE,
                  "",
                  after,
                  "restored by " + actor.username() + " signed in to " + workspace.directory()));
    }
    audit.append(
        new AuditEvent(
            actor.username(),
            now,
            ENTITY,
            dir.toString(),
            AuditAction.RESTORE,
            "",
            after,
            "restore into a new folder"));
    return new Restored(dir, Inventory.of(inventory));
  }

  /**
   * True when {@code zip} is the backup of an encrypted workspace, so restoring it needs the
   * passphrase.
   */
  public static boolean isEncrypted(Path zip) {
    return Files.isRegularFile(zip) && WorkspaceBackup.isEncrypted(zip);
  }

  private static boolean hasFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Files.exists(dir);
    }
    try (var entries = Files.list(dir)) {
      return entries.findAny().isPresent();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the folder " + dir + ": " + e.getMessage(), e);
    }
  }

  /** What the audit trail records of a restore. */
  private record RestoreRecord(String from, Instant takenAt, String into) {}
}
