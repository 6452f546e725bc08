package com.tickmark.model.risk;

import java.util.Objects;

/**
 * How a Monte Carlo VaR draws its scenarios.
 *
 * @param paths how many 1-day scenarios (default {@value #DEFAULT_PATHS})
 * @param seed the random generator's seed: the same seed gives the same figures
 * @param shocks normal, or Student-t for fatter tails
 * @param degreesOfFreedom ν of the Student-t shocks, above 2 (ignored for normal shocks)
 */
public record MonteCarloSettings(int paths, long seed, Shocks shocks, double degreesOfFreedom) {
  public static final int DEFAULT_PATHS = 10_000;
  public static final long DEFAULT_SEED = 20_240_101L;
  public static final double DEFAULT_DEGREES_OF_FREEDOM = 5;

  /** The distribution of the factor shocks. */
  public enum Shocks {
    NORMAL,
    STUDENT_T
  }

  public MonteCarloSettings {
    Objects.requireNonNull(shocks, "shocks");
    if (paths < 1) {
      throw new IllegalArgumentException("Monte Carlo needs at least one path: " + paths);
    }
    if (shocks == Shocks.STUDENT_T && !(degreesOfFreedom > 2)) {
      throw new IllegalArgumentException(
          "Student-t shocks need more than 2 degrees of freedom to have a variance: "
              + degreesOfFreedom);
    }
  }

  /** 10,000 normal paths from the default seed. */
  public static MonteCarloSettings normal() {
    return new MonteCarloSettings(
        DEFAULT_PATHS, DEFAULT_SEED, Shocks.NORMAL, DEFAULT_DEGREES_OF_FREEDOM);
  }

  /** 10,000 Student-t paths with ν degrees of freedom from the default seed. */
  public static MonteCarloSettings studentT(double degreesOfFreedom) {
    return new MonteCarloSettings(DEFAULT_PATHS, DEFAULT_SEED, Shocks.STUDENT_T, degreesOfFreedom);
  }

  public MonteCarloSettings withPaths(int paths) {
    return new MonteCarloSettings(paths, seed, shocks, degreesOfFreedom);
  }

  public MonteCarloSettings withSeed(long seed) {
    return new MonteCarloSettings(paths, seed, shocks, degreesOfFreedom);
  }
}
