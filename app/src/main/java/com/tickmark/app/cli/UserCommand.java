package com.tickmark.app.cli;

import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.User;
import com.tickmark.model.users.UserService;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark user}: administers users (as a user holding MANAGE_USERS). */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description =
        "Adds, lists, disables and enables users, resets passwords and requests role changes.")
public final class UserCommand {
  static final String NEW_PASSWORD_VARIABLE = "TICKMARK_NEW_PASSWORD";

  @ParentCommand TickmarkCommand root;

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Adds a user. In a workspace without users, the first one (an ADMIN) may be added without"
            + " --user.",
        "The new password comes from $" + NEW_PASSWORD_VARIABLE + " or a prompt."
      })
  int add(
      @Parameters(paramLabel = "NAME") String username,
      @Option(
              names = "--role",
              required = true,
              paramLabel = "ROLE",
              description =
                  "CLERK, ACCOUNTANT, RISK_MANAGER, COMPLIANCE, ADMIN or VIEWER; repeat for"
                      + " several.")
          List<Role> roles,
      @Option(names = "--name", paramLabel = "TEXT", description = "The person's name.")
          String displayName,
      @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "added from the command line")
          String reason) {
    try (Session session = Session.open(root)) {
      UserService users = session.services().users();
      char[] password =
          Session.password(root, "New password for " + username, NEW_PASSWORD_VARIABLE);
      User user;
      if (users.hasNoUsers() && root.userOption == null) {
        if (!roles.equals(List.of(Role.ADMIN))) {
          throw new UserException(
              "The first user of a workspace must be an administrator: --role ADMIN.");
        }
        user = users.createFirstAdministrator(username, displayName, password);
      } else {
        user =
            users.addUser(
                session.signIn(), username, displayName, EnumSet.copyOf(roles), password, reason);
      }
      root.out.println("Added " + user.username() + " (" + roles(user) + ").");
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the users with their roles and state.")
  int list() {
    try (Session session = Session.open(root)) {
      Actor actor = session.signIn();
      PrintStream out = root.out;
      out.printf(Locale.ROOT, "%-16s %-24s %-30s %s%n", "USER", "NAME", "ROLES", "STATE");
      Instant now = session.services().clock().instant();
      for (User u : session.services().users().list(actor)) {
        String state =
            !u.enabled()
                ? "disabled"
                : u.isLocked(now) ? "locked until " + u.lockedUntil() : "active";
        out.printf(
            Locale.ROOT, "%-16s %-24s %-30s %s%n", u.username(), u.displayName(), roles(u), state);
      }
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "disable",
      mixinStandardHelpOptions = true,
      description = "Disables a user: they can no longer sign in.")
  int disable(
      @Parameters(paramLabel = "NAME") String username,
      @Option(names = "--reason", required = true, paramLabel = "TEXT") String reason) {
    try (Session session = Session.open(root)) {
      session.services().users().disable(session.signIn(), username, reason);
      root.out.println("Disabled " + username + ".");
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "idle-lock",
      mixinStandardHelpOptions = true,
      description = {
        "Shows, or with MINUTES sets, how long the app may sit unused before it locks and asks for"
            + " the password again (1 to 480 minutes; 15 unless set).",
        "Setting it needs ADMINISTER_WORKSPACE (administrators) and --reason."
      })
  int idleLock(
      @Parameters(paramLabel = "MINUTES", arity = "0..1") Integer minutes,
      @Option(names = "--reason", paramLabel = "TEXT") String reason) {
    try (Session session = Session.open(root)) {
      var users = session.services().users();
      if (minutes == null) {
        root.out.println("The app locks after " + users.idleLock().toMinutes() + " minutes idle.");
        return TickmarkCommand.OK;
      }
      if (reason == null || reason.isBlank()) {
        throw new UserException("Say why the idle lock changes with --reason.");
      }
      Duration set = users.setIdleLock(session.signIn(), Duration.ofMinutes(minutes), reason);
      root.out.println("The app now locks after " + set.toMinutes() + " minutes idle.");
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "enable",
      mixinStandardHelpOptions = true,
      description = "Enables a disabled user again.")
  int enable(
      @Parameters(paramLabel = "NAME") String username,
      @Option(names = "--reason", required = true, paramLabel = "TEXT") String reason) {
    try (Session session = Session.open(root)) {
      session.services().users().enable(session.signIn(), username, reason);
      root.out.println("Enabled " + username + ".");
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "reset-password",
      mixinStandardHelpOptions = true,
      description = {
        "Sets a new password for a user and lifts a lockout.",
        "The new password comes from $" + NEW_PASSWORD_VARIABLE + " or a prompt."
      })
  int resetPassword(
      @Parameters(paramLabel = "NAME") String username,
      @Option(names = "--reason", required = true, paramLabel = "TEXT") String reason) {
    try (Session session = Session.open(root)) {
      Actor actor = session.signIn();
      session
          .services()
          .users()
          .resetPassword(
              actor,
              username,
              Session.password(root, "New password for " + username, NEW_PASSWORD_VARIABLE),
              reason);
      root.out.println("Reset the password of " + username + ".");
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "set-roles",
      mixinStandardHelpOptions = true,
      description =
          "Requests a change of a user's roles; a second person approves it (tickmark approvals).")
  int setRoles(
      @Parameters(paramLabel = "NAME") String username,
      @Option(names = "--role", required = true, paramLabel = "ROLE") List<Role> roles,
      @Option(names = "--reason", required = true, paramLabel = "TEXT") String reason) {
    try (Session session = Session.open(root)) {
      ApprovalRequest r =
          session
              .services()
              .users()
              .requestRoleChange(session.signIn(), username, EnumSet.copyOf(roles), reason);
      root.out.println("Request " + r.id() + " is waiting for approval: " + r.summary() + ".");
    }
    return TickmarkCommand.OK;
  }

  private static String roles(User u) {
    return u.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
  }
}
