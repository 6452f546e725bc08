package com.tickmark.model.audit;

import java.util.List;
import java.util.Locale;

/**
 * What a {@link DataCheck} found: how many records it compared with the trail and, for each one
 * that differs, a sentence naming it (at most {@link #SHOWN}; {@code differing} counts them all).
 */
public record DataCheckResult(
    String name, long recordsChecked, long differing, List<String> differences) {
  public static final int SHOWN = 100;

  public DataCheckResult {
    differences = List.copyOf(differences);
  }

  public boolean matches() {
    return differing == 0;
  }

  public String describe() {
    return matches()
        ? String.format(
            Locale.ROOT, "The %s match the audit trail: %,d records checked.", name, recordsChecked)
        : String.format(
            Locale.ROOT,
            "The %s do not match the audit trail: %,d difference%s among %,d records checked"
                + " (changed behind the application's back):",
            name,
            differing,
            differing == 1 ? "" : "s",
            recordsChecked);
  }
}
