package com.tickmark.model.settlement;

import java.util.List;

/**
 * The aging buckets of what has not settled on time, in business days past the intended settlement
 * date: {@code 0}, {@code 1-2}, {@code 3-5}, {@code 6-10} and {@code >10}. Fails and obligations
 * are bucketed alike.
 */
public final class Aging {
  /** The buckets, youngest first. */
  public static final List<String> BUCKETS = List.of("0", "1-2", "3-5", "6-10", ">10");

  private Aging() {}

  /** The bucket of an age in business days (0 or less is {@code 0}). */
  public static String bucket(int age) {
    if (age <= 0) {
      return "0";
    }
    if (age <= 2) {
      return "1-2";
    }
    if (age <= 5) {
      return "3-5";
    }
    return age <= 10 ? "6-10" : ">10";
  }
}
