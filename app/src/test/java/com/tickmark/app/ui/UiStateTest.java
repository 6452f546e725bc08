package com.tickmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiStateTest {
  @TempDir Path dir;

  @Test
  void keepsValuesInTheWorkspaceFolderAcrossSessions() {
    UiState state = UiState.load(dir);
    state.putDouble("window.width", 1200.5);
    state.putBoolean("theme.dark", true);
    state.put("odd key = value", "tab\there, line\nbreak, unicode \u00e9 # ! :");
    state.save();

    assertThat(dir.resolve(UiState.FILE_NAME)).exists();
    UiState again = UiState.load(dir);
    assertThat(again.getDouble("window.width", 0)).isEqualTo(1200.5);
    assertThat(again.getBoolean("theme.dark", false)).isTrue();
    assertThat(again.get("odd key = value"))
        .contains("tab\there, line\nbreak, unicode \u00e9 # ! :");
  }

  @Test
  void eachUserKeepsTheirOwnScreenAndTab() {
    UiState clerk = UiState.forUser(dir, "clerk");
    clerk.put("screen.selected", "blotter");
    clerk.put("blotter.tab", "FX");
    clerk.save();
    UiState accountant = UiState.forUser(dir, "accountant");
    assertThat(accountant.get("screen.selected")).isEmpty();
    accountant.put("screen.selected", "reports");
    accountant.save();

    assertThat(UiState.forUser(dir, "clerk").get("blotter.tab")).contains("FX");
    assertThat(UiState.forUser(dir, "accountant").get("screen.selected")).contains("reports");
    assertThat(UiState.load(dir).get("screen.selected")).isEmpty();
    assertThat(dir.resolve(UiState.USERS_FOLDER).resolve("clerk.properties")).exists();
  }

  @Test
  void collectsLiveStateFromSaveHooksBeforeWriting() {
    UiState state = UiState.load(dir);
    int[] width = {800};
    state.addSaveHook(() -> state.putDouble("w", width[0]));
    width[0] = 1024;
    state.save();
    assertThat(UiState.load(dir).getDouble("w", 0)).isEqualTo(1024);
  }

  @Test
  void aMissingOrDamagedFileMeansDefaults() throws Exception {
    assertThat(UiState.load(dir).get("anything")).isEmpty();
    Files.writeString(dir.resolve(UiState.FILE_NAME), "window.width=wide\nbad=\\u12");
    UiState state = UiState.load(dir);
    assertThat(state.getDouble("window.width", 900)).isEqualTo(900);
  }

  @Test
  void inMemoryStateWritesNothing() {
    UiState state = UiState.inMemory();
    state.put("a", "b");
    state.save();
    assertThat(state.file()).isEmpty();
    assertThat(state.get("a")).contains("b");
  }
}
