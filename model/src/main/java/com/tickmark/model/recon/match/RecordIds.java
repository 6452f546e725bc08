package com.tickmark.model.recon.match;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * The ids of the records on one side of a match, proposal or break: distinct, in ascending order.
 * One id, by far the most common (a million matches hold two million of these), is kept without an
 * array.
 */
public final class RecordIds {
  private static final RecordIds NONE = new RecordIds(0, new long[0]);

  private final long single;
  private final long[] ids;

  private RecordIds(long single, long[] sortedDistinct) {
    this.single = single;
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
    return sorted.length == 0 ? NONE : ofSorted(sorted);
  }

  /** From ids the caller knows to be distinct and ascending, without copying. */
  static RecordIds ofSorted(long[] sortedDistinct) {
    return sortedDistinct.length == 1
        ? single(sortedDistinct[0])
        : new RecordIds(0, sortedDistinct);
  }

  static RecordIds single(long id) {
    return new RecordIds(id, null);
  }

  public int size() {
    return ids == null ? 1 : ids.length;
  }

  public boolean isEmpty() {
    return size() == 0;
  }

  public long get(int index) {
    if (ids == null) {
      Objects.checkIndex(index, 1);
      return single;
    }
    return ids[index];
  }

  /** The smallest id, which orders matches and breaks. */
  public long first() {
    return get(0);
  }

  public boolean contains(long id) {
    return ids == null ? id == single : Arrays.binarySearch(ids, id) >= 0;
  }

  public LongStream stream() {
    return ids == null ? LongStream.of(single) : Arrays.stream(ids);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RecordIds r) || size() != r.size()) {
      return false;
    }
    for (int i = 0; i < size(); i++) {
      if (get(i) != r.get(i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (int i = 0; i < size(); i++) {
      h = 31 * h + Long.hashCode(get(i));
    }
    return h;
  }

  @Override
  public String toString() {
    return stream().mapToObj(Long::toString).collect(Collectors.joining(", ", "[", "]"));
  }
}
