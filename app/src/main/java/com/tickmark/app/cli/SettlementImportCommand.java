package com.tickmark.app.cli;

import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.security.Actor;
import com.tickmark.model.settlement.status.StatusImport;
import com.tickmark.model.settlement.status.StatusImportResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tickmark import settlements FILE|DIR}: the custodians' settlement status files, through
 * the intake pipeline. The settlement area adds it to {@code import} ({@code
 * Area.importCommands()}).
 */
@Command(
    name = "settlements",
    mixinStandardHelpOptions = true,
    description = {
      "Imports custodians' settlement status files: one CSV file, or every .csv file in a folder"
          + " (the inbox's settlement/ folder), in name order.",
      "Every line is checked first; any problem (FILE:LINE: field: message) refuses them all and"
          + " nothing is written (exit 1). A file imported before is refused; in a folder it is"
          + " passed over.",
      "SETTLED and PARTIALLY_SETTLED lines record the settled part, so positions and"
          + " obligations follow; a reference the firm does not know is kept (settlement"
          + " unknown)."
    })
public final class SettlementImportCommand implements Callable<Integer> {
  @ParentCommand ImportCommand parent;

  @Parameters(paramLabel = "FILE|DIR", description = "A status file, or a folder of them.")
  Path path;

  @Override
  public Integer call() {
    TickmarkCommand root = parent.root;
    boolean folder = Files.isDirectory(path);
    List<Path> files = folder ? csvFiles(path) : List.of(path);
    if (!folder && !Files.isRegularFile(path)) {
      throw new UserException("There is no file or folder " + path + ".");
    }
    if (files.isEmpty()) {
      throw new UserException("There are no .csv files in " + path + ".");
    }
    try (Session session = Session.open(root)) {
      Actor actor = session.signIn();
      List<StatusImportResult> results =
          session
              .services()
              .area(SettlementServices.class)
              .statusImports()
              .importFiles(actor, files, folder);
      PrintStream out = root.out;
      int problems = 0;
      int refusedFiles = 0;
      for (StatusImportResult r : results) {
        if (!r.problems().isEmpty()) {
          refusedFiles++;
        }
        for (ImportProblem p : r.problems()) {
          if (problems++ < ImportCommand.CONSOLE_PROBLEMS) {
            root.err.println(p.describe(r.location()));
          }
        }
      }
      if (problems > 0) {
        if (problems > ImportCommand.CONSOLE_PROBLEMS) {
          root.err.printf(
              Locale.ROOT, "... and %,d more%n", problems - ImportCommand.CONSOLE_PROBLEMS);
        }
        root.err.printf(
            Locale.ROOT,
            "tickmark: %,d problems in %d of %d files; nothing was written.%n",
            problems,
            refusedFiles,
            files.size());
        return TickmarkCommand.USER_ERROR;
      }
      if (!folder && results.get(0).earlier() != null) {
        StatusImport e = results.get(0).earlier();
        root.err.println(
            "tickmark: "
                + results.get(0).fileName()
                + " was already imported on "
                + e.importedAt()
                + " by "
                + e.importedBy()
                + " (as "
                + e.fileName()
                + ", import "
                + e.id()
                + ", "
                + e.lines()
                + " status lines); nothing was written.");
        return TickmarkCommand.USER_ERROR;
      }
      int imported = 0;
      int lines = 0;
      int skipped = 0;
      for (StatusImportResult r : results) {
        if (r.written()) {
          StatusImport i = r.record();
          imported++;
          lines += i.lines();
          out.printf(
              Locale.ROOT,
              "Imported %s: %,d status lines, %,d with an unknown reference, %,d settled parts"
                  + " recorded (import %d).%n",
              r.fileName(),
              i.lines(),
              i.unknownLines(),
              i.settledParts(),
              i.id());
        } else if (r.earlier() != null) {
          skipped++;
          out.printf(
              Locale.ROOT,
              "Passed over %s: already imported on %s by %s (import %d).%n",
              r.fileName(),
              r.earlier().importedAt(),
              r.earlier().importedBy(),
              r.earlier().id());
        }
      }
      if (folder) {
        out.printf(
            Locale.ROOT,
            "%d files imported (%,d status lines), %d passed over as imported before.%n",
            imported,
            lines,
            skipped);
      }
      if (imported == 0) {
        root.err.println(
            "tickmark: every file in " + path + " was imported before; nothing was written.");
        return TickmarkCommand.USER_ERROR;
      }
      return TickmarkCommand.OK;
    }
  }

  /** The folder's .csv files (not the problem reports of trade imports), by name. */
  static List<Path> csvFiles(Path dir) {
    try (Stream<Path> all = Files.list(dir)) {
      return all.filter(Files::isRegularFile)
          .filter(
              p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".csv") && !name.endsWith(".problems.csv");
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UserException("Could not read the folder " + dir + ": " + e.getMessage());
    }
  }
}
