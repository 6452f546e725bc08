package com.tickmark.app.cli;

import com.tickmark.app.AppServices;
import com.tickmark.app.FileTrees;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.json.Json;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.persistence.workspace.Workspace;
import com.tickmark.persistence.workspace.WorkspaceBackup;
import com.tickmark.persistence.workspace.WorkspaceException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tickmark restore}: restores a backup into a new workspace folder, checks it table by
 * table, and records the restore in the restored workspace's audit trail as the signed-in
 * administrator.
 */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Restores a backup into a new workspace folder and checks every table against it.",
      "The folder (--workspace) must be new; you sign in to the restored workspace (--user, an"
          + " administrator)",
      "to record the restore in its audit trail."
    })
final class RestoreCommand implements Callable<Integer> {
  @ParentCommand TickmarkCommand root;

  @Option(names = "--from", required = true, paramLabel = "FILE", description = "The backup file.")
  Path from;

  @Override
  public Integer call() {
    Path dir = root.workspace();
    if (root.userOption == null) {
      throw new UserException(
          "Say who restores: --user NAME, an administrator of the backed-up workspace.");
    }
    char[] passphrase = null;
    WorkspaceBackup.Inventory inv;
    try {
      inv = WorkspaceBackup.restore(from, dir, null);
    } catch (WorkspaceException e) {
      if (e.reason() != WorkspaceException.Reason.PASSPHRASE_NEEDED) {
        throw e;
      }
      passphrase =
          Session.password(
              root, "Passphrase of the backed-up workspace", Session.PASSPHRASE_VARIABLE);
      inv = WorkspaceBackup.restore(from, dir, passphrase);
    }
    try (Workspace ws = Workspace.open(dir, passphrase)) {
      AppServices services = AppServices.of(ws, Clock.systemUTC());
      Actor actor;
      try {
        actor =
            services
                .users()
                .signIn(
                    root.userOption,
                    Session.password(
                        root, "Password for " + root.userOption, Session.PASSWORD_VARIABLE));
        actor.require(Permission.ADMINISTER_WORKSPACE);
      } catch (RuntimeException e) {
        ws.close();
        FileTrees.deleteTree(dir);
        throw e;
      }
      services
          .repositories()
          .audit()
          .append(
              new AuditEvent(
                  actor.username(),
                  services.clock().instant(),
                  "Workspace",
                  dir.toString(),
                  AuditAction.RESTORE,
                  "",
                  Json.write(new Restored(from.toAbsolutePath().toString(), inv.takenAt())),
                  "restore"));
    }
    root.out.printf(
        Locale.ROOT,
        "Restored %s into %s: %d tables, %,d rows, each checked against the backup (taken at"
            + " %s).%n",
        from.toAbsolutePath(),
        dir,
        inv.tables().size(),
        inv.rows(),
        inv.takenAt());
    return TickmarkCommand.OK;
  }

  /** What the restored workspace's audit trail records of where it came from. */
  private record Restored(String from, Instant takenAt) {}
}
