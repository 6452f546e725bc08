package com.tickmark.app.cli;

import com.tickmark.app.admin.BackupService;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark backup}: an online, consistent backup of the workspace. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description =
        "Writes an online, consistent backup of the workspace to a zip file (needs"
            + " ADMINISTER_WORKSPACE).")
final class BackupCommand implements Callable<Integer> {
  @ParentCommand TickmarkCommand root;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FILE",
      description = "The backup file to write.")
  Path to;

  @Override
  public Integer call() {
    try (Session session = Session.open(root)) {
      BackupService.Inventory inv = session.services().backups().backup(session.signIn(), to);
      root.out.printf(
          Locale.ROOT,
          "Backed up %s to %s: %d tables, %,d rows, taken at %s.%n",
          session.workspace().directory(),
          to.toAbsolutePath(),
          inv.rowsByTable().size(),
          inv.rows(),
          inv.takenAt());
    }
    return TickmarkCommand.OK;
  }
}
