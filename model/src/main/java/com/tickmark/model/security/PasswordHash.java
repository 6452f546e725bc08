package com.tickmark.model.security;

import java.util.Base64;
import java.util.Objects;

/**
 * A salted PBKDF2-HMAC-SHA256 password hash, stored as {@code pbkdf2-sha256$ITERATIONS$SALT$HASH}
 * (salt and hash in Base64).
 */
public record PasswordHash(int iterations, byte[] salt, byte[] hash) {
  static final String ALGORITHM = "pbkdf2-sha256";

  public PasswordHash {
    if (iterations < 1) {
      throw new IllegalArgumentException("Iterations must be positive");
    }
    Objects.requireNonNull(salt, "salt");
    Objects.requireNonNull(hash, "hash");
    salt = salt.clone();
    hash = hash.clone();
  }

  public String encoded() {
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return ALGORITHM
        + "$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(hash);
  }

  public static PasswordHash parse(String encoded) {
    String[] parts = encoded == null ? new String[0] : encoded.split("\\$");
    if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
      throw new IllegalArgumentException("Not a " + ALGORITHM + " password hash");
    }
    Base64.Decoder b64 = Base64.getDecoder();
    return new PasswordHash(Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]));
  }

  @Override
  public byte[] salt() {
    return salt.clone();
  }

  @Override
  public byte[] hash() {
    return hash.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PasswordHash p && p.encoded().equals(encoded());
  }

  @Override
  public int hashCode() {
    return encoded().hashCode();
  }

  @Override
  public String toString() {
    return ALGORITHM + "$" + iterations + "$…";
  }
}
