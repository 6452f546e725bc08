package com.tickmark.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.tickmark.app.recon.ReconServices;
import com.tickmark.model.json.Json;
import com.tickmark.model.recon.definition.ReconDefinitions;
import com.tickmark.model.recon.definition.ReconSettings;
import com.tickmark.model.recon.run.Recon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tickmark recon definition show|set|reset}: a recon's settings (title, write-off limit,
 * matching passes) as JSON, changed from a file, or put back as shipped.
 */
@Command(
    name = "definition",
    mixinStandardHelpOptions = true,
    description =
        "Shows or changes a recon's settings: its title, write-off limit and ordered matching"
            + " passes (keys, compared fields, normalisation, alias tables, tolerances,"
            + " cardinality, AUTO or PROPOSE).",
    subcommands = {
      ReconDefinitionCommand.Show.class,
      ReconDefinitionCommand.Set.class,
      ReconDefinitionCommand.Reset.class
    })
final class ReconDefinitionCommand {
  @ParentCommand ReconCommand parent;

  private static ReconDefinitions definitions(Session session) {
    return session.services().area(ReconServices.class).definitions();
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description =
          "Prints a recon's settings as JSON, with their version (0: as shipped): save it, edit"
              + " it, and give it to recon definition set.")
  static final class Show implements Callable<Integer> {
    @ParentCommand ReconDefinitionCommand parent;

    @Parameters(paramLabel = "RECON", description = "The recon (recon list names them).")
    String recon;

    @Override
    public Integer call() {
      TickmarkCommand root = parent.parent.root;
      try (Session session = Session.openToRead(root)) {
        ReconDefinitions.Current c = definitions(session).current(session.signIn(), recon);
        root.out.println(Json.pretty(c.settings()));
        root.err.println(
            "recon "
                + recon
                + ", version "
                + c.version()
                + (c.changed() ? " (changed by the firm)" : " (as shipped)"));
      }
      return TickmarkCommand.OK;
    }
  }

  @Command(
      name = "set",
      mixinStandardHelpOptions = true,
      description =
          "Changes a recon's settings to those in a JSON file (as recon definition show prints"
              + " them); refused, naming what does not fit, if they do not. Later runs use them."
              + " MANAGE_REFERENCE_DATA; audited.")
  static final class Set implements Callable<Integer> {
    @ParentCommand ReconDefinitionCommand parent;

    @Parameters(index = "0", paramLabel = "RECON", description = "The recon.")
    String recon;

    @Parameters(index = "1", paramLabel = "FILE", description = "The settings, as JSON.")
    Path file;

    @Option(
        names = "--version",
        paramLabel = "N",
        required = true,
        description =
            "The version you edited (recon definition show prints it): refused if someone changed"
                + " the settings since.")
    int version;

    @Override
    public Integer call() {
      TickmarkCommand root = parent.parent.root;
      ReconSettings settings = read(file);
      try (Session session = Session.open(root)) {
        Recon made = definitions(session).change(session.signIn(), recon, settings, version);
        root.out.println(
            "Recon "
                + recon
                + " now runs "
                + made.definition().passes().size()
                + " passes ("
                + String.join(
                    ", ",
                    made.definition().passes().stream()
                        .map(
                            p -> p.name() + (p.mode().name().equals("PROPOSE") ? ", proposes" : ""))
                        .toList())
                + "), version "
                + (version + 1)
                + ".");
      }
      return TickmarkCommand.OK;
    }

    private static ReconSettings read(Path file) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UserException(file + ": cannot be read (" + e.getMessage() + ").");
      }
      try {
        return Json.read(text, ReconSettings.class);
      } catch (IllegalArgumentException e) {
        if (e.getCause() instanceof JsonProcessingException j && j.getLocation() != null) {
          throw new UserException(
              file
                  + ":"
                  + j.getLocation().getLineNr()
                  + ": "
                  + j.getOriginalMessage().lines().findFirst().orElse(""));
        }
        throw new UserException(file + ": " + e.getMessage());
      }
    }
  }

  @Command(
      name = "reset",
      mixinStandardHelpOptions = true,
      description = "Puts a recon's settings back as shipped. MANAGE_REFERENCE_DATA; audited.")
  static final class Reset implements Callable<Integer> {
    @ParentCommand ReconDefinitionCommand parent;

    @Parameters(paramLabel = "RECON", description = "The recon.")
    String recon;

    @Override
    public Integer call() {
      TickmarkCommand root = parent.parent.root;
      try (Session session = Session.open(root)) {
        definitions(session).reset(session.signIn(), recon);
        root.out.println("Recon " + recon + " runs with its settings as shipped.");
      }
      return TickmarkCommand.OK;
    }
  }
}
