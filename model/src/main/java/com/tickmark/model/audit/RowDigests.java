package com.tickmark.model.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Digests of rows stored in bulk (a file import, the demo firm), kept in the load's one audit
 * record so that {@code audit verify --data} can tell the rows changed behind the application's
 * back without an audit record per row. Rows are fed in id order; each block covers the ids of one
 * thousand (ids {@code 0..999}, {@code 1000..1999}, ...), so a difference is named to within a
 * block, and the digest of a row is SHA-256 over its values, each written as its length and text.
 */
public final class RowDigests {
  public static final int BLOCK = 1_000;

  /**
   * One block's rows: ids from {@code first} to {@code last}, how many, and their digest (the first
   * 128 bits of SHA-256, in hex).
   */
  public record Block(long first, long last, int rows, String digest) {
    /** Its block number: the ids it can cover are {@code index * BLOCK} onwards. */
    public long index() {
      return Math.floorDiv(first, BLOCK);
    }

    /** As the audit record keeps it: {@code first-last:rows:digest}. */
    public String text() {
      return first + "-" + last + ":" + rows + ":" + digest;
    }

    /**
     * @throws IllegalArgumentException the text is not a block
     */
    public static Block parse(String text) {
      String[] parts = text.split("[-:]", -1);
      if (parts.length != 4) {
        throw new IllegalArgumentException("Not a row digest block: " + text);
      }
      return new Block(
          Long.parseLong(parts[0]), Long.parseLong(parts[1]), Integer.parseInt(parts[2]), parts[3]);
    }
  }

  private final List<Block> blocks = new ArrayList<>();
  private final MessageDigest sha = sha256();
  private long first;
  private long last;
  private int rows;

  /** Adds the row with {@code id} (above every id added before) and these values. */
  public void add(long id, List<String> values) {
    if (rows > 0 && Math.floorDiv(id, BLOCK) != Math.floorDiv(first, BLOCK)) {
      close();
    }
    if (rows == 0) {
      first = id;
    }
    last = id;
    rows++;
    update(sha, id, values);
  }

  /** The blocks of every row added, in id order. */
  public List<Block> blocks() {
    if (rows > 0) {
      close();
    }
    return List.copyOf(blocks);
  }

  /** {@link #blocks} as the audit record keeps them. */
  public List<String> texts() {
    return blocks().stream().map(Block::text).toList();
  }

  private void close() {
    blocks.add(new Block(first, last, rows, HexFormat.of().formatHex(sha.digest(), 0, 16)));
    rows = 0;
  }

  private static void update(MessageDigest sha, long id, List<String> values) {
    StringBuilder b = new StringBuilder(256).append(id).append(';');
    for (String v : values) {
      String text = v == null ? "" : v;
      b.append(text.length()).append(':').append(text).append(';');
    }
    sha.update(b.append('\n').toString().getBytes(StandardCharsets.UTF_8));
  }

  /** SHA-256 over one row's values, as {@link #add} digests them: to compare single rows. */
  public static byte[] digestOf(long id, List<String> values) {
    MessageDigest sha = sha256();
    update(sha, id, values);
    return sha.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
