package com.tickmark.persistence.workspace;

import com.tickmark.model.tx.Transactions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Tickmark workspace: a folder holding the embedded H2 database ({@code tickmark.mv.db}), the
 * {@code inbox/} of external files, and {@code logs/}. Opening one takes the single-writer lock and
 * brings the database schema up to date with the Flyway migrations this version carries.
 */
public final class Workspace implements AutoCloseable, Transactions {
  private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);
  static final String DATABASE_NAME = "tickmark";

  static {
    // H2 shares one cache of recently bound values (numbers, strings) to save memory on repeats; it
    // hashes and compares every value bound to a statement, about a sixth of the inserting thread's
    // time in a bulk load. Read once, when H2 starts, so set before any H2 class is used.
    if (System.getProperty("h2.objectCache") == null) {
      System.setProperty("h2.objectCache", "false");
    }
  }

  private final Path directory;
  private final WorkspaceLock lock;
  private final JdbcConnectionPool pool;
  private final DSLContext dsl;
  private final boolean created;

  private Workspace(Path directory, WorkspaceLock lock, JdbcConnectionPool pool, boolean created) {
    this.directory = directory;
    this.lock = lock;
    this.pool = pool;
    this.created = created;
    Settings settings =
        new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER).withExecuteLogging(false);
    // Thread-bound transactions: repositories share this one context, and any work run through
    // inTransaction() uses the transaction's connection without being handed it.
    this.dsl =
        DSL.using(
            new DefaultConfiguration()
                .set(SQLDialect.H2)
                .set(settings)
                .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(pool))));
  }

  /** Opens (creating if needed) the unencrypted workspace in {@code directory}. */
  public static Workspace open(Path directory) {
    return open(directory, null, Clock.systemUTC());
  }

  /**
   * Opens the workspace in {@code directory}, creating it if needed.
   *
   * @param passphrase the passphrase of an encrypted workspace, or {@code null}; when the workspace
   *     does not exist yet, a passphrase makes it encrypted
   */
  public static Workspace open(Path directory, char[] passphrase) {
    return open(directory, passphrase, Clock.systemUTC());
  }

  /** True when the workspace in {@code directory} is encrypted and needs its passphrase to open. */
  public static boolean isEncrypted(Path directory) {
    return WorkspaceEncryption.isEncrypted(directory.toAbsolutePath().normalize());
  }

  public static Workspace open(Path directory, char[] passphrase, Clock clock) {
    Path dir = directory.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new WorkspaceException(
          WorkspaceException.Reason.INACCESSIBLE,
          "Cannot create the workspace folder "
              + dir
              + ": "
              + e.getMessage()
              + ". Choose a folder you may write to with --workspace DIR.",
          e);
    }
    boolean created = !Files.exists(databaseFile(dir));
    WorkspaceLock lock = WorkspaceLock.acquire(dir, clock.instant());
    JdbcConnectionPool pool = null;
    try {
      boolean encrypted = WorkspaceEncryption.isEncrypted(dir);
      if (created && passphrase != null && !encrypted) {
        WorkspaceEncryption.createIn(dir);
        encrypted = true;
      }
      if (encrypted && (passphrase == null || passphrase.length == 0)) {
        throw new WorkspaceException(
            WorkspaceException.Reason.PASSPHRASE_NEEDED,
            "The workspace "
                + dir
                + " is encrypted: give its passphrase (the TICKMARK_PASSPHRASE environment variable"
                + " or the prompt).",
            null);
      }
      String password =
          encrypted ? WorkspaceEncryption.load(dir).filePassword(passphrase) + " " : "";
      pool =
          JdbcConnectionPool.create(
              jdbcUrl(dir) + (encrypted ? ";CIPHER=AES" : ""), "tickmark", password);
      pool.setMaxConnections(8);
      checkReadable(dir, pool);
      migrate(dir, pool);
      LOG.info("Opened workspace {}{}", dir, created ? " (new)" : "");
      return new Workspace(dir, lock, pool, created);
    } catch (RuntimeException e) {
      if (pool != null) {
        pool.dispose();
      }
      if (created) {
        // leave no half-made workspace behind: a later open must not think it is encrypted
        try {
          Files.deleteIfExists(dir.resolve(WorkspaceEncryption.FILE));
          Files.deleteIfExists(databaseFile(dir));
        } catch (IOException ignored) {
          // the original failure is what the user needs to see
        }
      }
      lock.close();
      throw e;
    }
  }

  /** The database file of the workspace in {@code directory}. */
  public static Path databaseFile(Path directory) {
    return directory.resolve(DATABASE_NAME + ".mv.db");
  }

  /** True when {@code directory} already holds a workspace database. */
  public static boolean exists(Path directory) {
    return Files.exists(databaseFile(directory));
  }

  static String jdbcUrl(Path dir) {
    return "jdbc:h2:file:" + dir.resolve(DATABASE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  private static void checkReadable(Path dir, JdbcConnectionPool pool) {
    try (Connection c = pool.getConnection()) {
      c.isValid(5);
    } catch (SQLException e) {
      throw translate(dir, e);
    }
  }

  static WorkspaceException translate(Path dir, SQLException e) {
    int code = e.getErrorCode();
    if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
      return new WorkspaceException(
          WorkspaceException.Reason.LOCKED,
          "The workspace "
              + dir
              + " is already open in another program. Close it first, or open a different workspace"
              + " with --workspace DIR.",
          e);
    }
    if (code == ErrorCode.FILE_VERSION_ERROR_1) {
      return new WorkspaceException(
          WorkspaceException.Reason.NEWER_VERSION,
          "The workspace "
              + dir
              + " was written with a database format this version of Tickmark cannot read. Open it"
              + " with the Tickmark version that wrote it.",
          e);
    }
    if (code == ErrorCode.WRONG_USER_OR_PASSWORD || code == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
      return new WorkspaceException(
          WorkspaceException.Reason.PASSPHRASE_NEEDED,
          "The passphrase for the workspace "
              + dir
              + " is wrong (or its workspace.properties does not belong to this database). Try"
              + " again.",
          e);
    }
    return new WorkspaceException(
        WorkspaceException.Reason.CORRUPT,
        "The workspace database "
            + databaseFile(dir)
            + " cannot be read: it is damaged or is not a Tickmark workspace ("
            + firstLine(e.getMessage())
            + "). Restore it from a backup, or start a new workspace with --workspace DIR.",
        e);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static void migrate(Path dir, JdbcConnectionPool pool) {
    Flyway flyway =
        Flyway.configure()
            .dataSource(pool)
            .locations("classpath:db/migration")
            .cleanDisabled(true)
            .load();
    MigrationInfo[] all;
    try {
      all = flyway.info().all();
    } catch (RuntimeException e) {
      throw unwrap(dir, e);
    }
    MigrationVersion known =
        Arrays.stream(all)
            .filter(
                m ->
                    m.getState() != MigrationState.FUTURE_SUCCESS
                        && m.getState() != MigrationState.FUTURE_FAILED)
            .map(MigrationInfo::getVersion)
            .max(MigrationVersion::compareTo)
            .orElse(MigrationVersion.EMPTY);
    for (MigrationInfo m : all) {
      if (m.getState() == MigrationState.FUTURE_SUCCESS
          || m.getState() == MigrationState.FUTURE_FAILED) {
        throw new WorkspaceException(
            WorkspaceException.Reason.NEWER_VERSION,
            "The workspace "
                + dir
                + " was written by a newer version of Tickmark (schema version "
                + m.getVersion()
                + "; this version knows up to "
                + known
                + "). Open it with that newer version; this one will not change it.",
            null);
      }
    }
    try {
      MigrateResult result = flyway.migrate();
      if (result.migrationsExecuted > 0) {
        LOG.info(
            "Workspace schema migrated to version {} ({} migrations)",
            result.targetSchemaVersion,
            result.migrationsExecuted);
      }
    } catch (RuntimeException e) {
      throw unwrap(dir, e);
    }
  }

  private static RuntimeException unwrap(Path dir, RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return translate(dir, sql);
      }
    }
    return new WorkspaceException(
        WorkspaceException.Reason.CORRUPT,
        "The workspace "
            + dir
            + " could not be brought up to date: "
            + firstLine(e.getMessage())
            + ". Restore it from a backup, or start a new workspace with --workspace DIR.",
        e);
  }

  public Path directory() {
    return directory;
  }

  /** Where external files arrive (broker confirmations, custodian and bank statements). */
  public Path inbox() {
    return directory.resolve("inbox");
  }

  public Path logs() {
    return directory.resolve("logs");
  }

  /** True when this open created the database. */
  public boolean created() {
    return created;
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
   */
  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (OPEN.get() != null) {
      return dsl.transactionResult(
          work::get); // nested: a savepoint inside the outermost transaction
    }
    OpenTransaction outermost = new OpenTransaction();
    OPEN.set(outermost);
    T result;
    try {
      result = dsl.transactionResult(work::get);
    } finally {
      OPEN.remove();
    }
    for (Runnable action : outermost.afterCommit) {
      try {
        action.run();
      } catch (RuntimeException e) {
        LOG.warn("An after-commit action failed; the transaction stays committed", e);
      }
    }
    return result;
  }

  @Override
  public void afterCommit(Runnable action) {
    OpenTransaction open = OPEN.get();
    if (open == null) {
      action.run();
    } else {
      open.afterCommit.add(action);
    }
  }

  /** The outermost transaction open on a thread, and what to run once it commits. */
  private static final class OpenTransaction {
    private final List<Runnable> afterCommit = new ArrayList<>();
  }

  private static final ThreadLocal<OpenTransaction> OPEN = new ThreadLocal<>();

  /** The shared jOOQ context; never mutate it. */
  public DSLContext dsl() {
    return dsl;
  }

  @Override
  public void close() {
    try (Connection c = pool.getConnection()) {
      c.createStatement().execute("SHUTDOWN");
    } catch (SQLException e) {
      LOG.warn("Workspace {} did not shut down cleanly: {}", directory, e.getMessage());
    } finally {
      pool.dispose();
      lock.close();
      LOG.info("Closed workspace {}", directory);
    }
  }
}
