package com.tickmark.app.cli;

import com.tickmark.model.recon.input.ReconInputs;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tickmark import holdings FILE|DIR}: custodians' holdings files, through the intake
 * pipeline. The reconciliation area adds it to {@code import}.
 */
@Command(
    name = "holdings",
    mixinStandardHelpOptions = true,
    description = {
      "Imports custodians' holdings files (settled quantity per custody account and ISIN on a"
          + " statement date): one CSV file, or every .csv file in a folder (the inbox's custody/"
          + " folder), in name order.",
      "Every line is checked first; any problem (FILE:LINE: field: message) refuses them all and"
          + " nothing is written (exit 1). A file imported before is refused; in a folder it is"
          + " passed over."
    })
public final class HoldingImportCommand implements Callable<Integer> {
  @ParentCommand ImportCommand parent;

  @Parameters(paramLabel = "FILE|DIR", description = "A holdings file, or a folder of them.")
  Path path;

  @Override
  public Integer call() {
    return ReconInputImport.run(parent.root, path, ReconInputs::holdingFiles);
  }
}
