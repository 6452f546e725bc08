package com.tickmark.persistence.intake;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The queries every intake kind's tables share: the next sequential id, the id-range undo and the
 * import record of a file by its SHA-256.
 */
public final class ImportTables {
  private ImportTables() {}

  /** The id the next row of {@code id}'s table gets: one past the highest, 1 when empty. */
  public static <R extends Record> long nextId(DSLContext dsl, TableField<R, Long> id) {
    Long max = dsl.select(DSL.max(id)).from(id.getTable()).fetchOne(0, Long.class);
    return max == null ? 1 : max + 1;
  }

  /** Deletes the rows of {@code id}'s table with ids {@code first} to {@code last}. */
  public static <R extends Record> void deleteRange(
      DSLContext dsl, TableField<R, Long> id, long first, long last) {
    dsl.deleteFrom(id.getTable()).where(id.between(first, last)).execute();
  }

  /** The earliest import record of the file {@code sha256} (by {@code id}), if any. */
  public static <R extends Record, T> Optional<T> firstBySha256(
      DSLContext dsl,
      TableField<R, Long> id,
      TableField<R, String> sha256Field,
      String sha256,
      RecordMapper<? super R, T> mapper) {
    return dsl.selectFrom(id.getTable())
        .where(sha256Field.eq(sha256))
        .orderBy(id)
        .limit(1)
        .fetchOptional(mapper);
  }
}
