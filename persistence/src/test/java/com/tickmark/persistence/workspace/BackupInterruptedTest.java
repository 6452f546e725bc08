package com.tickmark.persistence.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup that stops part-way (the process killed, the disk full) must never leave part of a zip
 * at the backup's name: the fault-injection suite found that a killed backup replaced the earlier,
 * good backup with a truncated file that no longer restores.
 */
class BackupInterruptedTest {
  @TempDir Path tmp;

  @Test
  void aBackupStoppedPartWayLeavesTheEarlierBackupWholeAndNoTemporaryFiles() throws IOException {
    Path zip = tmp.resolve("backups/workspace.zip");
    try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
      new SettingsRepository(ws.dsl()).put("marker", "first");
      Files.createDirectories(ws.inbox().resolve("bank"));
      Files.writeString(ws.inbox().resolve("bank/statement.sta"), ":20:REF\n");
      WorkspaceBackup.backup(ws, zip, Instant.parse("2025-11-20T18:00:00Z"));
      Path earlier = Files.copy(zip, tmp.resolve("earlier.zip"));

      new SettingsRepository(ws.dsl()).put("marker", "second");
      assertThatThrownBy(
              () ->
                  WorkspaceBackup.backup(
                      ws,
                      zip,
                      Instant.parse("2025-11-21T18:00:00Z"),
                      entry -> {
                        if (entry.startsWith("inbox/")) {
                          throw new IOException("the process stops here");
                        }
                      }))
          .isInstanceOf(UncheckedIOException.class);

      assertThat(Files.mismatch(zip, earlier)).as("the earlier backup, untouched").isEqualTo(-1L);
      try (Stream<Path> files = Files.list(zip.getParent())) {
        assertThat(files).as("no temporary file left").containsExactly(zip);
      }
    }
    WorkspaceBackup.restore(zip, tmp.resolve("restored"), null);
    try (Workspace restored = Workspace.open(tmp.resolve("restored"))) {
      assertThat(new SettingsRepository(restored.dsl()).get("marker")).contains("first");
    }
  }

  @Test
  void aNewBackupReplacesTheEarlierOneWhole() throws IOException {
    Path zip = tmp.resolve("workspace.zip");
    try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
      new SettingsRepository(ws.dsl()).put("marker", "first");
      WorkspaceBackup.backup(ws, zip, Instant.parse("2025-11-20T18:00:00Z"));
      new SettingsRepository(ws.dsl()).put("marker", "second");
      WorkspaceBackup.backup(ws, zip, Instant.parse("2025-11-21T18:00:00Z"));
    }
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("ws", "workspace.zip");
    }
    WorkspaceBackup.restore(zip, tmp.resolve("restored"), null);
    try (Workspace restored = Workspace.open(tmp.resolve("restored"))) {
      assertThat(new SettingsRepository(restored.dsl()).get("marker")).contains("second");
    }
  }

  @Test
  void whatAKilledBackupLeftIsRemovedByTheNextOne() throws IOException {
    Path zip = tmp.resolve("backups/workspace.zip");
    Path ws = tmp.resolve("ws");
    try (Workspace workspace = Workspace.open(ws)) {
      // what a backup killed part-way leaves: its database copy and part of its zip
      Path scratch = Files.createDirectories(ws.resolve(WorkspaceBackup.SCRATCH));
      Files.writeString(scratch.resolve("database-killed.zip"), "half a database");
      Files.createDirectories(zip.getParent());
      Files.writeString(zip.resolveSibling(".workspace.zip.part"), "half a zip");

      WorkspaceBackup.backup(workspace, zip, Instant.parse("2025-11-20T18:00:00Z"));

      try (Stream<Path> files = Files.list(scratch)) {
        assertThat(files).isEmpty();
      }
      try (Stream<Path> files = Files.list(zip.getParent())) {
        assertThat(files).containsExactly(zip);
      }
    }
    WorkspaceBackup.restore(zip, tmp.resolve("restored"), null);
  }
}
