package com.tickmark.persistence.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a workspace while another program has it open for writing (issue 10, item 11). */
class WorkspaceReaderTest {
  private static final LocalDate DATE = LocalDate.of(2025, 11, 20);

  @TempDir Path dir;

  @Test
  void aReaderSeesWhatTheWriterCommitsWhileTheWriterKeepsItOpen() {
    try (Workspace writer = Workspace.open(dir)) {
      new SettingsRepository(writer.dsl()).setBusinessDate(DATE);
      try (Workspace reader = Workspace.openOrJoin(dir, null, Clock.systemUTC())) {
        assertThat(reader.readOnly()).isPresent();
        assertThat(writer.readOnly()).isEmpty();
        assertThat(new SettingsRepository(reader.dsl()).businessDate()).contains(DATE);

        new SettingsRepository(writer.dsl()).setBusinessDate(DATE.plusDays(1));
        assertThat(new SettingsRepository(reader.dsl()).businessDate()).contains(DATE.plusDays(1));
      }
      // the writer carries on after the reader has gone
      new SettingsRepository(writer.dsl()).setBusinessDate(DATE.plusDays(2));
    }
    assertThat(dir.resolve(WorkspaceServer.FILE)).doesNotExist();
  }

  @Test
  void theDatabaseRefusesAReadersWriteWithASentenceNamingTheWriter() {
    try (Workspace writer = Workspace.open(dir);
        Workspace reader = Workspace.openReadOnly(dir, null)) {
      SettingsRepository settings = new SettingsRepository(reader.dsl());
      assertThatThrownBy(
              () ->
                  reader.inTransaction(
                      () -> {
                        settings.setBusinessDate(DATE);
                        return null;
                      }))
          .isInstanceOf(WorkspaceException.class)
          .hasMessageContaining("is open for writing in another program (process ")
          .hasMessageContaining("this window or command can only read")
          .satisfies(
              e ->
                  assertThat(((WorkspaceException) e).reason())
                      .isEqualTo(WorkspaceException.Reason.READ_ONLY));
      assertThatThrownBy(() -> reader.dsl().execute("DELETE FROM workspace_setting"))
          .isInstanceOf(WorkspaceException.class)
          .hasMessageContaining("can only read");
      assertThatThrownBy(() -> reader.dsl().execute("SHUTDOWN"))
          .isInstanceOf(WorkspaceException.class);
      assertThatThrownBy(() -> reader.dsl().execute("CREATE TABLE sneaky(x INT)"))
          .isInstanceOf(WorkspaceException.class);
      assertThat(new SettingsRepository(writer.dsl()).businessDate()).isEmpty();
    }
  }

  @Test
  void aReaderOfAnEncryptedWorkspaceNeedsItsPassphrase() {
    char[] passphrase = "correct horse battery".toCharArray();
    try (Workspace writer = Workspace.open(dir, passphrase)) {
      new SettingsRepository(writer.dsl()).setBusinessDate(DATE);
      assertThatThrownBy(() -> Workspace.openReadOnly(dir, null))
          .isInstanceOf(WorkspaceException.class)
          .hasMessageContaining("is encrypted");
      assertThatThrownBy(() -> Workspace.openReadOnly(dir, "wrong".toCharArray()))
          .isInstanceOf(WorkspaceException.class)
          .hasMessageContaining("passphrase")
          .hasMessageContaining("wrong");
      try (Workspace reader = Workspace.openReadOnly(dir, passphrase)) {
        assertThat(new SettingsRepository(reader.dsl()).businessDate()).contains(DATE);
      }
    }
  }

  @Test
  void aReaderWhoseWriterClosesIsToldSoNotGivenAStackTrace() {
    Workspace writer = Workspace.open(dir);
    try (Workspace reader = Workspace.openReadOnly(dir, null)) {
      assertThat(new SettingsRepository(reader.dsl()).businessDate()).isEmpty();
      writer.close();
      assertThatThrownBy(() -> new SettingsRepository(reader.dsl()).businessDate())
          .isInstanceOf(WorkspaceException.class)
          .hasMessageContaining("has closed it")
          .hasMessageContaining("Open the workspace again");
    } finally {
      writer.close();
    }
  }

  @Test
  void openOrJoinWritesWhenNoOtherProgramHasTheWorkspace() {
    try (Workspace ws = Workspace.openOrJoin(dir, null, Clock.systemUTC())) {
      assertThat(ws.readOnly()).isEmpty();
      new SettingsRepository(ws.dsl()).setBusinessDate(DATE);
      assertThat(Files.exists(dir.resolve(WorkspaceServer.FILE))).isTrue();
    }
  }
}
