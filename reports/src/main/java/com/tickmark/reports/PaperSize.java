package com.tickmark.reports;

/** The paper a report is printed on. */
public enum PaperSize {
  /** 210 × 297 mm, the rest of the world. */
  A4(595.28f, 841.89f),
  /** 8.5 × 11 in, North America. */
  LETTER(612f, 792f);

  private final float widthPoints;
  private final float heightPoints;

  PaperSize(float widthPoints, float heightPoints) {
    this.widthPoints = widthPoints;
    this.heightPoints = heightPoints;
  }

  /** The portrait width in PostScript points (1/72 in). */
  public float widthPoints() {
    return widthPoints;
  }

  /** The portrait height in PostScript points. */
  public float heightPoints() {
    return heightPoints;
  }
}
