package com.tickmark.persistence.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
  @TempDir Path dir;

  @Test
  void createsTheDatabaseAndAppliesEveryMigrationOnFirstOpen() {
    try (Workspace ws = Workspace.open(dir)) {
      assertThat(ws.created()).isTrue();
      assertThat(Workspace.exists(dir)).isTrue();
      List<String> tables =
          ws.dsl()
              .fetch(
                  "SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA ="
                      + " 'PUBLIC'")
              .getValues(0, String.class);
      assertThat(tables)
          .contains(
              "instrument",
              "counterparty",
              "account",
              "book",
              "price",
              "fx_rate",
              "trade",
              "calendar_holiday");
    }
  }

  @Test
  void keepsWhatWasWrittenAcrossReopening() {
    try (Workspace ws = Workspace.open(dir)) {
      new SettingsRepository(ws.dsl()).setBusinessDate(LocalDate.of(2025, 11, 20));
    }
    try (Workspace ws = Workspace.open(dir)) {
      assertThat(ws.created()).isFalse();
      assertThat(new SettingsRepository(ws.dsl()).businessDate())
          .contains(LocalDate.of(2025, 11, 20));
    }
  }

  /**
   * Issue #11, point 12: every close left {@code workspace.lock} behind. (That no H2 trace is left
   * either is checked on the demo command, in a process of its own: TickmarkCommandTest.)
   */
  @Test
  void closingRemovesTheLockFileAndOneLeftByAKilledProcessIsTakenOver() throws IOException {
    Path lockFile = dir.resolve("workspace.lock");
    try (Workspace ws = Workspace.open(dir)) {
      new SettingsRepository(ws.dsl()).setBusinessDate(LocalDate.of(2025, 11, 20));
      assertThat(lockFile).exists();
    }
    assertThat(lockFile).doesNotExist();

    Files.writeString(lockFile, "process 1 of user ann on host, since 2025-11-20 08:00:00 UTC");
    try (Workspace ws = Workspace.open(dir)) {
      assertThat(new SettingsRepository(ws.dsl()).businessDate())
          .contains(LocalDate.of(2025, 11, 20));
    }
    assertThat(lockFile).doesNotExist();
  }

  @Test
  void refusesASecondOpenInTheSameProcessWithAClearMessage() {
    try (Workspace first = Workspace.open(dir)) {
      assertThatThrownBy(() -> Workspace.open(dir))
          .isInstanceOf(WorkspaceException.class)
          .hasMessageContaining("already open in another Tickmark")
          .hasMessageContaining("process " + ProcessHandle.current().pid())
          .satisfies(
              e ->
                  assertThat(((WorkspaceException) e).reason())
                      .isEqualTo(WorkspaceException.Reason.LOCKED));
    }
    // released on close
    try (Workspace again = Workspace.open(dir)) {
      assertThat(again.created()).isFalse();
    }
  }

  @Test
  void refusesAWorkspaceThatAnotherProcessHasOpen() throws Exception {
    Workspace.open(dir).close();
    Path lockFile = dir.resolve("workspace.lock");
    // another JVM takes the OS lock on the same file and holds it until we are done
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path holder = dir.resolve("Holder.java");
    Files.writeString(
        holder,
        String.join(
            "\n",
            "import java.nio.channels.FileChannel;",
            "import java.nio.file.*;",
            "public class Holder { public static void main(String[] a) throws Exception {",
            "  try (FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE,"
                + " StandardOpenOption.WRITE); var l = c.lock()) {",
            "    System.out.println(\"locked\"); System.out.flush(); Thread.sleep(60000); } } }"));
    Process p =
        new ProcessBuilder(javaBin, holder.toString(), lockFile.toString())
            .redirectErrorStream(true)
            .start();
    try {
      String line = new String(p.getInputStream().readNBytes(6));
      assertThat(line).isEqualTo("locked");
      assertThatThrownBy(() -> Workspace.open(dir))
          .isInstanceOf(WorkspaceException.class)
          .hasMessageContaining("already open in another Tickmark");
    } finally {
      p.destroy();
      p.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void explainsThatADamagedDatabaseCannotBeRead() throws IOException {
    Workspace.open(dir).close();
    Path db = Workspace.databaseFile(dir);
    byte[] bytes = Files.readAllBytes(db);
    Arrays.fill(bytes, 0, Math.min(bytes.length, 8192), (byte) 'x');
    Files.write(db, bytes);

    assertThatThrownBy(() -> Workspace.open(dir))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("cannot be read")
        .hasMessageContaining("Restore it from a backup")
        .satisfies(
            e ->
                assertThat(((WorkspaceException) e).reason())
                    .isEqualTo(WorkspaceException.Reason.CORRUPT));
  }

  @Test
  void explainsThatAFileThatIsNotADatabaseCannotBeRead() throws IOException {
    Files.writeString(Workspace.databaseFile(dir), "this is not an H2 database\n".repeat(100));
    assertThatThrownBy(() -> Workspace.open(dir))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("is not a Tickmark workspace");
  }

  @Test
  void refusesAWorkspaceWrittenByANewerVersion() {
    try (Workspace ws = Workspace.open(dir)) {
      ws.dsl()
          .execute(
              "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                  + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\","
                  + " \"installed_on\", \"execution_time\", \"success\") VALUES (999, '999', 'from"
                  + " the future', 'SQL', 'V999__from_the_future.sql', 0, 'test',"
                  + " CURRENT_TIMESTAMP, 1, TRUE)");
    }
    assertThatThrownBy(() -> Workspace.open(dir))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("written by a newer version of Tickmark (schema version 999")
        .satisfies(
            e ->
                assertThat(((WorkspaceException) e).reason())
                    .isEqualTo(WorkspaceException.Reason.NEWER_VERSION));
  }

  @Test
  void explainsWhenTheFolderCannotBeCreated() throws IOException {
    Path file = dir.resolve("a-file");
    Files.writeString(file, "x");
    assertThatThrownBy(() -> Workspace.open(file.resolve("ws")))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("Cannot create the workspace folder");
  }
}
