package com.tickmark.app.cli;

import com.tickmark.app.recon.ReconServices;
import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.recon.input.InputFiles;
import com.tickmark.model.recon.input.InputImport;
import com.tickmark.model.recon.input.InputImportResult;
import com.tickmark.model.recon.input.ReconInputs;
import com.tickmark.model.security.Actor;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What {@code import confirms} and {@code import holdings} share: one file or a folder's .csv files
 * through the kind's {@link InputFiles}, the problems on stderr, one line per file imported.
 */
final class ReconInputImport {
  private ReconInputImport() {}

  static int run(TickmarkCommand root, Path path, Function<ReconInputs, InputFiles<?, ?>> kindOf) {
    boolean folder = Files.isDirectory(path);
    if (!folder && !Files.isRegularFile(path)) {
      throw new UserException("There is no file or folder " + path + ".");
    }
    List<Path> files = folder ? SettlementImportCommand.csvFiles(path) : List.of(path);
    if (files.isEmpty()) {
      throw new UserException("There are no .csv files in " + path + ".");
    }
    try (Session session = Session.open(root)) {
      Actor actor = session.signIn();
      InputFiles<?, ?> kind = kindOf.apply(session.services().area(ReconServices.class).inputs());
      String noun = kind.kind().noun();
      List<InputImportResult> results = kind.importFiles(actor, files, folder);
      int problems = 0;
      int refusedFiles = 0;
      for (InputImportResult r : results) {
        refusedFiles += r.problems().isEmpty() ? 0 : 1;
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
      InputImport first = results.get(0).earlier();
      if (!folder && first != null) {
        root.err.printf(
            Locale.ROOT,
            "tickmark: %s was already imported on %s by %s (as %s, import %d, %d %s);"
                + " nothing was written.%n",
            results.get(0).fileName(),
            first.importedAt(),
            first.importedBy(),
            first.fileName(),
            first.id(),
            first.lines(),
            noun);
        return TickmarkCommand.USER_ERROR;
      }
      PrintStream out = root.out;
      int imported = 0;
      int lines = 0;
      for (InputImportResult r : results) {
        if (r.written()) {
          imported++;
          lines += r.record().lines();
          out.printf(
              Locale.ROOT,
              "Imported %s: %,d %s (import %d).%n",
              r.fileName(),
              r.record().lines(),
              noun,
              r.record().id());
        } else {
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
            "%d files imported (%,d %s), %d passed over as imported before.%n",
            imported,
            lines,
            noun,
            results.size() - imported);
      }
      if (imported == 0) {
        root.err.println(
            "tickmark: every file in " + path + " was imported before; nothing was written.");
        return TickmarkCommand.USER_ERROR;
      }
      return TickmarkCommand.OK;
    }
  }
}
