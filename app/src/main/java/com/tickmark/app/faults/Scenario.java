package com.tickmark.app.faults;

import java.nio.file.Path;
import java.util.List;

/**
 * One operation of the fault-injection suite: prepared once (a base workspace to copy, the
 * operation's inputs, and how long it takes when nobody kills it), then run in trials, each on its
 * own copy and killed after a given delay.
 */
public interface Scenario {
  /** The name {@code --scenario} takes. */
  String name();

  /** What is killed, for the report ("import of a 200,000-row trade file"). */
  String operation();

  /**
   * Makes the base workspace and inputs under {@code dir} and runs the operation once without a
   * kill; returns how long it took in seconds (the kills are spread over that).
   */
  double prepare(Path dir) throws Exception;

  /**
   * Runs the operation on a fresh copy under {@code dir}, kills it ({@code kill -9}) after {@code
   * delaySeconds} unless it has ended, then checks the workspace.
   */
  Trial trial(int number, Path dir, double delaySeconds) throws Exception;

  /**
   * What one trial found.
   *
   * @param killed whether the operation was still running when it was killed
   * @param partialStates one precise sentence per thing found wrong afterwards (goal: none)
   * @param notes what was seen, for the trial's line
   */
  record Trial(boolean killed, List<String> partialStates, String notes) {}
}
