package com.tickmark.model.intake;

import com.tickmark.model.audit.RowDigests;
import com.tickmark.model.tx.Transactions;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * The intake pipeline: one pass over one incoming file, the same for every kind of file. Its rows
 * are read through the kind's profile (columns by header name or position; a row narrower than the
 * profile needs is a problem), each converted by the kind's {@link Mapper}, which reports every
 * problem as {@code FILE:LINE: field: message}. By default one problem refuses the whole file; a
 * quarantine import stores the good rows and sets the bad ones aside, each as its line with its
 * problems; a preview stores nothing.
 *
 * <p>Valid rows are stored in chunks of {@value #CHUNK}, each committed on its own, on a second
 * thread while the reading thread checks the rows that follow. Before the first chunk the run is
 * recorded in the {@link IntakeJournal} and committed; each chunk advances it in the chunk's own
 * transaction. The last chunk commits with the kind's import record and audit record (the {@code
 * commit} callback) and the run's end, so the import is all or nothing: an import that fails or is
 * cancelled deletes the rows it stored (by their id range), and one whose process dies part-way is
 * rolled back by {@link IntakeRecovery} when the workspace next opens.
 *
 * @param <F> the kind's fields
 * @param <T> the kind's row type
 */
public final class Intake<F extends Enum<F> & IntakeField, T> {
  /** Rows per stored chunk: H2 commits small transactions faster than one large one. */
  public static final int CHUNK = 1_000;

  /**
   * Converts one kind's rows. Each check a row fails is reported through {@link
   * IntakeCells#problem}, all of them, not only the first.
   */
  public interface Mapper<F extends Enum<F> & IntakeField, T> {
    /**
     * Problems with the file as a whole, found before its first row (e.g. a profile naming an
     * unknown sender); any problem stops the pass.
     */
    default void start(List<ImportProblem> problems) {}

    /**
     * The problem with a file without rows: "has no rows", or what the kind calls them; null when a
     * file without rows is fine (a status file on a day with nothing to report).
     */
    default String noRows() {
      return "has no rows";
    }

    /** The row as the kind's row with {@code id}, or null when it has a problem. */
    T map(IntakeCells<F> row, long id);
  }

  /** An earlier import of the same file (same SHA-256), which refuses a second one. */
  public record Earlier(
      long id, String fileName, String importedBy, Instant importedAt, int rows) {}

  private final IntakeTarget<T> target;
  private final IntakeJournal journal;
  private final Transactions tx;
  private final Clock clock;

