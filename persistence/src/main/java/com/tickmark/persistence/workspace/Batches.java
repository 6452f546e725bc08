package com.tickmark.persistence.workspace;

import java.math.BigDecimal;
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
 * statement in batches of {@value #BATCH_SIZE}, on the connection of the caller's transaction (so a
 * load is all or nothing). Per-row work through jOOQ's binding layer cost several times H2's own
 * insert time on large loads.
 */
public final class Batches {
  public static final int BATCH_SIZE = 1_000;

  private Batches() {}

  /**
   * Inserts one row per item into {@code table}, with {@code values} giving the row in {@code
   * fields} order.
   */
  public static <T> int insert(
      DSLContext dsl,
      Table<?> table,
      Collection<? extends T> items,
      Function<T, Object[]> values,
      Field<?>... fields) {
    if (items.isEmpty()) {
      return 0;
    }
    String sql = dsl.render(dsl.insertInto(table, fields).values(new Object[fields.length]));
    int[] sqlTypes = new int[fields.length];
    for (int i = 0; i < fields.length; i++) {
      sqlTypes[i] = fields[i].getDataType().getSQLType();
    }
    return run(
        dsl,
        sql,
        table.getName(),
        items,
        (ps, item) -> {
          Object[] row = values.apply(item);
          for (int i = 0; i < row.length; i++) {
            bind(ps, i + 1, row[i], sqlTypes[i]);
          }
        });
  }

  /** Sets one item's parameters on the statement. */
  @FunctionalInterface
  public interface Binder<T> {
    void bind(PreparedStatement ps, T item) throws SQLException;
  }

  /**
   * Runs {@code sql} once per item, bound by {@code binder}, in JDBC batches of {@value
   * #BATCH_SIZE} on the connection of the caller's transaction; {@code what} names the rows in an
   * error.
   */
  public static <T> int run(
      DSLContext dsl,
      String sql,
      String what,
      Collection<? extends T> items,
      Binder<? super T> binder) {
    int[] rows = {0};
    dsl.connection(
        connection -> {
          try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T item : items) {
              binder.bind(ps, item);
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
            throw new DataAccessException(
                "Could not store " + what + " rows: " + cause.getMessage(), e);
          }
        });
    return rows[0];
  }

  /**
   * Binds with the typed setter where there is one: H2's {@code setObject} first works out what the
   * value is.
   */
  private static void bind(PreparedStatement ps, int index, Object value, int sqlType)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, sqlType);
    } else if (value instanceof String s) {
      ps.setString(index, s);
    } else if (value instanceof Long l) {
      ps.setLong(index, l);
    } else if (value instanceof Integer i) {
      ps.setInt(index, i);
    } else if (value instanceof BigDecimal d) {
      ps.setBigDecimal(index, d);
    } else {
      ps.setObject(index, value);
    }
  }
}
