package com.tickmark.app.ui.shell;

import com.tickmark.persistence.workspace.SettingsRepository;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the status bar says about the firm in the workspace.
 *
 * @param firmName empty in a workspace that holds no firm yet
 * @param businessDate the day the back office is working on; empty without a firm
 * @param demo true for a generated demo firm
 */
public record WorkspaceInfo(
    Optional<String> firmName, Optional<LocalDate> businessDate, boolean demo) {
  public static final WorkspaceInfo NONE =
      new WorkspaceInfo(Optional.empty(), Optional.empty(), false);

  /** Reads the firm's settings; touches the database, so never call it on the FX thread. */
  public static WorkspaceInfo read(SettingsRepository settings) {
    return new WorkspaceInfo(
        settings.get(SettingsRepository.FIRM_NAME).filter(s -> !s.isBlank()),
        settings.businessDate(),
        settings.get(SettingsRepository.DEMO_SEED).isPresent());
  }
}
