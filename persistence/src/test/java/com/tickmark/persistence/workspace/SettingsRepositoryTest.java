package com.tickmark.persistence.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.firm.FirmStore;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings as the firm service reads them, on a real migrated workspace. */
class SettingsRepositoryTest {
  @TempDir Path dir;

  @Test
  void aNewWorkspaceHoldsNoFirm() {
    try (Workspace ws = Workspace.open(dir)) {
      FirmStore firm = new SettingsRepository(ws.dsl());
      assertThat(firm.firmName()).isEmpty();
      assertThat(firm.baseCurrency()).isEmpty();
      assertThat(firm.businessDate()).isEmpty();
      assertThat(firm.demo()).isFalse();
    }
  }

  @Test
  void readsTheFirmAsTheDemoInstallerWroteIt() {
    try (Workspace ws = Workspace.open(dir)) {
      SettingsRepository settings = new SettingsRepository(ws.dsl());
      settings.put(SettingsRepository.FIRM_NAME, "Northwind Capital");
      settings.put(SettingsRepository.BASE_CURRENCY, "EUR");
      settings.put(SettingsRepository.DEMO_SEED, "42");
      settings.setBusinessDate(LocalDate.of(2025, 11, 20));
      FirmStore firm = settings;
      assertThat(firm.firmName()).contains("Northwind Capital");
      assertThat(firm.baseCurrency()).contains("EUR");
      assertThat(firm.businessDate()).contains(LocalDate.of(2025, 11, 20));
      assertThat(firm.demo()).isTrue();
    }
  }
}
