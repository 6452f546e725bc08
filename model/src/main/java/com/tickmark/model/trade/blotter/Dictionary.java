package com.tickmark.model.trade.blotter;

import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The distinct values of a category column (books, instruments, statuses...), each with a small
 * code that rows store instead of the text. Codes are handed out in order of first appearance; the
 * order of the labels for sorting is kept separately.
 */
final class Dictionary {
  private final List<String> labels = new ArrayList<>();
  private final List<String> searchText = new ArrayList<>();
  private final Object2IntOpenHashMap<String> codes = new Object2IntOpenHashMap<>();
  private int[] rank;

  Dictionary() {
    codes.defaultReturnValue(-1);
  }

  /**
   * The code of {@code label}, adding it when new; {@code alsoSearch} is more text the quick filter
   * finds it by.
   */
  synchronized int code(String label, String alsoSearch) {
    int code = codes.getInt(label);
    if (code >= 0) {
      return code;
    }
    int next = labels.size();
    labels.add(label);
    searchText.add((label + " " + (alsoSearch == null ? "" : alsoSearch)).toLowerCase(Locale.ROOT));
    codes.put(label, next);
    rank = null;
    return next;
  }

  int code(String label) {
    return code(label, null);
  }

  /** The code of a label already present, or -1. */
  synchronized int find(String label) {
    return codes.getInt(label);
  }

  synchronized String label(int code) {
    return code < 0 ? "" : labels.get(code);
  }

  synchronized int size() {
    return labels.size();
  }

  synchronized List<String> labels() {
    return List.copyOf(labels);
  }

  /** Which codes' text contains {@code lowerWord}. */
  synchronized boolean[] matching(String lowerWord) {
    boolean[] m = new boolean[labels.size()];
    for (int i = 0; i < m.length; i++) {
      m[i] = searchText.get(i).contains(lowerWord);
    }
    return m;
  }

  /** Each code's place when the labels are sorted alphabetically (case-insensitive). */
  synchronized int[] rank() {
    if (rank == null || rank.length != labels.size()) {
      int[] order = new int[labels.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      IntArrays.stableSort(
          order, (a, b) -> String.CASE_INSENSITIVE_ORDER.compare(labels.get(a), labels.get(b)));
      int[] r = new int[order.length];
      for (int i = 0; i < order.length; i++) {
        r[order[i]] = i;
      }
      rank = r;
    }
    return rank;
  }
}
