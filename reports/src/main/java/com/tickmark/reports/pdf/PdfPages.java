package com.tickmark.reports.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The pages of a PDF report and a cursor moving down them. Content is drawn top to bottom; when the
 * next block does not fit, a new page starts. The running header and the footer ("Page X of Y") are
 * stamped on every page at the end, once the number of pages is known.
 */
final class PdfPages {
  static final float MARGIN = 36;
  static final int TEXT = 0x1A1A1A;
  static final int MUTED = 0x5F6B7A;
  static final int RULE = 0x8C96A3;
  private static final float HEADER_BASELINE_FROM_TOP = 24;
  private static final float CONTENT_TOP_FROM_TOP = 40;
  private static final float FOOTER_RULE = 30;
  private static final float FOOTER_BASELINE = 20;
  private static final float CONTENT_BOTTOM = 40;

  private final PDDocument document;
  private final PdfOptions options;
  private final PdfFonts fonts;
  private final List<String> pageSections = new ArrayList<>();
  private PDPageContentStream content;
  private float y;
  private String section = "";

  PdfPages(PDDocument document, PdfOptions options, PdfFonts fonts) {
    this.document = document;
    this.options = options;
    this.fonts = fonts;
  }

  PdfFonts fonts() {
    return fonts;
  }

  float left() {
    return MARGIN;
  }

  float right() {
    return options.pageWidth() - MARGIN;
  }

  float width() {
    return right() - left();
  }

  float top() {
    return options.pageHeight() - CONTENT_TOP_FROM_TOP;
  }

  float bottom() {
    return CONTENT_BOTTOM;
  }

  /** The cursor: the top of the space still free on the current page. */
  float y() {
    return y;
  }

  void moveDown(float height) {
    y -= height;
  }

  /** The height left on the current page. */
  float remaining() {
    return y - bottom();
  }

  PDPageContentStream content() {
    return content;
  }

  /** Names the section being drawn, for the running header of the pages it reaches. */
  void section(String name) {
    section = name;
    if (content != null && pageSections.get(pageSections.size() - 1).isEmpty()) {
      pageSections.set(pageSections.size() - 1, name);
    }
  }

  void newPage() throws IOException {
    if (content != null) {
      content.close();
    }
    PDPage page = new PDPage(new PDRectangle(options.pageWidth(), options.pageHeight()));
    document.addPage(page);
    content = new PDPageContentStream(document, page);
    pageSections.add(section);
    y = top();
  }

  /** Starts a new page unless the height fits on this one; true when a page was started. */
  boolean ensure(float height) throws IOException {
    if (content == null || height > remaining()) {
      newPage();
      return true;
    }
    return false;
  }

  void text(PDFont font, float size, float x, float baseline, String safeText, int rgb)
      throws IOException {
    if (safeText.isEmpty()) {
      return;
    }
    content.beginText();
    content.setFont(font, size);
    colour(rgb);
    content.newLineAtOffset(x, baseline);
    content.showText(safeText);
    content.endText();
  }

  void textRight(PDFont font, float size, float rightX, float baseline, String safeText, int rgb)
      throws IOException {
    text(font, size, rightX - PdfFonts.width(font, size, safeText), baseline, safeText, rgb);
  }

  void textCentred(PDFont font, float size, float centreX, float baseline, String safeText, int rgb)
      throws IOException {
    text(font, size, centreX - PdfFonts.width(font, size, safeText) / 2, baseline, safeText, rgb);
  }

  void fill(float x, float yBottom, float w, float h, int rgb) throws IOException {
    colour(rgb);
    content.addRect(x, yBottom, w, h);
    content.fill();
  }

  void line(float x1, float y1, float x2, float y2, float lineWidth, int rgb) throws IOException {
    content.setStrokingColor(red(rgb), green(rgb), blue(rgb));
    content.setLineWidth(lineWidth);
    content.moveTo(x1, y1);
    content.lineTo(x2, y2);
    content.stroke();
  }

  void colour(int rgb) throws IOException {
    content.setNonStrokingColor(red(rgb), green(rgb), blue(rgb));
  }

  static float red(int rgb) {
    return ((rgb >> 16) & 0xFF) / 255f;
  }

  static float green(int rgb) {
    return ((rgb >> 8) & 0xFF) / 255f;
  }

  static float blue(int rgb) {
    return (rgb & 0xFF) / 255f;
  }

  /** Stamps the running header and the footer on every page, now that their number is known. */
  void finish(String title, String generated) throws IOException {
    if (content != null) {
      content.close();
      content = null;
    }
    int count = document.getNumberOfPages();
    String safeTitle = fonts.safe(title);
    String safeGenerated = fonts.safe(generated);
    float height = options.pageHeight();
    for (int i = 0; i < count; i++) {
      PDPage page = document.getPage(i);
      try (PDPageContentStream stamp =
          new PDPageContentStream(
              document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        content = stamp;
        float headerBaseline = height - HEADER_BASELINE_FROM_TOP;
        text(
            fonts.bold,
            8,
            left(),
            headerBaseline,
            PdfFonts.fit(fonts.bold, 8, safeTitle, width() * 0.6f),
            MUTED);
        String pageSection = fonts.safe(pageSections.get(i));
        textRight(
            fonts.regular,
            8,
            right(),
            headerBaseline,
            PdfFonts.fit(fonts.regular, 8, pageSection, width() * 0.35f),
            MUTED);
        line(left(), headerBaseline - 5, right(), headerBaseline - 5, 0.5f, RULE);
        line(left(), FOOTER_RULE, right(), FOOTER_RULE, 0.5f, RULE);
        text(
            fonts.regular,
            7.5f,
            left(),
            FOOTER_BASELINE,
            PdfFonts.fit(fonts.regular, 7.5f, safeGenerated, width() * 0.7f),
            MUTED);
        textRight(
            fonts.regular,
            7.5f,
            right(),
            FOOTER_BASELINE,
            "Page " + (i + 1) + " of " + count,
            MUTED);
      }
    }
    content = null;
  }
}
