package com.tickmark.app.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the application icon (a white tick mark on a blue rounded square) at the sizes window
 * managers ask for, into {@code src-assets/icons/}. Run it again after changing the design: {@code
 * java -cp <test class path> com.tickmark.app.ui.AppIconGenerator [src-assets/icons]}.
 */
public final class AppIconGenerator {
  static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};
  private static final Color BLUE = new Color(0x09, 0x69, 0xDA);

  private AppIconGenerator() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../src-assets/icons");
    Files.createDirectories(dir);
    for (int size : SIZES) {
      ImageIO.write(draw(size), "png", dir.resolve("tickmark-" + size + ".png").toFile());
    }
    System.out.println("Wrote icons to " + dir.toAbsolutePath());
  }

  static BufferedImage draw(int size) {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      double s = size;
      double inset = s * 0.04;
      g.setColor(BLUE);
      g.fill(
          new RoundRectangle2D.Double(
              inset, inset, s - 2 * inset, s - 2 * inset, s * 0.44, s * 0.44));
      Path2D tick = new Path2D.Double();
      tick.moveTo(s * 0.27, s * 0.53);
      tick.lineTo(s * 0.44, s * 0.69);
      tick.lineTo(s * 0.74, s * 0.33);
      g.setColor(Color.WHITE);
      g.setStroke(
          new BasicStroke(
              (float) Math.max(1.6, s * 0.11), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(tick);
    } finally {
      g.dispose();
    }
    return image;
  }
}
