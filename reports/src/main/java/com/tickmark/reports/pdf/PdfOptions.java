package com.tickmark.reports.pdf;

import com.tickmark.reports.PaperSize;
import java.util.Objects;

/** The paper and orientation a PDF report is laid out on. */
public record PdfOptions(PaperSize paper, boolean landscape) {
  public PdfOptions {
    Objects.requireNonNull(paper, "paper");
  }

  public static PdfOptions a4Landscape() {
    return new PdfOptions(PaperSize.A4, true);
  }

  public static PdfOptions a4Portrait() {
    return new PdfOptions(PaperSize.A4, false);
  }

  public static PdfOptions letterLandscape() {
    return new PdfOptions(PaperSize.LETTER, true);
  }

  public static PdfOptions letterPortrait() {
    return new PdfOptions(PaperSize.LETTER, false);
  }

  public float pageWidth() {
    return landscape ? paper.heightPoints() : paper.widthPoints();
  }

  public float pageHeight() {
    return landscape ? paper.widthPoints() : paper.heightPoints();
  }
}
