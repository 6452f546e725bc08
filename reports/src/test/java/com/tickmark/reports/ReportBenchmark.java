package com.tickmark.reports;

import com.tickmark.model.report.Report;
import com.tickmark.reports.excel.ExcelRenderer;
import com.tickmark.reports.pdf.PdfOptions;
import com.tickmark.reports.pdf.PdfRenderer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Times the renderers on generated data; run with the heap capped, see reports/benchmark.sh:
 *
 * <pre>
 * pdf    a table report of at least 50 pages (A4 landscape), first rendering in the JVM and warm
 * excel  1,000,000 rows x 10 typed columns with totals, rows generated lazily
 * </pre>
 *
 * Not a test: figures depend on the machine. Arguments: {@code pdf}, {@code excel}, or both
 * (default).
 */
public final class ReportBenchmark {
  private ReportBenchmark() {}

  public static void main(String[] args) throws IOException {
    List<String> what = args.length == 0 ? List.of("pdf", "excel") : List.of(args);
    Path folder = Files.createTempDirectory("tickmark-benchmark");
    System.out.printf(
        Locale.ROOT,
        "JVM %s, max heap %d MB, %d processors%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors());
    try {
      if (what.contains("pdf")) {
        pdf(folder.resolve("table.pdf"));
      }
      if (what.contains("excel")) {
        excel(folder.resolve("million.xlsx"), 1_000_000);
      }
    } finally {
      try (var files = Files.list(folder)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(folder);
    }
  }

  private static void pdf(Path file) throws IOException {
    Report report = SampleReports.generatedReport(2_000, 0);
    PdfRenderer renderer = new PdfRenderer(PdfOptions.a4Landscape());
    for (String run : List.of("first in JVM", "warm", "warm")) {
      long start = System.nanoTime();
      renderer.render(report, file);
      double seconds = (System.nanoTime() - start) / 1e9;
      int pages;
      try (PDDocument document = Loader.loadPDF(file.toFile())) {
        pages = document.getNumberOfPages();
      }
      System.out.printf(
          Locale.ROOT,
          "PDF   2,000 rows x 10 columns -> %d pages, %.2f s (%s), %d KB%n",
          pages,
          seconds,
          run,
          Files.size(file) >> 10);
    }
  }

  private static void excel(Path file, long rows) throws IOException {
    Report report = SampleReports.generatedReport(rows, 0);
    long start = System.nanoTime();
    new ExcelRenderer().render(report, file);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "Excel %,d rows x 10 columns -> %.1f s, %d MB file, peak heap used %d MB%n",
        rows,
        seconds,
        Files.size(file) >> 20,
        peakHeap() >> 20);
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
