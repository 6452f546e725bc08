package com.tickmark.model.recon.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where recon runs and their breaks are kept. */
public interface ReconStore {
  long nextRunId();

  void insertRun(ReconRun run);

  /** The runs, of one recon when given, newest first. */
  List<ReconRun> runs(Optional<String> recon);

  long nextBreakId();

  /** Every break (and match with a difference) of {@code recon} run for {@code date}. */
  List<ReconBreak> breaksOf(String recon, LocalDate date);

  void insertBreaks(List<ReconBreak> breaks);

  /** Replaces stored breaks (by id) with these, as a run found them. */
  void updateBreaks(List<ReconBreak> breaks);

  void deleteBreaks(List<Long> ids);

  Optional<ReconBreak> find(long id);

  /**
   * Replaces break {@code next.id()} with {@code next} if it is still at {@code expectedVersion}.
   *
   * @return false when someone changed it meanwhile (nothing written)
   */
  boolean update(ReconBreak next, int expectedVersion);

  /** The breaks, of one recon when given, by run date then id. */
  List<ReconBreak> breaks(Optional<String> recon);

  long nextDecisionId();

  void insertDecision(ManualDecision decision);

  /** What people decided about {@code recon}'s records for {@code date}, oldest first. */
  List<ManualDecision> decisions(String recon, LocalDate date);
}
