package com.tickmark.app.ui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes what a node or a whole scene looks like to a PNG file, for documentation screenshots and
 * for looking at screens in tests. Works headless (Monocle); may be called from any thread.
 */
public final class NodeSnapshots {
  private NodeSnapshots() {}

  /** Renders {@code node} as it is laid out now and writes it to {@code png}. */
  public static Path write(Node node, Path png) {
    return writePng(onFxThread(() -> node.snapshot(new SnapshotParameters(), null)), png);
  }

  /** Renders the whole scene (what its window shows) and writes it to {@code png}. */
  public static Path write(Scene scene, Path png) {
    return writePng(onFxThread(() -> scene.snapshot(null)), png);
  }

  private static Path writePng(WritableImage image, Path png) {
    BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
    // PNG has no use for the alpha channel of an opaque screen; dropping it keeps files small
    BufferedImage rgb =
        new BufferedImage(buffered.getWidth(), buffered.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    try {
      g.drawImage(buffered, 0, 0, Color.WHITE, null);
    } finally {
      g.dispose();
    }
    try {
      Path dir = png.toAbsolutePath().getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      if (!ImageIO.write(rgb, "png", png.toFile())) {
        throw new IOException("No PNG writer available");
      }
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write snapshot " + png, e);
    }
  }

  private static WritableImage onFxThread(Supplier<WritableImage> snapshot) {
    if (Platform.isFxApplicationThread()) {
      return snapshot.get();
    }
    CompletableFuture<WritableImage> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(snapshot.get());
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
    try {
      return result.get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while taking a snapshot", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Could not take a snapshot", e);
    }
  }
}
