package com.tickmark.reports;

/**
 * The colours of chart series and slices, in order, shared by the Excel and PDF renderers so a
 * chart looks the same in both. Muted, distinguishable in print, and not red or green for the first
 * two (red already means a loss).
 */
public final class ChartPalette {
  private static final int[] COLOURS = {
    0x1F4E79, // navy
    0xE08E2B, // amber
    0x2A9D8F, // teal
    0x8E6C8A, // mauve
    0x7A869A, // slate
    0xC05746, // brick
    0x5B8E3E, // moss
    0x3D7EA6, // steel blue
  };

  private ChartPalette() {}

  /** The colour of the i-th series or slice as 0xRRGGBB; the palette repeats. */
  public static int rgb(int index) {
    return COLOURS[Math.floorMod(index, COLOURS.length)];
  }

  /** The same colour as red, green and blue bytes. */
  public static byte[] bytes(int index) {
    int rgb = rgb(index);
    return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
  }
}
