package com.tickmark.app.cli;

import com.tickmark.model.recon.input.ReconInputs;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tickmark import confirms FILE|DIR}: brokers' confirmation files, through the intake
 * pipeline. The reconciliation area adds it to {@code import}.
 */
@Command(
    name = "confirms",
    mixinStandardHelpOptions = true,
    description = {
      "Imports brokers' confirmation files: one CSV file, or every .csv file in a folder (the"
          + " inbox's confirmations/ folder), in name order. The broker is the file name's first"
          + " part (GSX_20261109.csv).",
      "Every line is checked first; any problem (FILE:LINE: field: message) refuses them all and"
          + " nothing is written (exit 1). A file imported before is refused; in a folder it is"
          + " passed over.",
      "Each line is kept as received, for the reconciliation to match: one quoting an execution"
          + " id the firm does not know is kept too."
    })
public final class ConfirmationImportCommand implements Callable<Integer> {
  @ParentCommand ImportCommand parent;

  @Parameters(paramLabel = "FILE|DIR", description = "A confirmation file, or a folder of them.")
  Path path;

  @Override
  public Integer call() {
    return ReconInputImport.run(parent.root, path, ReconInputs::confirmationFiles);
  }
}
