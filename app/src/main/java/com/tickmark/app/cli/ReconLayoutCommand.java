package com.tickmark.app.cli;

import com.tickmark.app.recon.ReconServices;
import com.tickmark.model.intake.IntakeField;
import com.tickmark.model.recon.input.InputFiles;
import com.tickmark.model.recon.input.InputLayout;
import com.tickmark.model.recon.input.ReconInputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tickmark recon layout list|show|save}: the layouts brokers' confirmation files and
 * custodians' holdings files come in, one per broker or custodian code.
 */
@Command(
    name = "layout",
    mixinStandardHelpOptions = true,
    description =
        "The layouts of brokers' confirmation files and custodians' holdings files: a file whose"
            + " name starts with a code that has a layout (GSX_20251120.csv) is read with it,"
            + " any other with the built-in one (comma-separated, a header naming each field, ISO"
            + " dates, decimal points).",
    subcommands = {
      ReconLayoutCommand.ListLayouts.class,
      ReconLayoutCommand.Show.class,
      ReconLayoutCommand.Save.class
    })
final class ReconLayoutCommand {
  static final List<String> COLUMNS =
      List.of(
          "kind", "name", "delimiter", "header", "decimal_separator", "date_pattern", "columns");

  @ParentCommand ReconCommand parent;

  /** The files of a kind, as the CLI names it. */
  enum Kind {
    confirmations,
    holdings;

    InputFiles<?, ?> files(ReconInputs inputs) {
      return this == confirmations ? inputs.confirmationFiles() : inputs.holdingFiles();
    }
  }

  private static ReconInputs inputs(Session session) {
    return session.services().area(ReconServices.class).inputs();
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the saved layouts of both kinds.")
  static final class ListLayouts implements Callable<Integer> {
    @ParentCommand ReconLayoutCommand parent;

    @Mixin FormatOption output;

    @Override
    public Integer call() {
      TickmarkCommand root = parent.parent.root;
      try (Session session = Session.openToRead(root)) {
        List<List<String>> rows = new ArrayList<>();
        for (Kind kind : Kind.values()) {
          kind.files(inputs(session))
              .layouts(session.signIn())
              .forEach((name, layout) -> rows.add(row(kind, layout)));
        }
        ListOutput.print(root.out, output.format, COLUMNS, rows);
      }
      return TickmarkCommand.OK;
    }

    private static List<String> row(Kind kind, InputLayout<?> l) {
      Map<? extends IntakeField, String> mapped = mappedColumns(l);
      return List.of(
          kind.name(),
          l.name(),
          l.delimiter() == '\t' ? "tab" : String.valueOf(l.delimiter()),
          Boolean.toString(l.header()),
          String.valueOf(l.decimalSeparator()),
          l.datePattern(),
          mapped.entrySet().stream()
              .map(e -> e.getKey().key() + "=" + e.getValue())
              .collect(Collectors.joining(" ")));
    }

    /** The fields whose column is not named by the field's key. */
    private static Map<? extends IntakeField, String> mappedColumns(InputLayout<?> l) {
      return l.columns().entrySet().stream()
          .filter(e -> !e.getValue().equals(e.getKey().key()))
          .collect(
              Collectors.toMap(
                  Map.Entry::getKey,
                  Map.Entry::getValue,
                  (a, b) -> a,
                  java.util.LinkedHashMap::new));
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Prints a layout as properties, to edit and save again.")
  static final class Show implements Callable<Integer> {
    @ParentCommand ReconLayoutCommand parent;

    @Parameters(index = "0", paramLabel = "KIND", description = "confirmations or holdings.")
    Kind kind;

    @Parameters(index = "1", paramLabel = "NAME", description = "The broker's or custodian's code.")
    String name;

    @Override
    public Integer call() {
      TickmarkCommand root = parent.parent.root;
      try (Session session = Session.openToRead(root)) {
        InputLayout<?> layout = kind.files(inputs(session)).layouts(session.signIn()).get(name);
        if (layout == null) {
          throw new UserException(
              "There is no "
                  + kind
                  + " layout '"
                  + name
                  + "': files of "
                  + name
                  + " are read with the built-in one.");
        }
        root.out.print(layout.toProperties());
      }
      return TickmarkCommand.OK;
    }
  }

  @Command(
      name = "save",
      mixinStandardHelpOptions = true,
      description =
          "Saves a layout from a properties file (delimiter, header, decimal.separator,"
              + " date.pattern, column.FIELD=COLUMN), replacing the broker's or custodian's"
              + " earlier one. WORK_RECONCILIATIONS; audited.")
  static final class Save implements Callable<Integer> {
    @ParentCommand ReconLayoutCommand parent;

    @Parameters(index = "0", paramLabel = "KIND", description = "confirmations or holdings.")
    Kind kind;

    @Parameters(index = "1", paramLabel = "NAME", description = "The broker's or custodian's code.")
    String name;

    @Parameters(index = "2", paramLabel = "FILE", description = "The layout, as properties.")
    Path file;

    @Override
    public Integer call() {
      TickmarkCommand root = parent.parent.root;
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UserException(file + ": cannot be read (" + e.getMessage() + ").");
      }
      try (Session session = Session.open(root)) {
        InputLayout<?> saved = kind.files(inputs(session)).saveLayout(session.signIn(), name, text);
        root.out.println(
            "Saved the "
                + kind
                + " layout of "
                + saved.name()
                + ": its files ("
                + saved.name()
                + "_….csv) are read with it from now on.");
      }
      return TickmarkCommand.OK;
    }
  }
}
