package com.tickmark.app.cli;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.persistence.workspace.WorkspaceBackup;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark backup}: an online, consistent backup of the workspace. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Writes an online, consistent backup of the workspace to a zip file (needs ADMINISTER_WORKSPACE).")
final class BackupCommand implements Callable<Integer> {
  @ParentCommand TickmarkCommand root;

  @Option(names = "--to", required = true, paramLabel = "FILE", description = "The backup file to write.")
  Path to;

  @Override
  public Integer call() {
    try (Session session = Session.open(root)) {
      Actor actor = session.signIn();
      actor.require(Permission.ADMINISTER_WORKSPACE);
      var services = session.services();
      services.repositories().audit().append(new AuditEvent(actor.username(), services.clock().instant(), "Workspace",
          session.workspace().directory().toString(), AuditAction.BACKUP, "", "{\"file\":\"" + to.toAbsolutePath().toString().replace("\\", "/") + "\"}", "backup"));
      WorkspaceBackup.Inventory inv = WorkspaceBackup.backup(session.workspace(), to, services.clock().instant());
      root.out.printf(Locale.ROOT, "Backed up %s to %s: %d tables, %,d rows, taken at %s.%n", session.workspace().directory(),
          to.toAbsolutePath(), inv.tables().size(), inv.rows(), inv.takenAt());
    }
    return TickmarkCommand.OK;
  }
}
