package com.tickmark.model.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The demo generator's source of chance: a seeded {@link SplittableRandom} with the few
 * distributions the generator needs, written out here (not taken from the JDK's default methods) so
 * that the same seed draws the same numbers on every Java version.
 *
 * <p>Each phase of the generator draws from its own stream ({@link #stream}), so that, for example,
 * asking for more trades does not change the price history.
 */
final class DemoRandom {
  private final SplittableRandom random;
  private double spareGaussian;
  private boolean hasSpare;

  private DemoRandom(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** An independent stream for one purpose ({@code stream}) of one demo firm ({@code seed}). */
  static DemoRandom stream(long seed, long stream) {
    return new DemoRandom(mix(mix(seed) ^ (stream * 0x9E3779B97F4A7C15L)));
  }

  /**
   * A stream of its own for one {@code item} (a trade id, say) of one purpose: what is drawn for it
   * does not depend on which other items were drawn for, or in what order.
   */
  static DemoRandom stream(long seed, long stream, long item) {
    return new DemoRandom(mix(mix(mix(seed) ^ (stream * 0x9E3779B97F4A7C15L)) ^ item));
  }

  /** The SplitMix64 finaliser: spreads nearby seeds over the whole range. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform in [0, 1). */
  double uniform() {
    return random.nextDouble();
  }

  /** Uniform in [lo, hi). */
  double uniform(double lo, double hi) {
    return lo + (hi - lo) * random.nextDouble();
  }

  /** Uniform over lo..hi, both included. */
  int between(int lo, int hi) {
    return lo + random.nextInt(hi - lo + 1);
  }

  /** Uniform over 0..bound-1. */
  int index(int bound) {
    return random.nextInt(bound);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** Log-uniform in [lo, hi): every factor of ten equally likely. */
  double logUniform(double lo, double hi) {
    return Math.exp(uniform(Math.log(lo), Math.log(hi)));
  }

  /** A standard normal draw (Marsaglia's polar method). */
  double gaussian() {
    if (hasSpare) {
      hasSpare = false;
      return spareGaussian;
    }
    double u;
    double v;
    double s;
    do {
      u = 2 * random.nextDouble() - 1;
      v = 2 * random.nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    double m = Math.sqrt(-2 * Math.log(s) / s);
    spareGaussian = v * m;
    hasSpare = true;
    return u * m;
  }

  /**
   * A Student-t draw with {@code dof} (above 2) degrees of freedom, scaled to unit variance: fat
   * tails.
   */
  double studentT(int dof) {
    return gaussian() * tScale(dof);
  }

  /**
   * The factor that turns a standard normal draw into a unit-variance Student-t draw: sqrt((dof -
   * 2) / chi-squared(dof)). Several normals multiplied by the same factor move together in the
   * tails, as markets do on a bad day.
   */
  double tScale(int dof) {
    double chi2 = 0;
    for (int i = 0; i < dof; i++) {
      double z = gaussian();
      chi2 += z * z;
    }
    return Math.sqrt((dof - 2) / Math.max(chi2, 1e-9));
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** Picks an index with probability proportional to its weight. */
  int weighted(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** Shuffles in place (Fisher-Yates). */
  <T> void shuffle(List<T> items) {
    for (int i = items.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = items.get(i);
      items.set(i, items.get(j));
      items.set(j, t);
    }
  }

  /** An upper-case letter A..Z. */
  char letter() {
    return (char) ('A' + random.nextInt(26));
  }

  /** A digit or upper-case letter. */
  char alphanumeric() {
    int i = random.nextInt(36);
    return (char) (i < 10 ? '0' + i : 'A' + i - 10);
  }

  /** {@code count} decimal digits. */
  String digits(int count) {
    StringBuilder s = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      s.append((char) ('0' + random.nextInt(10)));
    }
    return s.toString();
  }
}
