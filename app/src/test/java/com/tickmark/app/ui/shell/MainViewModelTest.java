package com.tickmark.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.model.firm.FirmProfile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

class MainViewModelTest {
  private final ScreenDescriptor blotter =
      ScreenDescriptor.of("blotter", "Blotter", MaterialDesignC.COG, 10, s -> null);
  private final ScreenDescriptor refdata =
      ScreenDescriptor.of("refdata", "Reference data", MaterialDesignC.COG, 70, s -> null);
  private final AtomicReference<FirmProfile> stored = new AtomicReference<>(FirmProfile.NONE);
  private final UiState uiState = UiState.inMemory();

  private MainViewModel create() {
    return new MainViewModel(
        List.of(blotter, refdata),
        new DirectTaskExecutor(),
        stored::get,
        Path.of("/data/firm"),
        "alice",
        uiState);
  }

  @Test
  void saysNoFirmForAWorkspaceWithoutOne() {
    MainViewModel vm = create();
    assertThat(vm.firmTextProperty().get()).isEqualTo("no firm");
    assertThat(vm.businessDateTextProperty().get()).isEqualTo("no firm");
    assertThat(vm.userTextProperty().get()).isEqualTo("alice");
    assertThat(vm.workspaceTextProperty().get()).isEqualTo(Path.of("/data/firm").toString());
  }

  @Test
  void refreshReadsTheFirmAndBusinessDateAgain() {
    MainViewModel vm = create();
    stored.set(
        new FirmProfile(Optional.of("Acme Quant"), Optional.of(LocalDate.of(2025, 11, 20)), false));
    vm.refreshWorkspaceInfo();
    assertThat(vm.firmTextProperty().get()).isEqualTo("Acme Quant");
    assertThat(vm.businessDateTextProperty().get()).isEqualTo("2025-11-20");
  }

  @Test
  void startsOnTheFirstScreenThenRemembersTheChosenScreenAndTheme() {
    MainViewModel vm = create();
    assertThat(vm.selectedScreenProperty().get()).isEqualTo(blotter);
    assertThat(vm.darkThemeProperty().get()).isFalse();
    vm.selectScreen(refdata);
    vm.toggleTheme();
    uiState.save();

    MainViewModel again = create();
    assertThat(again.selectedScreenProperty().get()).isEqualTo(refdata);
    assertThat(again.darkThemeProperty().get()).isTrue();
  }

  @Test
  void ignoresARememberedScreenThatNoLongerExists() {
    uiState.put(MainViewModel.SELECTED_SCREEN_KEY, "retired-screen");
    assertThat(create().selectedScreenProperty().get()).isEqualTo(blotter);
  }
}
