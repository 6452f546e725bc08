package com.tickmark.persistence.workspace;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.h2.tools.Server;

/**
 * How other programs on this computer read a workspace while one program writes to it: the writer
 * serves its open database over H2's TCP protocol on a loopback port and leaves {@value #FILE}
 * beside the database saying where, under which one-time key, and who it is. A reader connects
 * there as {@value #READER_USER}, a database user that may only {@code SELECT}: H2 itself refuses
 * every write, every schema change and {@code SHUTDOWN} from a reader, whatever the code asks.
 *
 * <p>Why not H2's {@code AUTO_SERVER=TRUE}: it refuses {@code DB_CLOSE_ON_EXIT=FALSE}, which the
 * workspace needs (shut-down order is ours), it makes the first program to open the file the server
 * even when that is a viewer, and when the server exits a connected reader takes the file over and
 * serves the next writer, so a viewer window closing could lose that writer's last commits. Here
 * the writer alone serves, and a reader whose writer has gone is told so.
 *
 * <p>The server only accepts connections from this computer, and only to the database named by the
 * key in {@value #FILE}; the reader's password changes at every open. Of an encrypted workspace a
 * reader must also give the file password (derived from the passphrase), which H2 checks.
 */
final class WorkspaceServer implements AutoCloseable {
  static final String FILE = "workspace.server";
  static final String READER_USER = "TICKMARK_READER";

  private final Path file;
  private final Server server;

  private WorkspaceServer(Path file, Server server) {
    this.file = file;
    this.server = server;
  }

  /** Where a reader finds the writer. */
  record Endpoint(int port, String key, String readerPassword, String holder) {
    String jdbcUrl(boolean encrypted) {
      return "jdbc:h2:tcp://127.0.0.1:" + port + "/" + key + (encrypted ? ";CIPHER=AES" : "");
    }
  }

  /**
   * Gives the reader user a fresh password and read rights on every table, starts serving the
   * database in {@code dir} (open in this process as {@code fileUrl}), and writes {@value #FILE}.
   */
  static WorkspaceServer start(Path dir, String fileUrl, DataSource admin, String holder) {
    SecureRandom random = new SecureRandom();
    String key = randomHex(random, 16);
    String password = randomHex(random, 16);
    try (Connection c = admin.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE USER IF NOT EXISTS " + READER_USER + " PASSWORD '" + password + "'");
      s.execute("ALTER USER " + READER_USER + " SET PASSWORD '" + password + "'");
      s.execute("GRANT SELECT ON SCHEMA PUBLIC TO " + READER_USER);
    } catch (SQLException e) {
      throw Workspace.translate(dir, e);
    }
    Server server;
    try {
      server =
          Server.createTcpServer("-tcpPort", "0", "-tcpDaemon", "-ifExists", "-key", key, fileUrl)
              .start();
    } catch (SQLException e) {
      throw new WorkspaceException(
          WorkspaceException.Reason.INACCESSIBLE,
          "Cannot share the workspace "
              + dir
              + " with readers on this computer: "
              + e.getMessage()
              + ". Check that programs may listen on the loopback network here.",
          e);
    }
    Path file = dir.resolve(FILE);
    Properties p = new Properties();
    p.setProperty("holder", holder);
    p.setProperty("port", Integer.toString(server.getPort()));
    p.setProperty("key", key);
    p.setProperty("reader.password", password);
    try {
      Path tmp = dir.resolve(FILE + ".tmp");
      Files.deleteIfExists(tmp);
      Files.createFile(tmp);
      ownerOnly(tmp);
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        p.store(
            w,
            "Tickmark: where programs on this computer read this workspace while it is open for"
                + " writing. Removed when it closes.");
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      server.stop();
      throw new WorkspaceException(
          WorkspaceException.Reason.INACCESSIBLE,
          "Cannot write " + file + ": " + e.getMessage() + ". Check that you may write there.",
          e);
    }
    return new WorkspaceServer(file, server);
  }

  private static void ownerOnly(Path file) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  /** The writer serving the workspace in {@code dir}, if one says it does. */
  static Optional<Endpoint> find(Path dir) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(dir.resolve(FILE), StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new WorkspaceException(
          WorkspaceException.Reason.INACCESSIBLE,
          "Cannot read " + dir.resolve(FILE) + ": " + e.getMessage(),
          e);
    }
    try {
      return Optional.of(
          new Endpoint(
              Integer.parseInt(p.getProperty("port", "")),
              p.getProperty("key", ""),
              p.getProperty("reader.password", ""),
              p.getProperty("holder", "another program")));
    } catch (NumberFormatException e) {
      return Optional.empty(); // being written: the caller tries again
    }
  }

  private static String randomHex(SecureRandom random, int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** Stops serving (connected readers are cut off) and removes {@value #FILE}. */
  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a stale file names a port nobody listens on; the next writer replaces it
    }
    server.stop();
  }
}
