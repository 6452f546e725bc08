package com.tickmark.model.recon.run;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * A break's differences read only when first asked for (the side-by-side view of one break), not
 * for every break a queue lists. Unmodifiable; safe to share between threads (a race reads them
 * twice, the same).
 */
public final class LazyDifferences extends AbstractList<BreakDifference> implements RandomAccess {
  private final Supplier<List<BreakDifference>> read;
  private volatile List<BreakDifference> differences;

  public LazyDifferences(Supplier<List<BreakDifference>> read) {
    this.read = read;
  }

  private List<BreakDifference> differences() {
    List<BreakDifference> d = differences;
    if (d == null) {
      d = List.copyOf(read.get());
      differences = d;
    }
    return d;
  }

  @Override
  public BreakDifference get(int index) {
    return differences().get(index);
  }

  @Override
  public int size() {
    return differences().size();
  }
}
