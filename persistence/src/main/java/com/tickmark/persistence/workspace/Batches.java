package com.tickmark.persistence.workspace;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;

/**
 * Bulk inserts: the statement is rendered once by jOOQ, then rows go straight to one JDBC prepared
 * statement in batches of {@value #BATCH_SIZE}, on the connection of the caller's transaction (so
 * a load is all or nothing). Per-row work through jOOQ's binding layer cost several times H2's own
 * insert time on large loads.
 */
public final class Batches {
  public static final int BATCH_SIZE = 1_000;

  private Batches() {}

  /** Inserts one row per item into {@code table}, with {@code values} giving the row in {@code fields} order. */
  public static <T> int insert(DSLContext dsl, Table<?> table, Collection<? extends T> items, Function<T, Object[]> values, Field<?>... fields) {
    if (items.isEmpty()) {
      return 0;
    }
    String sql = dsl.render(dsl.insertInto(table, fields).values(new Object[fields.length]));
    int[] rows = {0};
    dsl.connection(connection -> {
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        int pending = 0;
        for (T item : items) {
          Object[] row = values.apply(item);
          for (int i = 0; i < row.length; i++) {
            ps.setObject(i + 1, row[i]);
          }
          ps.addBatch();
          if (++pending == BATCH_SIZE) {
            ps.executeBatch();
            rows[0] += pending;
            pending = 0;
          }
        }
        if (pending > 0) {
          ps.executeBatch();
          rows[0] += pending;
        }
      } catch (SQLException e) {
        SQLException cause = e.getNextException() != null ? e.getNextException() : e;
        throw new DataAccessException("Could not store " + table.getName() + " rows: " + cause.getMessage(), e);
      }
    });
    return rows[0];
  }
}
