package com.tickmark.model.recon.report;

import com.tickmark.model.recon.run.Recon;
import com.tickmark.model.recon.run.ReconBreak;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.report.catalog.ParameterValues;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the recon reports share: the recon chosen, and a break's amount as people read it. */
final class ReconReports {
  private ReconReports() {}

  /** The recon the user chose; empty for every recon. */
  static Optional<String> recon(ParameterValues parameters) {
    return parameters.lookup(ReconParameter.NAME, Recon.class).map(Recon::name);
  }

  /** How the report's parameters name the recon chosen. */
  static String label(Optional<String> recon) {
    return recon.orElse("Every recon");
  }

  /**
   * A break's amount at stake in its currency's decimals (half-even: the stake of a mismatch is a
   * difference times a unit value, which may carry more); as stored for a currency the firm has not
   * set up.
   */
  static Function<ReconBreak, BigDecimal> amounts(ReconReader reader) {
    Map<String, Currency> currencies =
        reader.currencies().stream()
            .collect(Collectors.toMap(c -> c.code().code(), Function.identity()));
    return b -> {
      Currency c = currencies.get(b.currency());
      return c == null ? b.amount() : c.round(b.amount(), RoundingMode.HALF_EVEN);
    };
  }
}
