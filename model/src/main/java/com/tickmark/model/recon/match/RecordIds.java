package com.tickmark.model.recon.match;

import java.util.Arrays;
import java.util.stream.LongStream;

/**
 * The ids of the records on one side of a match, proposal or break: distinct, in ascending order.
 */
public final class RecordIds {
  private static final RecordIds NONE = new RecordIds(new long[0]);

  private final long[] ids;

  private RecordIds(long[] sortedDistinct) {
    this.ids = sortedDistinct;
  }

  public static RecordIds none() {
    return NONE;
  }

  public static RecordIds of(long... ids) {
    long[] sorted = ids.clone();
    Arrays.sort(sorted);
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1]) {
        throw new IllegalArgumentException("Record " + sorted[i] + " is named twice");
      }
    }
    return sorted.length == 0 ? NONE : new RecordIds(sorted);
  }

  /** From ids the caller knows to be distinct and ascending, without copying. */
  static RecordIds ofSorted(long[] sortedDistinct) {
    return new RecordIds(sortedDistinct);
  }

  static RecordIds single(long id) {
    return new RecordIds(new long[] {id});
  }

  public int size() {
    return ids.length;
  }

  public boolean isEmpty() {
    return ids.length == 0;
  }

  public long get(int index) {
    return ids[index];
  }

  /** The smallest id, which orders matches and breaks. */
  public long first() {
    return ids[0];
  }

  public boolean contains(long id) {
    return Arrays.binarySearch(ids, id) >= 0;
  }

  public LongStream stream() {
    return Arrays.stream(ids);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecordIds r && Arrays.equals(ids, r.ids);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(ids);
  }

  @Override
  public String toString() {
    return Arrays.toString(ids);
  }
}
