package com.tickmark.model.recon.run;

import com.tickmark.model.recon.match.ReconDefinition;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A reconciliation the firm runs: its definition (sides, fields, passes), the field whose
 * difference is the amount at stake, and the amount above which writing a break off needs a second
 * person.
 *
 * @param stakeField the compared field whose difference, times the record's unit value, is a field
 *     mismatch's amount at stake
 * @param writeOffLimit write-offs of more than this, in the break's currency, need approval
 */
public record Recon(
    ReconDefinition definition, String title, String stakeField, BigDecimal writeOffLimit) {
  public Recon {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(title, "title");
    definition.indexOf(stakeField); // a field of the recon
    if (writeOffLimit.signum() < 0) {
      throw new IllegalArgumentException("A write-off limit must not be negative");
    }
  }

  public String name() {
    return definition.name();
  }
}
