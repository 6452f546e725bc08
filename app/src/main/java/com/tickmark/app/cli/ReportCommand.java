package com.tickmark.app.cli;

import com.tickmark.app.AppServices;
import com.tickmark.app.StandardAreas;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportParameter;
import com.tickmark.model.report.catalog.ParameterKind;
import com.tickmark.model.report.catalog.ParameterLookup;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.report.catalog.ReportParameterSpec;
import com.tickmark.model.report.catalog.ReportProgress;
import com.tickmark.model.security.Actor;
import com.tickmark.reports.PaperSize;
import com.tickmark.reports.excel.ExcelRenderer;
import com.tickmark.reports.pdf.PdfOptions;
import com.tickmark.reports.pdf.PdfRenderer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark report}: the report catalog from the command line. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Lists the reports and runs one to an Excel workbook or a PDF.")
final class ReportCommand {
  private static final int DESCRIPTION_WIDTH = 72;

  /** What a report is written as. */
  enum Format {
    xlsx,
    pdf
  }

  @ParentCommand TickmarkCommand root;

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the reports with their parameters and defaults.")
  int list() {
    PrintStream out = root.out;
    List<ReportDefinition> reports = StandardAreas.reportCatalog().reports();
    for (ReportDefinition r : reports) {
      out.printf(Locale.ROOT, "%-20s %s%n", r.name(), r.title());
      for (String line : wrap(r.description(), DESCRIPTION_WIDTH)) {
        out.printf(Locale.ROOT, "%-20s %s%n", "", line);
      }
      for (ReportParameterSpec p : r.parameters()) {
        String when =
            p.isRequired()
                ? "Required."
                : p.defaultDescription().map(d -> "Default: " + d + ".").orElse("Optional.");
        out.printf(Locale.ROOT, "%-20s   --param %s=%s%n", "", p.name(), placeholder(p));
        out.printf(Locale.ROOT, "%-20s       %s %s%n", "", p.description(), when);
      }
      out.println();
    }
    out.println(
        "Run one: tickmark report run NAME [--param NAME=VALUE ...] --out FILE.xlsx|FILE.pdf --user"
            + " USER");
    return TickmarkCommand.OK;
  }

  private static String placeholder(ReportParameterSpec p) {
    if (p.kind() == ParameterKind.CHOICE) {
      return p.choices().stream()
          .map(ReportParameterSpec.Choice::value)
          .collect(Collectors.joining("|"));
    }
    return p.lookup()
        .<String>map(ParameterLookup::placeholder)
        .orElseGet(() -> p.format().toUpperCase(Locale.ROOT));
  }

  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description = {
        "Runs a report as --user (who must hold EXPORT_DATA) and writes it to a file; the export is"
            + " in the audit trail.",
        "Example: tickmark report run price-history --param instrument=AAPL --param from=2025-01-02"
            + " --out aapl.xlsx --user clerk"
      })
  int run(
      @Parameters(
              paramLabel = "NAME",
              description = "The report, as 'tickmark report list' names it.")
          String name,
      @Option(
              names = "--param",
              paramLabel = "NAME=VALUE",
              description = "A parameter of the report; repeat for several.")
          Map<String, String> parameters,
      @Option(
              names = "--format",
              paramLabel = "FORMAT",
              description = "xlsx or pdf (default: from the file name).")
          Format format,
      @Option(
              names = "--out",
              required = true,
              paramLabel = "FILE",
              description = "The file to write; replaced if it exists.")
          Path out,
      @Option(
              names = "--paper",
              paramLabel = "PAPER",
              defaultValue = "A4",
              description = "A4 or LETTER (default: ${DEFAULT-VALUE}).")
          PaperSize paper) {
    ReportDefinition definition = StandardAreas.reportCatalog().get(name);
    Format chosen = format != null ? format : formatOf(out);
    try (Session session = Session.open(root)) {
      AppServices services = session.services();
      Actor actor = session.signIn();
      services.exports().checkMayExport(actor);
      Report report =
          definition.build(
              parameters == null ? Map.of() : parameters, services.reportContext(actor));
      long rows = ReportProgress.rowCount(report);
      ConsoleProgress progress = ConsoleProgress.forTerminal(root.err);
      Report watched =
          ReportProgress.observed(
              report,
              rows,
              (done, total) -> progress.update((double) done / total, "Writing rows"));
      try {
        if (chosen == Format.xlsx) {
          new ExcelRenderer(paper).render(watched, out);
        } else {
          new PdfRenderer(new PdfOptions(paper, isWide(report))).render(watched, out);
        }
      } catch (IOException e) {
        throw new UserException(
            "Could not write "
                + out
                + " ("
                + e
                + "); check that the folder exists and you may write there.");
      } finally {
        progress.done();
      }
      Path written = out.toAbsolutePath().normalize();
      services
          .exports()
          .recordExport(
              actor, report.title(), chosen.name(), parameters(report), rows, written.toString());
      root.out.printf(Locale.ROOT, "Wrote %s (%,d rows) to %s%n", report.title(), rows, written);
    }
    return TickmarkCommand.OK;
  }

  /** Landscape for tables of more than six columns; narrower ones read better upright. */
  static boolean isWide(Report report) {
    return report.sections().stream().anyMatch(s -> s.columns().size() > 6);
  }

  private static Format formatOf(Path out) {
    String file =
        out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (file.endsWith(".xlsx")) {
      return Format.xlsx;
    }
    if (file.endsWith(".pdf")) {
      return Format.pdf;
    }
    throw new UserException(
        "Say which format to write: --format xlsx or --format pdf, or name the file .xlsx or"
            + " .pdf.");
  }

  /** The parameters as the report shows them, for the audit record. */
  static Map<String, String> parameters(Report report) {
    Map<String, String> shown = new LinkedHashMap<>();
    for (ReportParameter p : report.parameters()) {
      shown.put(p.label(), String.valueOf(p.value()));
    }
    return shown;
  }
}
