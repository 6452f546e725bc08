package com.tickmark.app.cli;

import picocli.CommandLine.Option;

/** The {@code --format table|csv} option of a list command (a picocli mixin). */
final class FormatOption {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table or csv (default: ${DEFAULT-VALUE}).")
  ListOutput.Format format;
}
