package com.tickmark.persistence.workspace;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.ConnectionProvider;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * The connections of a workspace opened to read, and what becomes of their failures: a write the
 * database refused (the reader user may only select) becomes a {@link WorkspaceException} saying
 * who writes to the workspace; a connection the writer cut off by closing the workspace becomes one
 * saying so. Neither reaches the user as a stack trace.
 */
final class ReaderSession implements ConnectionProvider, ExecuteListener {
  private static final long serialVersionUID = 1L;

  private final Path directory;
  private final transient JdbcConnectionPool pool;
  private final String readOnlyBecause;

  ReaderSession(Path directory, JdbcConnectionPool pool, String readOnlyBecause) {
    this.directory = directory;
    this.pool = pool;
    this.readOnlyBecause = readOnlyBecause;
  }

  @Override
  public Connection acquire() {
    try {
      return pool.getConnection();
    } catch (SQLException e) {
      throw translate(e);
    }
  }

  @Override
  public void release(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // a connection the writer cut off cannot be closed cleanly; the pool forgets it
    }
  }

  @Override
  public void exception(ExecuteContext ctx) {
    SQLException e = ctx.sqlException();
    if (e != null) {
      RuntimeException translated = translate(e);
      if (translated instanceof WorkspaceException) {
        ctx.exception(translated);
      }
    }
  }

  /** A sentence for the failures a reader meets; other failures as jOOQ reports them. */
  RuntimeException translate(SQLException e) {
    switch (e.getErrorCode()) {
      case ErrorCode.NOT_ENOUGH_RIGHTS_FOR_1, ErrorCode.ADMIN_RIGHTS_REQUIRED -> {
        return new WorkspaceException(
            WorkspaceException.Reason.READ_ONLY,
            readOnlyBecause.substring(0, 1).toUpperCase(Locale.ROOT)
                + readOnlyBecause.substring(1)
                + ". Nothing was changed; make the change in that program, or close it and open"
                + " the workspace again.",
            e);
      }
      case ErrorCode.CONNECTION_BROKEN_1,
          ErrorCode.DATABASE_IS_CLOSED,
          ErrorCode.DATABASE_CALLED_AT_SHUTDOWN -> {
        return new WorkspaceException(
            WorkspaceException.Reason.WRITER_GONE,
            "The program that had the workspace "
                + directory
                + " open for writing has closed it, so this window or command can no longer read"
                + " it. Open the workspace again.",
            e);
      }
      default -> {
        return new org.jooq.exception.DataAccessException(e.getMessage(), e);
      }
    }
  }
}
