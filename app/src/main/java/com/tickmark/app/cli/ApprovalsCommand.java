package com.tickmark.app.cli;

import com.tickmark.model.approval.ApprovalId;
import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.security.Actor;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark approvals}: the four-eyes inbox. */
@Command(
    name = "approvals",
    mixinStandardHelpOptions = true,
    description = "Lists, approves and rejects requests waiting for a second person.")
public final class ApprovalsCommand {
  @ParentCommand TickmarkCommand root;

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Requests waiting for you, and the ones you submitted.")
  int list() {
    try (Session session = Session.openToRead(root)) {
      Actor actor = session.signIn();
      print("Waiting for you", session.services().approvals().inbox(actor));
      print("Submitted by you", session.services().approvals().submittedBy(actor));
    }
    return TickmarkCommand.OK;
  }

  private void print(String title, List<ApprovalRequest> requests) {
    root.out.println(title + ": " + (requests.isEmpty() ? "none" : requests.size()));
    for (ApprovalRequest r : requests) {
      root.out.printf(
          Locale.ROOT,
          "  %-5s %-9s %-12s %s (by %s at %s; reason: %s)%s%n",
          r.id(),
          r.status(),
          r.kind(),
          r.summary(),
          r.maker(),
          r.submittedAt(),
          r.reason(),
          r.isPending() ? "" : " - " + r.checker() + ": " + r.comment());
    }
  }

  @Command(
      name = "approve",
      mixinStandardHelpOptions = true,
      description = "Approves a request, which then takes effect.")
  int approve(
      @Parameters(paramLabel = "ID") long id,
      @Option(names = "--comment", defaultValue = "", paramLabel = "TEXT") String comment) {
    try (Session session = Session.open(root)) {
      ApprovalRequest r =
          session.services().approvals().approve(session.signIn(), new ApprovalId(id), comment);
      root.out.println("Approved " + r.id() + ": " + r.summary() + ".");
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "reject",
      mixinStandardHelpOptions = true,
      description = "Rejects a request, with a comment for its maker.")
  int reject(
      @Parameters(paramLabel = "ID") long id,
      @Option(names = "--comment", required = true, paramLabel = "TEXT") String comment) {
    try (Session session = Session.open(root)) {
      ApprovalRequest r =
          session.services().approvals().reject(session.signIn(), new ApprovalId(id), comment);
      root.out.println("Rejected " + r.id() + ": " + r.summary() + ".");
    }
    return TickmarkCommand.OK;
  }
}
