package com.tickmark.app.ui.table;

import com.tickmark.app.ui.UiState;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks where to save an export. The application shows the system's save dialog; tests answer with a
 * path.
 */
@FunctionalInterface
public interface FileChoice {
  /** The folder of the last export, remembered between sessions. */
  String FOLDER_KEY = "export.folder";

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
      uiState
          .get(FOLDER_KEY)
          .map(Path::of)
          .filter(Files::isDirectory)
          .map(Path::toFile)
          .ifPresent(chooser::setInitialDirectory);
      File chosen = chooser.showSaveDialog(owner);
      if (chosen == null) {
        return Optional.empty();
      }
      Path file = chosen.toPath();
      if (file.getParent() != null) {
        uiState.put(FOLDER_KEY, file.getParent().toString());
      }
      return Optional.of(file.resolveSibling(format.fileName(file.getFileName().toString())));
    };
  }
}
