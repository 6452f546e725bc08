package com.tickmark.model.intake;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the common shape of an ISO-8601 UTC instant, {@code 2025-11-20T14:31:05Z} with up to nine
 * fraction digits, without the general parser; anything else (lower case, offsets, leap seconds,
 * impossible dates) gives null, and the caller asks {@link Instant#parse}, which decides. It
 * remembers the last date it read, so a file of one day's executions costs one date computation.
 * One instance per reading thread.
 */
public final class IsoInstants {
  private int lastDate = -1;
  private long lastEpochDay;

  public Instant parse(String t) {
    int n = t.length();
    if (n < 20
        || n > 30
        || t.charAt(n - 1) != 'Z'
        || t.charAt(4) != '-'
        || t.charAt(7) != '-'
        || t.charAt(10) != 'T'
        || t.charAt(13) != ':'
        || t.charAt(16) != ':') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    int day = digits(t, 8, 2);
    int hour = digits(t, 11, 2);
    int minute = digits(t, 14, 2);
    int second = digits(t, 17, 2);
    if ((year | month | day | hour | minute | second) < 0
        || hour > 23
        || minute > 59
        || second > 59) {
      return null;
    }
    int nanos = 0;
    if (n > 20) {
      int fraction = n - 21;
      if (t.charAt(19) != '.' || fraction < 1 || fraction > 9) {
        return null;
      }
      nanos = digits(t, 20, fraction);
      if (nanos < 0) {
        return null;
      }
      for (int i = fraction; i < 9; i++) {
        nanos *= 10;
      }
    }
    int date = (year * 100 + month) * 100 + day;
    if (date != lastDate) {
      if (month < 1
          || month > 12
          || day < 1
          || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
        return null;
      }
      lastEpochDay = LocalDate.of(year, month, day).toEpochDay();
      lastDate = date;
    }
    return Instant.ofEpochSecond(
        lastEpochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
  }

  /** The decimal number in {@code t} from {@code from}, {@code count} digits long, or -1. */
  private static int digits(String t, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
