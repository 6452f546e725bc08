package com.tickmark.model.intake;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * An {@link IntakeTarget} over a store's methods: rows stored with sequential ids and undone by id
 * range, e.g. {@code new IdRangeTarget<>(ENTITY, store::nextLineId, StatusLine::id,
 * store::insertLines, store::deleteLines)}.
 *
 * @param kind the kind, as the intake journal and the audit trail name it
 * @param next the id the next stored row gets
 * @param ids a row's id
 * @param inserts stores rows (ids ascending) in the caller's transaction
 * @param deletes deletes the rows of ids first to last, in the caller's transaction
 * @param <T> the kind's row type
 */
public record IdRangeTarget<T>(
    String kind,
    LongSupplier next,
    ToLongFunction<T> ids,
    Consumer<List<T>> inserts,
    BiConsumer<Long, Long> deletes)
    implements IntakeTarget<T> {
  @Override
  public long nextId() {
    return next.getAsLong();
  }

  @Override
  public long id(T row) {
    return ids.applyAsLong(row);
  }

  @Override
  public void insert(List<T> rows) {
    inserts.accept(rows);
  }

  @Override
  public void delete(long first, long last) {
    deletes.accept(first, last);
  }
}
