package com.tickmark.model.settlement.status;

import java.util.Map;

/**
 * What the custodians' settlement-status reason codes (ISO 15022 MT548 reasons, as the status files
 * carry them) mean in words, so that the fails list reads "LACK — lack of securities" rather than a
 * code to look up. A code not in the table keeps no meaning: it is shown as it came.
 */
public final class FailReasons {
  private static final Map<String, String> MEANINGS =
      Map.ofEntries(
          Map.entry("LACK", "lack of securities"),
          Map.entry("LALO", "securities on loan"),
          Map.entry("BLOC", "securities blocked"),
          Map.entry("CLAC", "counterparty lacks securities"),
          Map.entry("MONY", "lack of cash"),
          Map.entry("CMON", "counterparty lacks cash"),
          Map.entry("CMIS", "counterparty instruction missing"),
          Map.entry("NCON", "no confirmation"),
          Map.entry("DDAT", "settlement date mismatch"),
          Map.entry("DEPT", "place of settlement mismatch"),
          Map.entry("SAFE", "safekeeping account mismatch"),
          Map.entry("CASH", "cash account mismatch"),
          Map.entry("LATE", "instruction received after the cut-off"));

  private FailReasons() {}

  /** The meaning of {@code code} in words ("lack of securities"); empty when it has none known. */
  public static String meaning(String code) {
    return code == null ? "" : MEANINGS.getOrDefault(code.trim(), "");
  }

  /** The code with its meaning, "LACK (lack of securities)"; the code alone when none is known. */
  public static String describe(String code) {
    String c = code == null ? "" : code.trim();
    String meaning = meaning(c);
    return meaning.isEmpty() ? c : c + " (" + meaning + ")";
  }
}
