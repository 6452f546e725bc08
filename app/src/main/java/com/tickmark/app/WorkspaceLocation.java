package com.tickmark.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the workspace is: {@code --workspace DIR} if given, else the {@code TICKMARK_WORKSPACE}
 * environment variable, else {@code ~/.tickmark}.
 */
public final class WorkspaceLocation {
  public static final String ENVIRONMENT_VARIABLE = "TICKMARK_WORKSPACE";
  public static final String OPTION = "--workspace";

  private WorkspaceLocation() {}

  public static Path resolve(String option, Map<String, String> environment, String userHome) {
    if (option != null && !option.isBlank()) {
      return Path.of(option).toAbsolutePath().normalize();
    }
    String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return Path.of(fromEnvironment).toAbsolutePath().normalize();
    }
    return Path.of(userHome, ".tickmark").toAbsolutePath().normalize();
  }

  /**
   * Finds {@code --workspace DIR} or {@code --workspace=DIR} in raw arguments, before they are
   * parsed, so that logging can be pointed at the workspace before anything logs.
   */
  public static String findOption(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(OPTION) && i + 1 < args.length) {
        return args[i + 1];
      }
      if (args[i].startsWith(OPTION + "=")) {
        return args[i].substring(OPTION.length() + 1);
      }
    }
    return null;
  }
}
