package com.tickmark.persistence.workspace;

import com.tickmark.model.tx.Transactions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
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
  private final WorkspaceLock lock; // null for a reader
  private final WorkspaceServer server; // null for a reader
  private final JdbcConnectionPool pool;
  private final JdbcDataSource database; // unpooled connections, to shut down; null for a reader
  private final DSLContext dsl;
  private final boolean created;
  private final String readOnlyBecause; // null for the writer
  private final AtomicBoolean closed = new AtomicBoolean();
  private final byte[] key; // the key derived from the passphrase; null when not encrypted

  private Workspace(
      Path directory,
      WorkspaceLock lock,
      WorkspaceServer server,
      JdbcConnectionPool pool,
      JdbcDataSource database,
      boolean created,
      String readOnlyBecause,
      byte[] key) {
    this.directory = directory;
    this.key = key;
    this.lock = lock;
    this.server = server;
    this.pool = pool;
    this.database = database;
    this.created = created;
    this.readOnlyBecause = readOnlyBecause;
    Settings settings =
        new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER).withExecuteLogging(false);
    // Thread-bound transactions: repositories share this one context, and any work run through
    // inTransaction() uses the transaction's connection without being handed it.
    DefaultConfiguration configuration = new DefaultConfiguration();
    configuration.set(SQLDialect.H2).set(settings);
    if (readOnlyBecause == null) {
      configuration.set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(pool)));
    } else {
      ReaderSession reader = new ReaderSession(directory, pool, readOnlyBecause);
      configuration.set(new ThreadLocalTransactionProvider(reader));
      configuration.setExecuteListener(reader);
    }
    this.dsl = DSL.using(configuration);
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
    WorkspaceServer server = null;
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
      byte[] key = encrypted ? WorkspaceEncryption.load(dir).key(passphrase) : null;
      JdbcDataSource database = new JdbcDataSource();
      database.setURL(jdbcUrl(dir) + (encrypted ? ";CIPHER=AES" : ""));
      database.setUser("tickmark");
      database.setPassword(encrypted ? HexFormat.of().formatHex(key) + " " : "");
      pool = JdbcConnectionPool.create(database);
      pool.setMaxConnections(8);
      checkReadable(dir, pool);
      migrate(dir, pool);
      server =
          WorkspaceServer.start(dir, "file:" + dir.resolve(DATABASE_NAME), pool, lock.holder());
      LOG.info("Opened workspace {}{}", dir, created ? " (new)" : "");
      return new Workspace(dir, lock, server, pool, database, created, null, key);
    } catch (RuntimeException e) {
      if (server != null) {
        server.close();
      }
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

  /**
   * Opens the workspace in {@code directory} for writing when no other program has it open, else
   * joins the program that has as a reader (see {@link #openReadOnly}). For what only reads: a
   * command such as {@code info}, or a second window for viewing.
   */
  public static Workspace openOrJoin(Path directory, char[] passphrase, Clock clock) {
    try {
      return open(directory, passphrase, clock);
    } catch (WorkspaceException e) {
      if (e.reason() != WorkspaceException.Reason.LOCKED) {
        throw e;
      }
      return openReadOnly(directory, passphrase);
    }
  }

  /**
   * Joins the program that has the workspace in {@code directory} open for writing, as a reader: no
   * migrations, no recovery, and the database refuses every write with a {@link WorkspaceException}
   * of reason {@link WorkspaceException.Reason#READ_ONLY} that says who writes. Waits a few seconds
   * for a writer that is still opening the workspace.
   *
   * @param passphrase the passphrase of an encrypted workspace, or {@code null}
   * @throws WorkspaceException LOCKED when no program serves the workspace for reading (it is not
   *     open, or the program that has it is still starting or an older Tickmark)
   */
  public static Workspace openReadOnly(Path directory, char[] passphrase) {
    Path dir = directory.toAbsolutePath().normalize();
    boolean encrypted = WorkspaceEncryption.isEncrypted(dir);
    if (encrypted && (passphrase == null || passphrase.length == 0)) {
      throw new WorkspaceException(
          WorkspaceException.Reason.PASSPHRASE_NEEDED,
          "The workspace "
              + dir
              + " is encrypted: give its passphrase (the TICKMARK_PASSPHRASE environment variable"
              + " or the prompt).",
          null);
    }
    String filePassword =
        encrypted ? WorkspaceEncryption.load(dir).filePassword(passphrase) + " " : "";
    SQLException last = null;
    WorkspaceServer.Endpoint endpoint = null;
    for (int attempt = 0; attempt < READER_ATTEMPTS; attempt++) {
      if (attempt > 0) {
        pause();
      }
      Optional<WorkspaceServer.Endpoint> found = WorkspaceServer.find(dir);
      if (found.isEmpty()) {
        continue;
      }
      endpoint = found.get();
      JdbcConnectionPool pool =
          JdbcConnectionPool.create(
              endpoint.jdbcUrl(encrypted),
              WorkspaceServer.READER_USER,
              filePassword + endpoint.readerPassword());
      pool.setMaxConnections(4);
      try {
        try (Connection c = pool.getConnection()) {
          c.isValid(5);
        }
      } catch (SQLException e) {
        pool.dispose();
        last = e;
        if (e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD
            && WorkspaceServer.find(dir).equals(found)) {
          break; // the writer's own key and password: it is the passphrase that is wrong
        }
        continue; // the writer is still starting, or has just closed
      }
      try {
        checkSchemaForReading(dir, pool);
      } catch (RuntimeException e) {
        pool.dispose();
        throw e;
      }
      String because =
          "the workspace "
              + dir
              + " is open for writing in another program ("
              + endpoint.holder()
              + "); this window or command can only read";
      LOG.info("Opened workspace {} to read; {} writes to it", dir, endpoint.holder());
      return new Workspace(dir, null, null, pool, null, false, because, null);
    }
    if (last != null && last.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD && encrypted) {
      throw new WorkspaceException(
          WorkspaceException.Reason.PASSPHRASE_NEEDED,
          "The passphrase for the workspace " + dir + " is wrong. Try again.",
          last);
    }
    throw new WorkspaceException(
        WorkspaceException.Reason.LOCKED,
        "The workspace "
            + dir
            + " is open for writing in another program"
            + (endpoint == null ? "" : " (" + endpoint.holder() + ")")
            + ", which does not let others read it"
            + (last == null ? "" : " (" + firstLine(last.getMessage()) + ")")
            + ": it is still starting, or is an older Tickmark. Try again in a moment, or close"
            + " it first.",
        last);
  }

  private static final int READER_ATTEMPTS = 20;

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WorkspaceException(
          WorkspaceException.Reason.LOCKED, "Interrupted while waiting for the workspace.", e);
    }
  }

  /**
   * A reader may not migrate: the schema the writer keeps must be the one this version knows
   * exactly.
   */
  private static void checkSchemaForReading(Path dir, JdbcConnectionPool pool) {
    MigrationInfo[] all;
    try {
      all =
          Flyway.configure()
              .dataSource(pool)
              .locations("classpath:db/migration")
              .cleanDisabled(true)
              .load()
              .info()
              .all();
    } catch (RuntimeException e) {
      throw unwrap(dir, e);
    }
    for (MigrationInfo m : all) {
      if (m.getState() == MigrationState.FUTURE_SUCCESS
          || m.getState() == MigrationState.FUTURE_FAILED
          || m.getState() == MigrationState.PENDING) {
        throw new WorkspaceException(
            WorkspaceException.Reason.NEWER_VERSION,
            "The workspace "
                + dir
                + " is open for writing in a "
                + (m.getState() == MigrationState.PENDING ? "older" : "newer")
                + " version of Tickmark (schema version "
                + m.getVersion()
                + " differs). Read it with the version that writes it, or close that program"
                + " first.",
            null);
      }
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

  /** Where the files the firm sends out are written (settlement instructions). */
  public Path outbox() {
    return directory.resolve("outbox");
  }

  public Path logs() {
    return directory.resolve("logs");
  }

  /**
   * Why this workspace may only be read: another program has it open for writing. Empty for the
   * program that writes.
   */
  @Override
  public Optional<String> readOnly() {
    return Optional.ofNullable(readOnlyBecause);
  }

  /** The key derived from the passphrase of an encrypted workspace, for its backups. */
  Optional<byte[]> key() {
    return Optional.ofNullable(key).map(byte[]::clone);
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
    if (closed.getAndSet(true)) {
      return;
    }
    if (readOnlyBecause != null) {
      pool.dispose(); // the writer's database stays open
      LOG.info("Stopped reading workspace {}", directory);
      return;
    }
    server.close(); // readers are cut off before the database shuts down
    // On a connection of its own: a pooled one rolls back as it goes back to the pool, which on a
    // database already shut down is an error H2 writes to tickmark.trace.db.
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    } catch (SQLException e) {
      LOG.warn("Workspace {} did not shut down cleanly: {}", directory, e.getMessage());
    } finally {
      pool.dispose();
      lock.close();
      LOG.info("Closed workspace {}", directory);
    }
  }
}
