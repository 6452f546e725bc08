package com.tickmark.app.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.UiState;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where file dialogs open: where people keep such files, never the folder the app runs in. */
class FileChoiceTest {
  @TempDir Path home;

  @Test
  void exportsStartInATickmarkExportsFolderInTheUsersDocumentsMadeWhenFirstNeeded()
      throws Exception {
    Files.createDirectories(home.resolve("Documents"));
    Path expected = home.resolve("Documents").resolve("Tickmark exports");
    assertThat(expected).doesNotExist();

    assertThat(FileChoice.exportFolder(UiState.inMemory(), home)).isEqualTo(expected);
    assertThat(expected).isDirectory();
  }

  @Test
  void withoutADocumentsFolderExportsStartInTickmarkExportsInTheHomeFolder() {
    assertThat(FileChoice.exportFolder(UiState.inMemory(), home))
        .isEqualTo(home.resolve("Tickmark exports"))
        .isDirectory();
  }

  @Test
  void exportsStartWhereTheUserLastSavedWhileThatFolderExists() throws Exception {
    UiState state = UiState.inMemory();
    Path desk = Files.createDirectories(home.resolve("desk"));
    FileChoice.remember(state, FileChoice.FOLDER_KEY, desk.resolve("blotter.xlsx"));
    assertThat(FileChoice.exportFolder(state, home)).isEqualTo(desk);
    assertThat(FileChoice.importFolder(state, home.resolve("inbox"), home))
        .as("imports remember their own folder")
        .isNotEqualTo(desk);

    Files.delete(desk);
    assertThat(FileChoice.exportFolder(state, home)).isEqualTo(home.resolve("Tickmark exports"));
  }

  @Test
  void importsStartInTheWorkspaceInboxThenWhereTheLastFileCameFrom() throws Exception {
    UiState state = UiState.inMemory();
    Path inbox = Files.createDirectories(home.resolve("ws").resolve("inbox"));
    assertThat(FileChoice.importFolder(state, inbox, home)).isEqualTo(inbox);

    Path broker = Files.createDirectories(home.resolve("broker files"));
    FileChoice.remember(state, FileChoice.IMPORT_FOLDER_KEY, broker.resolve("fills.csv"));
    assertThat(FileChoice.importFolder(state, inbox, home)).isEqualTo(broker);
    assertThat(FileChoice.exportFolder(state, home))
        .as("exports remember their own folder")
        .isNotEqualTo(broker);
  }

  @Test
  void aWorkspaceWithoutAnInboxStartsImportsInTheHomeFolder() {
    assertThat(FileChoice.importFolder(UiState.inMemory(), home.resolve("no-inbox"), home))
        .isEqualTo(home);
  }
}
