package com.tickmark.model.trade.blotter;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One short text per row (an exec id, a broker reference), packed into one byte array instead of a
 * million {@code String}s: a fifth of the memory, and searched by scanning bytes. A row's text may
 * be replaced (an amended broker reference); the old bytes are left behind.
 */
final class TextPool {
  private byte[] data = new byte[1 << 16];
  private int used;
  private int[] offset = new int[1024];
  private int[] length = new int[1024];

  void set(int row, String text) {
    if (row >= offset.length) {
      int capacity = Math.max(row + 1, offset.length * 2);
      offset = Arrays.copyOf(offset, capacity);
      length = Arrays.copyOf(length, capacity);
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (used + bytes.length > data.length) {
      data = Arrays.copyOf(data, Math.max(used + bytes.length, data.length * 2));
    }
    System.arraycopy(bytes, 0, data, used, bytes.length);
    offset[row] = used;
    length[row] = bytes.length;
    used += bytes.length;
  }

  String get(int row) {
    return new String(data, offset[row], length[row], StandardCharsets.UTF_8);
  }

  /**
   * Whether the row's text contains {@code lowerNeedle} (lower-case ASCII bytes), ignoring ASCII
   * case.
   */
  boolean containsIgnoreCase(int row, byte[] lowerNeedle) {
    int start = offset[row];
    int last = start + length[row] - lowerNeedle.length;
    byte first = lowerNeedle[0];
    byte[] d = data;
    for (int i = start; i <= last; i++) {
      if (lower(d[i]) != first) {
        continue;
      }
      int j = 1;
      while (j < lowerNeedle.length && lower(d[i + j]) == lowerNeedle[j]) {
        j++;
      }
      if (j == lowerNeedle.length) {
        return true;
      }
    }
    return false;
  }

  int compare(int rowA, int rowB) {
    return Arrays.compareUnsigned(
        data,
        offset[rowA],
        offset[rowA] + length[rowA],
        data,
        offset[rowB],
        offset[rowB] + length[rowB]);
  }

  private static byte lower(byte b) {
    return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
  }

  /** The bytes held, for the memory estimate. */
  long bytes() {
    return data.length + 8L * offset.length;
  }
}
