package com.tickmark.model.intake;

import com.tickmark.model.audit.RowDigests;
import java.util.List;

/**
 * Where one kind of file's rows are stored, by sequential ids (trades; confirmations, custody
 * positions and statement lines next). The pipeline calls it inside its transactions.
 *
 * @param <T> the kind's row type
 */
public interface IntakeTarget<T> {
  /** The kind, as the intake journal and the audit trail name it (e.g. {@code TradeImport}). */
  String kind();

  /** The id the next stored row gets. */
  long nextId();

  long id(T row);

  /** Stores {@code rows} (ids ascending) in the caller's transaction. */
  void insert(List<T> rows);

  /** Deletes the rows of ids {@code first} to {@code last}, in the caller's transaction. */
  void delete(long first, long last);

  /**
   * The row's values as the kind's data check compares them with the trail; the pipeline digests
   * them ({@link RowDigests}) for the import's audit record. Null for a kind with no data check.
   */
  default List<String> digestValues(T row) {
    return null;
  }
}
