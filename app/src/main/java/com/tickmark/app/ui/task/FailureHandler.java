package com.tickmark.app.ui.task;

/** What an executor does with the failure of a task that has no failure handler of its own. */
@FunctionalInterface
public interface FailureHandler {
  /** Called on the FX thread with the title of the failed task and what it threw. */
  void failed(String taskTitle, Throwable error);
}
