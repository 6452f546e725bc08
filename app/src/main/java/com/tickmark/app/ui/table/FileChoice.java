package com.tickmark.app.ui.table;

import com.tickmark.app.ui.UiState;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks where to save an export. The application shows the system's save dialog; tests answer with a
 * path. Every file dialog opens where people keep such files, decided here: exports in the folder
 * the user last saved to, at first a "Tickmark exports" folder in their Documents; files the firm
 * receives in the folder the last one came from, at first the workspace's {@code inbox/}. The
 * folders are remembered in the {@link UiState}, so per user as that is.
 */
@FunctionalInterface
public interface FileChoice {
  /** The folder of the last export, remembered between sessions. */
  String FOLDER_KEY = "export.folder";

  /** The folder the last imported file came from, remembered between sessions. */
  String IMPORT_FOLDER_KEY = "imports.folder";

  /** The folder exports go to until the user saves somewhere else. */
  String EXPORTS_FOLDER = "Tickmark exports";

  /**
   * Asks for the file to write.
   *
   * @param owner the window the dialog belongs to, or null
   * @param suggestedName a file name to start with, with its extension
   * @return the chosen file, or empty when the user cancelled
   */
  Optional<Path> choose(Window owner, ExportFormat format, String suggestedName);

  /** The system's save dialog, opening in the folder of the last export. */
  static FileChoice saveDialog(UiState uiState) {
    return (owner, format, suggestedName) -> {
      FileChooser chooser = new FileChooser();
      chooser.setTitle(format == ExportFormat.XLSX ? "Export to Excel" : "Export to PDF");
      chooser
          .getExtensionFilters()
          .add(new FileChooser.ExtensionFilter(format.description(), "*." + format.extension()));
      chooser.setInitialFileName(suggestedName);
      chooser.setInitialDirectory(exportFolder(uiState, userHome()).toFile());
      File chosen = chooser.showSaveDialog(owner);
      if (chosen == null) {
        return Optional.empty();
      }
      Path file = chosen.toPath();
      remember(uiState, FOLDER_KEY, file);
      return Optional.of(file.resolveSibling(format.fileName(file.getFileName().toString())));
    };
  }

  /**
   * Where a save dialog for an export opens: the folder the user last saved to, while it exists;
   * else {@value #EXPORTS_FOLDER} in their Documents folder (in their home folder when they have
   * none), made now if need be. Never the folder the application runs in.
   */
  static Path exportFolder(UiState uiState, Path home) {
    Optional<Path> last = rememberedFolder(uiState, FOLDER_KEY);
    if (last.isPresent()) {
      return last.get();
    }
    Path documents = home.resolve("Documents");
    Path exports = (Files.isDirectory(documents) ? documents : home).resolve(EXPORTS_FOLDER);
    try {
      return Files.createDirectories(exports);
    } catch (IOException | SecurityException e) {
      return home;
    }
  }

  /**
   * Where an open dialog for a file the firm received opens: the folder the last one came from,
   * while it exists; else the workspace's inbox, where received files are kept; else the home
   * folder.
   */
  static Path importFolder(UiState uiState, Path inbox, Path home) {
    return rememberedFolder(uiState, IMPORT_FOLDER_KEY)
        .orElse(Files.isDirectory(inbox) ? inbox : home);
  }

  /** Remembers the folder of {@code file}, where the next dialog of its kind opens. */
  static void remember(UiState uiState, String key, Path file) {
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null) {
      uiState.put(key, folder.toString());
    }
  }

  private static Optional<Path> rememberedFolder(UiState uiState, String key) {
    return uiState.get(key).map(Path::of).filter(Files::isDirectory);
  }

  /** The signed-in person's home folder. */
  static Path userHome() {
    return Path.of(System.getProperty("user.home"));
  }
}