  public Intake(IntakeTarget<T> target, IntakeJournal journal, Transactions tx, Clock clock) {
    this.target = target;
    this.journal = journal;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * The re-import guard: refuses {@code fileName} (unless it is only previewed) when a file with
   * the same SHA-256 was imported before.
   *
   * @param rowsNoun what the earlier import's rows were ("trades")
   */
  public static void refuseRepeat(
      String fileName, Optional<Earlier> earlier, ImportMode mode, String rowsNoun) {
    if (earlier.isEmpty() || mode == ImportMode.PREVIEW) {
      return;
    }
    Earlier e = earlier.get();
    throw new ImportRefusedException(
        fileName
            + " was already imported on "
            + e.importedAt()
            + " by "
            + e.importedBy()
            + " (as "
            + e.fileName()
            + ", import "
            + e.id()
            + ", "
            + e.rows()
            + " "
            + rowsNoun
            + "); nothing was written.");
  }

  /**
   * Reads {@code source} through {@code profile} and {@code mapper}; stores the valid rows unless
   * previewing or refused. {@code onValid} (may be null) sees each valid row; {@code commit} runs
   * in the import's last transaction, after its last rows are stored: it records the import.
   *
   * @throws ImportRefusedException the file cannot be read; nothing was written
   * @throws CancellationException {@code monitor} asked to stop; nothing was written
   */
  public IntakeOutcome<T> run(
      IntakeRequest request,
      IntakeProfile<F> profile,
      RowSource source,
      Mapper<F, T> mapper,
      Consumer<T> onValid,
      ImportMonitor monitor,
      Consumer<IntakeOutcome<T>> commit) {
    Pass pass = new Pass(request, profile, mapper, onValid, target.nextId());
    try {
      if (request.mode() != ImportMode.PREVIEW) {
        pass.runId =
            tx.inTransaction(
                () ->
                    journal.begin(
                        target.kind(),
                        request.fileName(),
                        request.sha256(),
                        request.user(),
                        clock.instant().truncatedTo(ChronoUnit.MICROS),
                        pass.firstId));
        pass.journaled = true;
      }
      try {
        pass.read(source);
      } finally {
        pass.writer.finish();
      }
      pass.writer.rethrow();
      if (monitor.isCancelled()) {
        throw new CancellationException(
            "The import of " + request.fileName() + " was cancelled; nothing was written.");
      }
      if (request.mode() == ImportMode.PREVIEW) {
        return pass.outcome();
      }
      if (pass.problems.isEmpty() || request.mode() == ImportMode.QUARANTINE) {
        return tx.inTransaction(
            () -> {
              pass.flush();
              IntakeOutcome<T> outcome = pass.outcome();
              commit.accept(outcome);
              journal.end(pass.runId, IntakeRun.State.DONE);
              return outcome;
            });
      }
      undo(pass);
      return pass.outcome();
    } catch (WorkbookException e) {
      undo(pass);
      throw new ImportRefusedException(e.getMessage() + " Nothing was written.");
    } catch (IOException e) {
      undo(pass);
      throw new ImportRefusedException(
          "Could not read "
              + request.location()
              + ": "
              + e.getMessage()
              + "; nothing was written.");
    } catch (RuntimeException e) {
      undo(pass);
      throw e;
    }
  }

  private void undo(Pass pass) {
    pass.writer.finish();
    long first = pass.firstId;
    long last = pass.storedUpTo;
    if (last < first && !pass.journaled) {
      return;
    }
    tx.run(
        () -> {
          if (last >= first) {
            target.delete(first, last);
          }
          if (pass.journaled) {
            journal.end(pass.runId, IntakeRun.State.UNDONE);
          }
        });
    pass.storedUpTo = first - 1;
    pass.journaled = false;
  }

  /** Stops reading a file whose header or profile already refuses it. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /** One pass over one file. */
  private final class Pass implements IntakeCells<F>, IntakeRow.Handler {
    final IntakeRequest request;
    final IntakeProfile<F> profile;
    final Mapper<F, T> mapper;
    final Consumer<T> onValid;
    final long firstId;
    final ChunkWriter<T> writer;
    final List<ImportProblem> problems = new ArrayList<>();
    final List<QuarantinedRow> quarantine = new ArrayList<>();
    final List<T> sample = new ArrayList<>();
    final RowDigests digests = new RowDigests();
    final List<String> values;
    final Map<String, F> fieldsByKey = new HashMap<>();
    final boolean storing;
    List<T> chunk = new ArrayList<>(CHUNK);
    long runId;
    boolean journaled;

    /** The last id stored and committed by this pass. */
    volatile long storedUpTo;

    long nextId;
    int rows;
    int lastLine;
    Columns<F> columns;
    String headerLine;
    IntakeRow current;
    int rowProblems;

    Pass(
        IntakeRequest request,
        IntakeProfile<F> profile,
        Mapper<F, T> mapper,
        Consumer<T> onValid,
        long firstId) {
      this.request = request;
      this.profile = profile;
      this.mapper = mapper;
      this.onValid = onValid;
      this.firstId = firstId;
      this.nextId = firstId;
      this.storedUpTo = firstId - 1;
      this.values = request.problemValues() ? new ArrayList<>() : null;
      this.storing = request.mode() != ImportMode.PREVIEW;
      this.writer = new ChunkWriter<>(target.kind() + "-writer", this::store);
      for (F f : profile.fieldType().getEnumConstants()) {
        fieldsByKey.put(f.key(), f);
      }
    }

    void read(RowSource source) throws IOException {
      mapper.start(problems);
      if (!problems.isEmpty()) {
        return;
      }
      if (!profile.header()) {
        columns = Columns.byPosition(profile);
      }
      try {
        source.read(this);
      } catch (Stop e) {
        return;
      }
      String noRows = mapper.noRows();
      if (rows == 0 && noRows != null) {
        problems.add(new ImportProblem(Math.max(1, lastLine), "file", noRows));
      }
    }

    @Override
    public void row(IntakeRow row) {
      lastLine = row.line();
      if (columns == null) {
        headerLine = row.raw();
        columns = Columns.byHeader(profile, row, problems);
        if (columns == null) {
          throw new Stop();
        }
        return;
      }
      rows++;
      current = row;
      rowProblems = problems.size();
      T converted = null;
      if (row.size() < columns.width()) {
        problem(
            "line",
            "has "
                + row.size()
                + " fields; profile "
                + profile.name()
                + " needs at least "
                + columns.width());
      } else {
        converted = mapper.map(this, nextId);
      }
      if (problems.size() > rowProblems || converted == null) {
        setAside(row);
      } else {
        accept(converted);
      }
      current = null;
    }

    private void accept(T converted) {
      nextId++;
      if (sample.size() < request.sampleSize()) {
        sample.add(converted);
      }
      if (onValid != null) {
        onValid.accept(converted);
      }
      if (!storing || (request.mode() == ImportMode.ALL_OR_NOTHING && !problems.isEmpty())) {
        return;
      }
      chunk.add(converted);
      List<String> values = target.digestValues(converted);
      if (values != null) {
        digests.add(target.id(converted), values);
      }
      if (chunk.size() >= CHUNK) {
        writer.submit(chunk);
        chunk = new ArrayList<>(CHUNK);
      }
    }

    private void setAside(IntakeRow row) {
      if (request.mode() != ImportMode.QUARANTINE) {
        return;
      }
      StringBuilder b = new StringBuilder();
      for (ImportProblem p : problems.subList(rowProblems, problems.size())) {
        b.append(b.length() == 0 ? "" : "; ").append(p.field()).append(": ").append(p.message());
      }
      quarantine.add(new QuarantinedRow(row.line(), row.raw(), b.toString()));
    }

    /** Stores one full chunk and advances the journal, in one transaction (the writer thread). */
    private void store(List<T> rows) {
      long last = target.id(rows.get(rows.size() - 1));
      tx.run(
          () -> {
            target.insert(rows);
            journal.advance(runId, last);
          });
      storedUpTo = last;
    }

    /**
     * Stores the pending rows in the caller's transaction, once the writer has stored the chunks
     * before them.
     */
    void flush() {
      if (chunk.isEmpty()
          || !storing
          || (request.mode() == ImportMode.ALL_OR_NOTHING && !problems.isEmpty())) {
        return;
      }
      long last = target.id(chunk.get(chunk.size() - 1));
      target.insert(chunk);
      journal.advance(runId, last);
      storedUpTo = last;
      chunk = new ArrayList<>(CHUNK);
    }

    IntakeOutcome<T> outcome() {
      boolean kept =
          request.mode() == ImportMode.QUARANTINE
              || (request.mode() == ImportMode.ALL_OR_NOTHING && problems.isEmpty());
      return new IntakeOutcome<>(
          request.fileName(),
          request.sha256(),
          request.mode(),
          rows,
          List.copyOf(problems),
          List.copyOf(quarantine),
          List.copyOf(sample),
          firstId,
          request.mode() == ImportMode.PREVIEW || kept ? (int) (nextId - firstId) : 0,
          headerLine,
          values == null ? List.of() : padded(),
          digests.texts());
    }

    private List<String> padded() {
      while (values.size() < problems.size()) {
        values.add("");
      }
      return List.copyOf(values);
    }

    @Override
    public int line() {
      return current.line();
    }

    @Override
    public String text(F field) {
      return current.text(columns.index(field));
    }

    @Override
    public Object value(F field) {
      return current.value(columns.index(field));
    }

    @Override
    public boolean hasProblems() {
      return problems.size() > rowProblems;
    }

    @Override
    public void problem(String field, String message) {
      if (values != null) {
        while (values.size() < problems.size()) {
          values.add(""); // problems with the file or its header, found outside a row
        }
        F f = fieldsByKey.get(field);
        values.add(current == null || f == null ? "" : text(f));
      }
      problems.add(new ImportProblem(current.line(), field, message));
    }
  }
}
