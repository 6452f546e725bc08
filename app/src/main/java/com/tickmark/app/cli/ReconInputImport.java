package com.tickmark.app.cli;

import com.tickmark.app.recon.ReconServices;
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
    List<Path> files =
        FileImportReport.files(
            path, SettlementImportCommand::csvFiles, "There are no .csv files in " + path + ".");
    boolean folder = Files.isDirectory(path);
    try (Session session = Session.open(root)) {
      Actor actor = session.signIn();
      InputFiles<?, ?> kind = kindOf.apply(session.services().area(ReconServices.class).inputs());
      List<InputImportResult> results = kind.importFiles(actor, files, folder);
      return FileImportReport.report(
          root, path, folder, files, results, new Wording(kind.kind().noun()));
    }
  }

  /** The wording of an input kind, by its noun ("confirmations"). */
  private record Wording(String noun)
      implements FileImportReport.Kind<InputImport, InputImportResult> {
    @Override
    public String content(InputImport earlier) {
      return earlier.lines() + " " + noun;
    }

    @Override
    public void printImported(PrintStream out, InputImportResult r) {
      out.printf(
          Locale.ROOT,
          "Imported %s: %,d %s (import %d).%n",
          r.fileName(),
          r.record().lines(),
          noun,
          r.record().id());
    }

    @Override
    public String totals(List<InputImportResult> written) {
      return String.format(
          Locale.ROOT, "%,d %s", written.stream().mapToInt(r -> r.record().lines()).sum(), noun);
    }
  }
}
