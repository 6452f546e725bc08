package com.tickmark.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;

/**
 * A query written with jOOQ's DSL whose many rows are read straight off JDBC, column by column in
 * the order it selects them: jOOQ's records cost more than the rows themselves when a screen or a
 * recon reads 100,000 or a million of them.
 */
public final class PlainRows {
  /** One row of the result, its columns read by position. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private PlainRows() {}

  /** Every row of {@code query}, read by {@code reader}, in the query's order. */
  public static <T> List<T> fetch(DSLContext dsl, ResultQuery<?> query, Reader<T> reader) {
    return dsl.connectionResult(
        c -> {
          try (PreparedStatement s = c.prepareStatement(query.getSQL())) {
            List<Object> binds = query.getBindValues();
            for (int i = 0; i < binds.size(); i++) {
              s.setObject(i + 1, binds.get(i));
            }
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
              List<T> out = new ArrayList<>();
              while (rs.next()) {
                out.add(reader.read(rs));
              }
              return out;
            }
          }
        });
  }
}
