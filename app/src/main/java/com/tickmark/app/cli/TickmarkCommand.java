package com.tickmark.app.cli;

import com.tickmark.app.StandardAreas;
import com.tickmark.app.WorkspaceLocation;
import com.tickmark.app.area.Area;
import com.tickmark.model.approval.FourEyesViolationException;
import com.tickmark.model.intake.ImportRefusedException;
import com.tickmark.model.money.PlainDecimal;
import com.tickmark.model.security.AccessDeniedException;
import com.tickmark.model.security.AuthenticationException;
import com.tickmark.persistence.workspace.WorkspaceException;
import java.io.Console;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code tickmark}: with no subcommand it opens the desktop app; every subcommand runs headless.
 * The platform's commands are listed here; each business area adds its own (see {@link
 * Area#commands()}). Exit codes: 0 done, 1 the user asked for something that cannot be done (the
 * message says why), 2 an internal error (logged with its stack trace).
 */
@Command(
    name = "tickmark",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Back-office workstation for algorithmic trading firms.",
      "Without a command, opens the desktop app on the workspace (creating the demo firm on first"
          + " start)."
    },
    footer = {
      "",
      "Exit codes: 0 done, 1 user error (message on stderr), 2 internal error (see the log in"
          + " WORKSPACE/logs)."
    },
    subcommands = {DemoCommand.class, InfoCommand.class, EodCommand.class})
public final class TickmarkCommand implements Callable<Integer> {
  public static final int OK = 0;
  public static final int USER_ERROR = 1;
  public static final int INTERNAL_ERROR = 2;
  private static final Logger LOG = LoggerFactory.getLogger(TickmarkCommand.class);

  @Option(
      names = WorkspaceLocation.OPTION,
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description =
          "The workspace folder (default: $"
              + WorkspaceLocation.ENVIRONMENT_VARIABLE
              + ", else ~/.tickmark).")
  String workspaceOption;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      scope = ScopeType.INHERIT,
      description = "Act as this user; the password comes from $TICKMARK_PASSWORD or a prompt.")
  String userOption;

  private final Map<String, String> environment;
  private final Consumer<Path> gui;
  final PrintStream out;
  final PrintStream err;

  TickmarkCommand(
      Map<String, String> environment, Consumer<Path> gui, PrintStream out, PrintStream err) {
    this.environment = environment;
    this.gui = gui;
    this.out = out;
    this.err = err;
  }

  /** The workspace folder this invocation works on. */
  Path workspace() {
    return WorkspaceLocation.resolve(workspaceOption, environment, System.getProperty("user.home"));
  }

  @Override
  public Integer call() {
    gui.accept(workspace());
    return OK;
  }

  /**
   * Refusals the user can act on: our own, the workspace's, permission and sign-in refusals, a
   * trade file refused as a whole (also when the app refuses a workbook before the model reads it),
   * and the validation messages the business model writes for people.
   */
  static boolean isUserFacing(Throwable ex) {
    if (ex instanceof UserException
        || ex instanceof WorkspaceException
        || ex instanceof AccessDeniedException
        || ex instanceof AuthenticationException
        || ex instanceof FourEyesViolationException
        || ex instanceof ImportRefusedException) {
      return true;
    }
    if (ex instanceof IllegalArgumentException || ex instanceof IllegalStateException) {
      StackTraceElement[] trace = ex.getStackTrace();
      return trace.length > 0 && trace[0].getClassName().startsWith("com.tickmark.model.");
    }
    return false;
  }

  Map<String, String> environment() {
    return environment;
  }

  /** Asks for a secret on the terminal; {@code null} when there is no terminal. */
  char[] prompt(String label) {
    Console console = System.console();
    return console == null ? null : console.readPassword("%s: ", label);
  }

  /** Parses and runs {@code args}; returns the process exit code. */
  public static int execute(
      String[] args,
      PrintStream out,
      PrintStream err,
      Map<String, String> environment,
      Consumer<Path> gui) {
    TickmarkCommand root = new TickmarkCommand(environment, gui, out, err);
    CommandLine cmd = new CommandLine(root);
    for (Area area : StandardAreas.all()) {
      area.commands().forEach(cmd::addSubcommand);
    }
    CommandLine imports = cmd.getSubcommands().get("import");
    for (Area area : StandardAreas.all()) {
      for (Class<?> kind : area.importCommands()) {
        if (imports == null) {
          throw new IllegalStateException("No area offers the import command for " + kind);
        }
        imports.addSubcommand(kind);
      }
    }
    for (Class<?> platform :
        List.of(
            ReportCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class)) {
      cmd.addSubcommand(platform);
    }
    cmd.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cmd.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.registerConverter(BigDecimal.class, PlainDecimal::parse); // no 1e6 for a quantity
    cmd.setParameterExceptionHandler(
        (ex, ignored) -> {
          err.println("tickmark: " + ex.getMessage());
          String name = ex.getCommandLine().getCommandSpec().qualifiedName();
          err.println("Run '" + name + " --help' to see what it accepts.");
          return USER_ERROR;
        });
    cmd.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (isUserFacing(ex)) {
            err.println("tickmark: " + ex.getMessage());
            LOG.info("Refused: {}", ex.getMessage());
            return USER_ERROR;
          }
          if (ex instanceof CancellationException) {
            err.println("tickmark: cancelled; nothing was written.");
            return USER_ERROR;
          }
          LOG.error("Internal error running {}", String.join(" ", args), ex);
          err.println(
              "tickmark: internal error: "
                  + ex
                  + ". This is a bug; the details are in the log in "
                  + root.workspace().resolve("logs")
                  + ".");
          return INTERNAL_ERROR;
        });
    return cmd.execute(args);
  }
}
