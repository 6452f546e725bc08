package com.tickmark.model.intake;

import java.util.List;

/**
 * What became of one file of a batch: its problems (then nothing was written), its import record,
 * or the earlier import of the same file when it was refused as a repeat.
 *
 * @param <I> the kind's import record
 */
public interface IntakeFileResult<I extends IntakeImport> {
  String fileName();

  /** Where the file is, as its problems name it. */
  String location();

  List<ImportProblem> problems();

  /** The import; null when nothing was written. */
  I record();

  /** The import of the same file before, when this one was refused as a repeat; else null. */
  I earlier();

  default boolean written() {
    return record() != null;
  }

  /**
   * What the user should know of a file written, though nothing refused it (a bank statement stored
   * and flagged), each as {@code FILE:LINE: what}; none by default.
   */
  default List<String> notes() {
    return List.of();
  }
}
