package com.tickmark.app.cli;

import com.tickmark.app.area.InboxFolder;
import com.tickmark.model.intake.IntakeFileResult;
import com.tickmark.model.intake.IntakeImport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the {@code import} commands of the intake file kinds (settlements, statement, confirms,
 * holdings, opening) print: the problems on stderr (at most {@link
 * ImportCommand#CONSOLE_PROBLEMS}), a file refused as a repeat, one line per file imported or
 * passed over, the folder's totals and the exit code. Each kind gives its own wording through
 * {@link Kind}.
 */
final class FileImportReport {
  private FileImportReport() {}

  /** A file kind's wording. */
  interface Kind<I extends IntakeImport, R extends IntakeFileResult<I>> {
    /** What an earlier import held, as the single-file refusal names it ("12 status lines"). */
    String content(I earlier);

    /** Prints the line of a file imported (its {@link IntakeFileResult#notes} follow it). */
    void printImported(PrintStream out, R result);

    /** The folder's totals of the files imported, inside the parentheses. */
    String totals(List<R> written);

    /** The word for {@code count} problems. */
    default String problems(int count) {
      return "problems";
    }
  }

  /**
   * The file, or the folder's files by {@code list}; a user error when there is no such file or
   * folder, or when the folder has none ({@code none}).
   */
  static List<Path> files(Path path, Function<Path, List<Path>> list, String none) {
    boolean folder = Files.isDirectory(path);
    if (!folder && !Files.isRegularFile(path)) {
      throw new UserException("There is no file or folder " + path + ".");
    }
    List<Path> files = folder ? list.apply(path) : List.of(path);
    if (files.isEmpty()) {
      throw new UserException(none);
    }
    return files;
  }

  /** {@link InboxFolder#filesIn}; a user error when the folder cannot be read. */
  static List<Path> filesIn(Path dir, List<String> extensions) {
    try {
      return InboxFolder.filesIn(dir, extensions);
    } catch (IOException e) {
      throw new UserException("Could not read the folder " + dir + ": " + e.getMessage());
    }
  }

  /** Prints the problems described, at most {@link ImportCommand#CONSOLE_PROBLEMS} of them. */
  static void printProblems(PrintStream to, List<String> described) {
    described.stream().limit(ImportCommand.CONSOLE_PROBLEMS).forEach(to::println);
    if (described.size() > ImportCommand.CONSOLE_PROBLEMS) {
      to.printf(
          Locale.ROOT, "... and %,d more%n", described.size() - ImportCommand.CONSOLE_PROBLEMS);
    }
  }

  /** Reports the results of importing {@code files} from {@code path}; the exit code. */
  static <I extends IntakeImport, R extends IntakeFileResult<I>> int report(
      TickmarkCommand root,
      Path path,
      boolean folder,
      List<Path> files,
      List<R> results,
      Kind<I, R> kind) {
    List<String> problems =
        results.stream()
            .flatMap(r -> r.problems().stream().map(p -> p.describe(r.location())))
            .toList();
    if (!problems.isEmpty()) {
      printProblems(root.err, problems);
      root.err.printf(
          Locale.ROOT,
          "tickmark: %,d %s in %d of %d files; nothing was written.%n",
          problems.size(),
          kind.problems(problems.size()),
          results.stream().filter(r -> !r.problems().isEmpty()).count(),
          files.size());
      return TickmarkCommand.USER_ERROR;
    }
    I first = results.get(0).earlier();
    if (!folder && first != null) {
      root.err.println(
          "tickmark: "
              + results.get(0).fileName()
              + " was already imported on "
              + first.importedAt()
              + " by "
              + first.importedBy()
              + " (as "
              + first.fileName()
              + ", import "
              + first.id()
              + ", "
              + kind.content(first)
              + "); nothing was written.");
      return TickmarkCommand.USER_ERROR;
    }
    PrintStream out = root.out;
    int skipped = 0;
    for (R r : results) {
      if (r.written()) {
        kind.printImported(out, r);
        r.notes().forEach(n -> out.println("  " + n));
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
    List<R> written = results.stream().filter(IntakeFileResult::written).toList();
    if (folder) {
      out.printf(
          Locale.ROOT,
          "%d files imported (%s), %d passed over as imported before.%n",
          written.size(),
          kind.totals(written),
          skipped);
    }
    if (written.isEmpty()) {
      root.err.println(
          "tickmark: every file in " + path + " was imported before; nothing was written.");
      return TickmarkCommand.USER_ERROR;
    }
    return TickmarkCommand.OK;
  }
}
