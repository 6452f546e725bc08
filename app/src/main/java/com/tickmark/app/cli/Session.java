package com.tickmark.app.cli;

import com.tickmark.app.AppServices;
import com.tickmark.model.security.Actor;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A command's time with a workspace: opens it (asking for the passphrase of an encrypted one),
 * builds the services and signs the user in.
 */
final class Session implements AutoCloseable {
  static final String PASSWORD_VARIABLE = "TICKMARK_PASSWORD";
  static final String PASSPHRASE_VARIABLE = "TICKMARK_PASSPHRASE";

  private final TickmarkCommand root;
  private final Workspace workspace;
  private final AppServices services;

  private Session(TickmarkCommand root, Workspace workspace) {
    this.root = root;
    this.workspace = workspace;
    this.services = AppServices.of(workspace, Clock.systemUTC());
  }

  /** Opens the workspace, which must already exist. */
  static Session open(TickmarkCommand root) {
    Path dir = existing(root);
    return new Session(root, Workspace.open(dir, passphrase(root, dir)));
  }

  /**
   * Opens the workspace, which must already exist, for a command that only reads: for writing when
   * no other program has it open, else as a reader beside the program that writes (the user then
   * holds only the permissions that read, and the database refuses any write).
   */
  static Session openToRead(TickmarkCommand root) {
    Path dir = existing(root);
    return new Session(root, Workspace.openOrJoin(dir, passphrase(root, dir), Clock.systemUTC()));
  }

  private static Path existing(TickmarkCommand root) {
    Path dir = root.workspace();
    if (!Workspace.exists(dir)) {
      throw new UserException(
          "There is no workspace in "
              + dir
              + ". Start the app, or run 'tickmark demo --workspace "
              + dir
              + "', to create one.");
    }
    return dir;
  }

  /** Opens the workspace, creating it if needed (encrypted when {@code encrypt}). */
  static Session openOrCreate(TickmarkCommand root, boolean encrypt) {
    Path dir = root.workspace();
    boolean needsPassphrase = encrypt || Workspace.isEncrypted(dir);
    return new Session(
        root, Workspace.open(dir, needsPassphrase ? askPassphrase(root, dir) : null));
  }

  /** The passphrase of an encrypted workspace ({@code null} for a plain one). */
  static char[] passphrase(TickmarkCommand root, Path dir) {
    return Workspace.isEncrypted(dir) ? askPassphrase(root, dir) : null;
  }

  private static char[] askPassphrase(TickmarkCommand root, Path dir) {
    String fromEnvironment = root.environment().get(PASSPHRASE_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return fromEnvironment.toCharArray();
    }
    char[] typed = root.prompt("Passphrase for the workspace " + dir);
    if (typed == null || typed.length == 0) {
      throw new UserException(
          "The workspace "
              + dir
              + " is encrypted: give its passphrase in $"
              + PASSPHRASE_VARIABLE
              + " or at the prompt.");
    }
    return typed;
  }

  AppServices services() {
    return services;
  }

  Workspace workspace() {
    return workspace;
  }

  /** Signs in the user named by {@code --user}. */
  Actor signIn() {
    String user = root.userOption;
    if (user == null || user.isBlank()) {
      throw new UserException(
          "Say who you are: --user NAME (the password comes from $"
              + PASSWORD_VARIABLE
              + " or the prompt). A demo workspace's users are listed in the README.");
    }
    return services.users().signIn(user, password(root, "Password for " + user, PASSWORD_VARIABLE));
  }

  static char[] password(TickmarkCommand root, String label, String variable) {
    String fromEnvironment = root.environment().get(variable);
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return fromEnvironment.toCharArray();
    }
    char[] typed = root.prompt(label);
    if (typed == null) {
      throw new UserException(
          "No password: there is no terminal to ask on, so give it in $" + variable + ".");
    }
    return typed;
  }

  @Override
  public void close() {
    try {
      services.close();
    } finally {
      workspace.close();
    }
  }
}
