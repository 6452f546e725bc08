package com.tickmark.model.demo.inbox;

import com.tickmark.model.demo.ExpectedMatch;
import com.tickmark.model.demo.ExpectedMatchKind;
import java.util.List;

/**
 * How a bank entry is messy although it agrees with the books, before its file and line are known:
 * one expected match per kind, all meant for {@code pass}.
 */
record PendingMatch(
    List<ExpectedMatchKind> kinds, String reference, String pass, String ours, String description) {
  PendingMatch {
    kinds = List.copyOf(kinds);
  }

  List<ExpectedMatch> at(String file, int line) {
    return kinds.stream()
        .map(k -> new ExpectedMatch(k.name(), file, line, reference, pass, ours, description))
        .toList();
  }
}
