package com.tickmark.model.intake;

import java.time.Instant;
import java.util.List;

/**
 * Where the pipeline records each import while it runs (implemented by persistence), so that an
 * import killed part-way (kill -9, a power cut) can be rolled back when the workspace next opens.
 * See {@link IntakeRun}.
 */
public interface IntakeJournal {
  /** Records nothing: for stores kept in memory, which a dying process takes with it. */
  IntakeJournal NONE =
      new IntakeJournal() {
        @Override
        public long begin(
            String kind,
            String fileName,
            String sha256,
            String startedBy,
            Instant startedAt,
            long firstId) {
          return 0;
        }

        @Override
        public void advance(long runId, long lastId) {
          // nothing recorded
        }

        @Override
        public void end(long runId, IntakeRun.State state) {
          // nothing recorded
        }

        @Override
        public List<IntakeRun> unfinished(String kind) {
          return List.of();
        }
      };

  /** Records a new run, {@link IntakeRun.State#RUNNING}; returns its id. */
  long begin(
      String kind,
      String fileName,
      String sha256,
      String startedBy,
      Instant startedAt,
      long firstId);

  /** The run has stored (in the caller's transaction) every id up to {@code lastId}. */
  void advance(long runId, long lastId);

  void end(long runId, IntakeRun.State state);

  /** The runs of {@code kind} still running, oldest first. */
  List<IntakeRun> unfinished(String kind);
}
