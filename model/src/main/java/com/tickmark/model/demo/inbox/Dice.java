package com.tickmark.model.demo.inbox;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/**
 * The random choices of one kind of inbox file. Each kind draws from its own stream derived from
 * the firm's seed, so changing how one kind of file is faulted leaves the others unchanged. {@link
 * Random} is used because its sequence is specified, hence the same on every JVM.
 */
final class Dice {
  private final Random random;

  Dice(long seed, String stream) {
    this.random = new Random(mix(seed, stream));
  }

  /** A number in [0, 1). */
  double roll() {
    return random.nextDouble();
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** A whole number between {@code low} and {@code high}, both included. */
  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** An amount between {@code low} and {@code high} whole units, with cents. */
  BigDecimal amount(int low, int high) {
    return BigDecimal.valueOf(between(low * 100, high * 100), 2);
  }

  /** Spreads the bits of the seed and the stream name (the splitmix64 finaliser). */
  static long mix(long seed, String stream) {
    long z = seed ^ (stream.hashCode() * 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
