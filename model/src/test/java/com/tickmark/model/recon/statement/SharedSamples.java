package com.tickmark.model.recon.statement;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public sample statement files in {@code ../shared/samples} beside the repository (found from
 * the working directory upwards, so that a module's tests and a git worktree find it too); never
 * copied into the repository.
 */
final class SharedSamples {
  private SharedSamples() {}

  static Path dir() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path samples = p.resolve("shared").resolve("samples");
      if (Files.isDirectory(samples)) {
        return samples;
      }
    }
    throw new IllegalStateException(
        "The sample files ../shared/samples are not beside the repository (from "
            + Path.of("").toAbsolutePath()
            + ")");
  }
}
