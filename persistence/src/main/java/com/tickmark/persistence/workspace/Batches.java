package com.tickmark.persistence.workspace;

import java.util.Collection;
import java.util.function.Function;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Bulk inserts: one prepared statement, bind values sent in batches of {@value #BATCH_SIZE} rows.
 * Callers run it inside their transaction so that a load is all or nothing.
 */
public final class Batches {
  public static final int BATCH_SIZE = 1_000;

  private Batches() {}

  /** Inserts one row per item into {@code table}, with {@code values} giving the row in {@code fields} order. */
  public static <T> int insert(DSLContext dsl, Table<?> table, Collection<? extends T> items, Function<T, Object[]> values, Field<?>... fields) {
    Object[] placeholders = new Object[fields.length];
    int rows = 0;
    BatchBindStep batch = null;
    int pending = 0;
    for (T item : items) {
      if (batch == null) {
        batch = dsl.batch(dsl.insertInto(table, fields).values(placeholders));
      }
      batch.bind(values.apply(item));
      pending++;
      if (pending == BATCH_SIZE) {
        batch.execute();
        rows += pending;
        pending = 0;
        batch = null;
      }
    }
    if (batch != null && pending > 0) {
      batch.execute();
      rows += pending;
    }
    return rows;
  }
}
