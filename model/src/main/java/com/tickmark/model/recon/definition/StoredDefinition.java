package com.tickmark.model.recon.definition;

import java.time.Instant;
import java.util.Objects;

/**
 * A recon's settings as the firm changed them, kept in the workspace.
 *
 * @param settings the {@link ReconSettings} as JSON
 * @param version how many times they were changed (a built-in recon is at 0)
 */
public record StoredDefinition(
    String recon, String settings, int version, String updatedBy, Instant updatedAt) {
  public StoredDefinition {
    Objects.requireNonNull(recon, "recon");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(updatedBy, "updatedBy");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
