package com.tickmark.app.cli;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.audit.AuditVerification;
import com.tickmark.model.audit.DataVerification;
import com.tickmark.model.security.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark audit}: verifies and reads the audit trail. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Verifies the tamper-evident audit trail and lists its records.")
public final class AuditCommand {
  @ParentCommand TickmarkCommand root;

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Checks every record's hash, its link to the one before, and the anchors kept outside the"
            + " database; with --data, also that the stored trades are what the trail says.",
        "Exit code 0 when the trail is intact, 1 naming the first record that does not verify."
      })
  int verify(
      @Option(
              names = "--data",
              description =
                  "Also check every stored trade against its audited state (or its import's"
                      + " digest), naming each one that differs.")
          boolean data) {
    try (Session session = Session.openToRead(root)) {
      if (data) {
        DataVerification d = session.services().audit().verifyData(session.signIn());
        List<String> lines = d.describe();
        if (!d.isIntact()) {
          lines.forEach(l -> root.err.println("tickmark: " + l));
          return TickmarkCommand.USER_ERROR;
        }
        lines.forEach(root.out::println);
        return TickmarkCommand.OK;
      }
      AuditVerification v = session.services().audit().verify(session.signIn());
      if (!v.isIntact()) {
        root.err.println("tickmark: " + v.describe());
        return TickmarkCommand.USER_ERROR;
      }
      root.out.println(v.describe());
    }
    return TickmarkCommand.OK;
  }

  /** The columns of {@code audit list --format csv}. */
  static final List<String> COLUMNS =
      List.of(
          "sequence", "at", "user", "action", "entity", "entity_id", "reason", "before", "after");

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists audit records, newest first.")
  int list(
      @Option(names = "--by", paramLabel = "USER", description = "Only this user's actions.")
          String by,
      @Option(
              names = "--entity",
              paramLabel = "TYPE",
              description =
                  "Only this kind of entity (User, ApprovalRequest, BusinessDate, Workspace ...).")
          String entity,
      @Option(names = "--id", paramLabel = "ID", description = "Only this entity.") String id,
      @Option(
              names = "--action",
              paramLabel = "ACTION",
              description = "Only this action (CREATE, AMEND, LOGIN, ...).")
          AuditAction action,
      @Option(
              names = "--from",
              paramLabel = "INSTANT",
              description = "From this UTC time, e.g. 2025-11-20T00:00:00Z.")
          Instant from,
      @Option(names = "--to", paramLabel = "INSTANT", description = "Before this UTC time.")
          Instant to,
      @Option(
              names = "--limit",
              defaultValue = "100",
              description = "At most this many records (default: ${DEFAULT-VALUE}).")
          int limit,
      @Mixin FormatOption output) {
    try (Session session = Session.openToRead(root)) {
      Actor actor = session.signIn();
      List<AuditRecord> records =
          session
              .services()
              .audit()
              .search(actor, new AuditFilter(by, entity, id, action, from, to, limit));
      if (output.format == ListOutput.Format.csv) {
        ListOutput.print(
            root.out,
            output.format,
            COLUMNS,
            records.stream()
                .map(
                    r ->
                        List.of(
                            Long.toString(r.sequence()),
                            r.event().at().toString(),
                            r.event().actor(),
                            r.event().action().name(),
                            r.event().entityType(),
                            r.event().entityId(),
                            r.event().reason(),
                            r.event().before(),
                            r.event().after()))
                .toList());
        return TickmarkCommand.OK;
      }
      for (AuditRecord r : records) {
        var e = r.event();
        root.out.printf(
            Locale.ROOT,
            "%6d %s %-12s %-18s %-16s %-20s %s%s%n",
            r.sequence(),
            e.at(),
            e.actor(),
            e.action(),
            e.entityType(),
            e.entityId(),
            e.reason(),
            e.after().isEmpty() ? "" : "  after=" + e.after());
      }
    }
    return TickmarkCommand.OK;
  }
}
