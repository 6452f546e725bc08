package com.tickmark.model.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An audit event as stored: numbered in sequence and chained, each record carrying the SHA-256 hash
 * of the previous one and a hash over its own content and that link. Editing, inserting or deleting
 * a record behind the application's back breaks the chain at that record.
 */
public record AuditRecord(long sequence, AuditEvent event, String previousHash, String hash) {
  /** The previous hash of the first record. */
  public static final String GENESIS = "0".repeat(64);

  public AuditRecord {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(previousHash, "previous hash");
    Objects.requireNonNull(hash, "hash");
  }

  /** Chains {@code event} after the record whose hash is {@code previousHash}. */
  public static AuditRecord chain(long sequence, AuditEvent event, String previousHash) {
    return new AuditRecord(sequence, event, previousHash, hashOf(sequence, event, previousHash));
  }

  /** True when the stored hash is the hash of the stored content. */
  public boolean contentMatchesHash() {
    return hash.equals(hashOf(sequence, event, previousHash));
  }

  /**
   * SHA-256 over every field, each written as its length and its text so that no two different
   * records can produce the same input.
   */
  static String hashOf(long sequence, AuditEvent e, String previousHash) {
    StringBuilder sb = new StringBuilder(256);
    for (String field :
        new String[] {
          Long.toString(sequence),
          e.at().toString(),
          e.actor(),
          e.entityType(),
          e.entityId(),
          e.action().name(),
          e.before(),
          e.after(),
          e.reason(),
          previousHash
        }) {
      sb.append(field.length()).append(':').append(field).append(';');
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
    }
  }
}
