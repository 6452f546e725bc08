package com.tickmark.model.recon.report;

import com.tickmark.model.recon.run.Recon;
import com.tickmark.model.recon.run.ReconBreak;
import com.tickmark.model.recon.run.ReconRun;
import com.tickmark.model.refdata.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * What the recon reports read, as the user running them: the workstation backs it with the
 * permission-checked recon run service; tests with lists.
 */
public interface ReconReader {
  /** The recons the workspace runs, in the order they run. */
  List<Recon> recons();

  /** The runs, of one recon when given, newest first. */
  List<ReconRun> runs(Optional<String> recon);

  /** The breaks and matches with a difference, of one recon when given, by run date then id. */
  List<ReconBreak> breaks(Optional<String> recon);

  /** How many business days old each break is, as of the business date. */
  ToIntFunction<ReconBreak> ages();

  /** The firm's currencies, to show each amount in its currency's decimals. */
  List<Currency> currencies();
}
