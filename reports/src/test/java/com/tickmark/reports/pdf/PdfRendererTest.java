package com.tickmark.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportChart;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportDataException;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.reports.SampleReports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfRendererTest {

  /** The text of each page of a rendered report. */
  static List<String> pages(Report report, PdfOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer(options).render(report, out);
    try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document));
      }
      return pages;
    }
  }

  static Report oneSection(ReportSection section) {
    return Report.builder("Test report")
        .runBy("tester", SampleReports.RUN_AT)
        .section(section)
        .build();
  }

  @Test
  void firstPageCarriesTitleSubtitleParametersAndNotes() throws IOException {
    String first = pages(SampleReports.pnlByBook(), PdfOptions.a4Landscape()).get(0);
    assertThat(first)
        .contains("P&L by book")
        .contains("Northwind Capital LLP — month-end close, March 2026")
        .contains("As of 2026-03-31")
        .contains("From 2026-03-01")
        .contains("Books EQ-LDN, EQ-NY, FX-SPOT")
        .contains("Run by a.lovelace")
        .contains("Run at 2026-03-31 18:05:12 UTC")
        .contains("Realised P&L uses FIFO lot relief.");
  }

  @Test
  void tablesShowFormattedValuesSubtotalsAndTotals() throws IOException {
    String first = pages(SampleReports.pnlByBook(), PdfOptions.a4Landscape()).get(0);
    assertThat(first)
        .contains(
            "Book Symbol Instrument Quantity Close Market value (USD) Realised P&L (USD) Unrealised"
                + " P&L (USD) Return Last trade")
        .contains(
            "EQ-LDN BP BP plc ADR -25,000 34.18 (854,500.00) (3,120.00) 15,625.00 1.46% 2026-03-27")
        .contains("Total EQ-LDN 1,649,640.00 18,205.95 18,924.60")
        .contains("Grand total 11,462,074.00 77,935.45 (49,485.40)")
        .contains("EUR MRGN-EUR-02 Eurex Clearing AG (380,250.55) 2026-03-31 16:01:44")
        .contains("Total EUR 1,769,749.45");
  }

  @Test
  void everyPageSaysWhichPageOfHowManyAndWhoRanItWhen() throws IOException {
    List<String> pages = pages(SampleReports.generatedReport(1_500, 500), PdfOptions.a4Landscape());
    assertThat(pages.size()).isGreaterThan(10);
    for (int i = 0; i < pages.size(); i++) {
      assertThat(pages.get(i))
          .contains("Page " + (i + 1) + " of " + pages.size())
          .contains("Run 2026-03-31 18:05:12 UTC by benchmark")
          .as("running header on page %d", i + 1)
          .contains("Trade blotter");
    }
  }

  @Test
  void repeatsTheHeaderRowOnEveryPageOfALongTable() throws IOException {
    List<String> pages = pages(SampleReports.generatedReport(1_500, 500), PdfOptions.a4Portrait());
    String header =
        "Book Trade id Symbol Trade date Executed (UTC) Quantity Price Notional (USD) Commission"
            + " (USD) Fill rate";
    for (String page : pages) {
      assertThat(page).contains(header);
    }
    assertThat(pages.get(1)).doesNotContain("As of").contains("BOOK-1");
    String last = pages.get(pages.size() - 1);
    assertThat(last).contains("Total BOOK-3").contains("Grand total");
  }

  @Test
  void rowsFollowEachOtherAcrossPagesWithoutLosingAny() throws IOException {
    List<String> pages = pages(SampleReports.generatedReport(600, 0), PdfOptions.letterLandscape());
    String all = String.join("\n", pages);
    for (long id : new long[] {1, 2, 299, 300, 301, 599, 600}) {
      assertThat(all).contains(" " + id + " " + SampleReports.generatedRow(id).get(2) + " ");
    }
  }

  @Test
  void cutsTextTooLongForItsColumnWithAnEllipsis() throws IOException {
    String name =
        "International Business Machines Corporation, Armonk, New York, United States of America,"
            + " ordinary shares";
    ReportSection section =
        ReportSection.builder("Instruments")
            .columns(
                ReportColumn.text("Name"),
                ReportColumn.text("Ticker"),
                ReportColumn.decimal("A", 2),
                ReportColumn.decimal("B", 2),
                ReportColumn.decimal("C", 2),
                ReportColumn.decimal("D", 2),
                ReportColumn.decimal("E", 2),
                ReportColumn.decimal("F", 2))
            .row(
                name,
                "IBM",
                d("1234567890.12"),
                d("1234567890.12"),
                d("1234567890.12"),
                d("1234567890.12"),
                d("1234567890.12"),
                d("-1234567890.12"))
            .build();
    String page = pages(oneSection(section), PdfOptions.a4Portrait()).get(0);
    assertThat(page)
        .contains("International")
        .doesNotContain("ordinary shares")
        .contains("\u2026 IBM 1,234,567,890.12")
        .contains("-1,234,567,890.12");
  }

  @Test
  void neverCutsANumberShortButShrinksItOrShowsHashes() throws IOException {
    assertThat(pages(oneSection(wide(8)), PdfOptions.a4Portrait()).get(0))
        .contains("(123,456,789,012.34)")
        .doesNotContain("\u2026)");
    assertThat(pages(oneSection(wide(14)), PdfOptions.a4Portrait()).get(0))
        .contains("#####")
        .doesNotContain("123,456");
  }

  static ReportSection wide(int amounts) {
    ReportSection.Builder builder = ReportSection.builder("Wide").column(ReportColumn.text("Name"));
    List<Object> cells = new ArrayList<>(List.of("Name"));
    for (int c = 1; c <= amounts; c++) {
      builder.column(ReportColumn.money("Amount " + c, "USD"));
      cells.add(d("-123456789012.34"));
    }
    return builder.row(cells.toArray()).build();
  }

  @Test
  void replacesCharactersTheStandardFontsCannotShow() throws IOException {
    ReportSection section =
        ReportSection.builder("Counterparties")
            .columns(ReportColumn.text("Name"), ReportColumn.text("City"))
            .row("Łódź Trading Sp. z o.o.", "東京 ✓ Zürich – €")
            .row("Tab\there", "Minus \u2212 sign")
            .build();
    String page = pages(oneSection(section), PdfOptions.a4Portrait()).get(0);
    assertThat(page)
        .contains("Lódz Trading Sp. z o.o.")
        .contains("?? ? Zürich – €")
        .contains("Tab here")
        .contains("Minus - sign");
  }

  @Test
  void saysSoWhenASectionHasNoRows() throws IOException {
    ReportSection section =
        ReportSection.builder("Breaks")
            .columns(ReportColumn.text("Trade"), ReportColumn.integer("Qty"))
            .rows(List.of())
            .totals("Qty")
            .build();
    String page = pages(oneSection(section), PdfOptions.a4Portrait()).get(0);
    assertThat(page).contains("Trade Qty").contains("No rows.").contains("Total 0");
  }

  @Test
  void drawsLineBarAndPieChartsWithLegends() throws IOException {
    List<String> pages = pages(SampleReports.pnlByBook(), PdfOptions.a4Landscape());
    assertThat(pages).hasSize(2);
    String charts = pages.get(1);
    assertThat(charts)
        .contains("P&L by book (USD)")
        .contains("Realised")
        .contains("Unrealised")
        .contains("Daily P&L, March 2026 (USD thousands)")
        .contains("EQ-LDN 17.0%")
        .contains("FX-SPOT 55.5%")
        .contains("40k")
        .contains("-40k")
        .contains("Page 2 of 2");
  }

  @Test
  void aChartOnlyReportStillRenders() throws IOException {
    Report report =
        Report.builder("Exposure")
            .runBy("tester", SampleReports.RUN_AT)
            .section(
                ReportSection.builder("Summary")
                    .column(ReportColumn.money("Exposure", "EUR"))
                    .row(d("1"))
                    .build())
            .chart(ReportChart.pie("Single slice").categories("All").series("Exposure", 5).build())
            .chart(ReportChart.line("One point").categories("Today").series("P&L", 0).build())
            .chart(
                ReportChart.bar("Flat")
                    .categories("A", "B")
                    .series("Zero", 0, 0)
                    .series("Tiny", 0.001, -0.002)
                    .build())
            .build();
    String text = String.join("\n", pages(report, PdfOptions.letterPortrait()));
    assertThat(text)
        .contains("Single slice")
        .contains("All 100.0%")
        .contains("One point")
        .contains("Flat");
  }

  @Test
  void laysOutOnThePaperAndOrientationAsked(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("report.pdf");
    new PdfRenderer(PdfOptions.letterPortrait()).render(SampleReports.pnlByBook(), file);
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      PDRectangle box = document.getPage(0).getMediaBox();
      assertThat(box.getWidth()).isEqualTo(612f);
      assertThat(box.getHeight()).isEqualTo(792f);
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("P&L by book");
      assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("a.lovelace");
      assertThat(document.getDocumentInformation().getCreationDate().toInstant())
          .isEqualTo(SampleReports.RUN_AT);
    }
    new PdfRenderer(PdfOptions.a4Landscape()).render(SampleReports.pnlByBook(), file);
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      assertThat(document.getPage(0).getMediaBox().getWidth())
          .isCloseTo(841.89f, Offset.offset(0.01f));
    }
  }

  @Test
  void aBadRowFailsTheRenderingAndLeavesNoFile(@TempDir Path folder) throws IOException {
    ReportSection section =
        ReportSection.builder("Trades")
            .column(ReportColumn.date("Date"))
            .rows(() -> Stream.of(ReportRow.of("2026-03-31")))
            .build();
    assertThatThrownBy(() -> new PdfRenderer().render(oneSection(section), folder.resolve("t.pdf")))
        .isInstanceOf(ReportDataException.class)
        .hasMessageContaining("Section 'Trades', row 1, column 'Date'");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).isEmpty();
    }
  }

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
