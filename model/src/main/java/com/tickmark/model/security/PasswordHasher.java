package com.tickmark.model.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and checks passwords with PBKDF2-HMAC-SHA256, a random 16-byte salt per password and
 * {@value #OWASP_ITERATIONS} iterations, the count OWASP's Password Storage Cheat Sheet recommends
 * for PBKDF2-HMAC-SHA256. Hashes made with fewer iterations still verify and {@link #needsRehash}
 * tells the caller to upgrade them.
 */
public final class PasswordHasher {
  public static final int OWASP_ITERATIONS = 600_000;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;

  private final int iterations;
  private final SecureRandom random;

  public PasswordHasher() {
    this(OWASP_ITERATIONS, new SecureRandom());
  }

  /** A hasher with another work factor; fewer iterations are for tests only. */
  public PasswordHasher(int iterations, SecureRandom random) {
    if (iterations < 1) {
      throw new IllegalArgumentException("Iterations must be positive");
    }
    this.iterations = iterations;
    this.random = random;
  }

  public int iterations() {
    return iterations;
  }

  public PasswordHash hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return new PasswordHash(iterations, salt, derive(password, salt, iterations));
  }

  /**
   * True when {@code password} is the one {@code stored} was made from; takes constant time in the
   * comparison.
   */
  public boolean matches(char[] password, PasswordHash stored) {
    byte[] candidate = derive(password, stored.salt(), stored.iterations());
    return MessageDigest.isEqual(candidate, stored.hash());
  }

  public boolean needsRehash(PasswordHash stored) {
    return stored.iterations() < iterations;
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    KeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This Java runtime has no PBKDF2WithHmacSHA256", e);
    } finally {
      ((PBEKeySpec) spec).clearPassword();
    }
  }

  /**
   * Checks a new password against the policy: at least 10 characters with a letter and a digit, not
   * the user name.
   */
  public static void checkPolicy(String username, char[] password) {
    String p = new String(password);
    boolean letter = p.chars().anyMatch(Character::isLetter);
    boolean digit = p.chars().anyMatch(Character::isDigit);
    if (p.length() < 10 || !letter || !digit) {
      throw new IllegalArgumentException(
          "A password needs at least 10 characters, with at least one letter and one digit.");
    }
    if (p.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("A password must not contain the user name.");
    }
  }
}
