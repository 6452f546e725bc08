package com.tickmark.app.ui.blotter;

import com.tickmark.model.trade.blotter.BlotterResult;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import javafx.collections.ObservableListBase;

/**
 * The lines of the blotter table for one answer: a trade per line, or, when grouped, a subtotal
 * line per group followed by its trades when the group is open. Lines are made when the table asks
 * for them (only the visible ones), so a million trades cost no million objects. Never changes: a
 * new answer makes new lines.
 */
final class BlotterLines extends ObservableListBase<BlotterLines.Line> {
  /** A line: a group's subtotal ({@code row} -1) or a trade (its table row). */
  record Line(int group, int row) {
    boolean isGroup() {
      return row < 0;
    }
  }

  static final BlotterLines EMPTY = new BlotterLines(null, g -> false);

  private final BlotterResult result;

  /** When grouped: the line of each group's subtotal, and one past the last line. */
  private final int[] groupLine;

  private final boolean[] open;
  private final int size;

  BlotterLines(BlotterResult result, Predicate<String> isOpen) {
    this.result = result;
    if (result == null) {
      groupLine = new int[0];
      open = new boolean[0];
      size = 0;
    } else if (!result.isGrouped()) {
      groupLine = null;
      open = null;
      size = result.size();
    } else {
      int groups = result.groups().size();
      groupLine = new int[groups + 1];
      open = new boolean[groups];
      int line = 0;
      for (int g = 0; g < groups; g++) {
        BlotterResult.Group group = result.groups().get(g);
        groupLine[g] = line;
        open[g] = isOpen.test(group.label());
        line += 1 + (open[g] ? group.count() : 0);
      }
      groupLine[groups] = line;
      size = line;
    }
  }

  BlotterResult result() {
    return result;
  }

  @Override
  public Line get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    if (groupLine == null) {
      return new Line(-1, result.row(index));
    }
    int g = Arrays.binarySearch(groupLine, 0, groupLine.length - 1, index);
    if (g >= 0) { // groups are never empty, so each starts on its own line
      return new Line(g, -1);
    }
    g = -g - 2;
    BlotterResult.Group group = result.groups().get(g);
    return new Line(g, result.row(group.start() + index - groupLine[g] - 1));
  }

  @Override
  public int size() {
    return size;
  }

  /** The line of a group's subtotal. */
  int lineOfGroup(int group) {
    return groupLine[group];
  }

  BlotterResult.Group group(int index) {
    return result.groups().get(index);
  }

  /** The lines of the given table rows, in one pass; -1 for a row not shown. */
  int[] linesOf(int[] rows) {
    int[] lines = new int[rows.length];
    Arrays.fill(lines, -1);
    if (result == null || rows.length == 0) {
      return lines;
    }
    Map<Integer, Integer> wanted = new HashMap<>();
    for (int i = 0; i < rows.length; i++) {
      wanted.put(rows[i], i);
    }
    for (int line = 0; line < size && !wanted.isEmpty(); line++) {
      Line l = get(line);
      if (!l.isGroup()) {
        Integer i = wanted.remove(l.row());
        if (i != null) {
          lines[i] = line;
        }
      }
    }
    return lines;
  }
}
