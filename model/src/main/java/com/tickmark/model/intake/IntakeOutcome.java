package com.tickmark.model.intake;

import java.util.List;

/**
 * What one pass of the pipeline over a file found: the rows read, every problem in file order, the
 * rows a quarantine import sets aside, the first rows as they are (or would be) stored, and the ids
 * of those stored.
 *
 * @param loaded the valid rows, which are (or, in a preview, would be) stored with ids {@code
 *     firstId} onwards
 * @param headerLine the file's header row as a line of its layout; null without one
 * @param problemValues for each problem, when asked for, the text of the cell it is about ("" for a
 *     problem with no one cell); else empty
 * @param digests the stored rows' {@link com.tickmark.model.audit.RowDigests} blocks, as the
 *     import's audit record keeps them; empty for a kind without a data check
 * @param <T> the kind's row type
 */
public record IntakeOutcome<T>(
    String fileName,
    String sha256,
    ImportMode mode,
    int rows,
    List<ImportProblem> problems,
    List<QuarantinedRow> quarantined,
    List<T> sample,
    long firstId,
    int loaded,
    String headerLine,
    List<String> problemValues,
    List<String> digests) {
  /** The last stored id; null when nothing is. */
  public Long lastId() {
    return loaded == 0 ? null : firstId + loaded - 1;
  }
}
