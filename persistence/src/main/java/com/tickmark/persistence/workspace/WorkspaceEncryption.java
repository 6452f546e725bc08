package com.tickmark.persistence.workspace;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Encryption at rest: an encrypted workspace's database is H2 {@code CIPHER=AES}, keyed by a
 * PBKDF2-HMAC-SHA256 derivation of the passphrase asked at start-up. The salt and work factor (not
 * the key) are kept in {@code workspace.properties} beside the database.
 */
final class WorkspaceEncryption {
  static final String FILE = "workspace.properties";
  static final int ITERATIONS = 600_000;

  private final byte[] salt;
  private final int iterations;

  private WorkspaceEncryption(byte[] salt, int iterations) {
    this.salt = salt;
    this.iterations = iterations;
  }

  static boolean isEncrypted(Path dir) {
    return Files.exists(dir.resolve(FILE)) && "AES".equals(read(dir).getProperty("encryption"));
  }

  static WorkspaceEncryption load(Path dir) {
    Properties p = read(dir);
    return new WorkspaceEncryption(
        Base64.getDecoder().decode(p.getProperty("kdf.salt")),
        Integer.parseInt(p.getProperty("kdf.iterations")));
  }

  static WorkspaceEncryption createIn(Path dir) {
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    Properties p = new Properties();
    p.setProperty("encryption", "AES");
    p.setProperty("kdf", "PBKDF2WithHmacSHA256");
    p.setProperty("kdf.iterations", Integer.toString(ITERATIONS));
    p.setProperty("kdf.salt", Base64.getEncoder().encodeToString(salt));
    try (Writer w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
      p.store(
          w,
          "Tickmark workspace: the database is encrypted with a key derived from its passphrase."
              + " Keep this file with the database.");
    } catch (IOException e) {
      throw new WorkspaceException(
          WorkspaceException.Reason.INACCESSIBLE,
          "Cannot write " + dir.resolve(FILE) + ": " + e.getMessage(),
          e);
    }
    return new WorkspaceEncryption(salt, ITERATIONS);
  }

  /** The H2 file password (hex of the derived 256-bit key). */
  String filePassword(char[] passphrase) {
    return HexFormat.of().formatHex(key(passphrase));
  }

  /** The 256-bit workspace key derived from {@code passphrase}. */
  byte[] key(char[] passphrase) {
    return deriveKey(passphrase, salt, iterations);
  }

  byte[] salt() {
    return salt.clone();
  }

  int iterations() {
    return iterations;
  }

  /** PBKDF2-HMAC-SHA256 of {@code passphrase}: 256 bits. */
  static byte[] deriveKey(char[] passphrase, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This Java runtime has no PBKDF2WithHmacSHA256", e);
    } finally {
      spec.clearPassword();
    }
  }

  private static Properties read(Path dir) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(dir.resolve(FILE), StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new WorkspaceException(
          WorkspaceException.Reason.INACCESSIBLE,
          "Cannot read " + dir.resolve(FILE) + ": " + e.getMessage(),
          e);
    }
    return p;
  }
}
