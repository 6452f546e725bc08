package com.tickmark.app.ui.shell;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.table.TablePane;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help menu dialogs: the keyboard shortcuts and About. */
final class ShellDialogs {
  private ShellDialogs() {}

  /** One line of the shortcuts dialog. */
  record Shortcut(String keys, String action) {}

  /** Every keyboard shortcut of the main window, in the order the dialog lists them. */
  static List<Shortcut> shortcuts(ScreenRegistry registry) {
    List<Shortcut> list = new ArrayList<>();
    for (ScreenDescriptor screen : registry.screens()) {
      registry
          .shortcutOf(screen)
          .ifPresent(k -> list.add(new Shortcut(k.getDisplayText(), "Open " + screen.title())));
    }
    list.add(
        new Shortcut(MainWindow.FIND.getDisplayText(), "Filter the table: focus the quick filter"));
    list.add(new Shortcut("Esc", "Clear the quick filter"));
    list.add(
        new Shortcut(
            TablePane.COPY.getDisplayText(),
            "Copy the selected rows for a spreadsheet (all shown rows if none is selected)"));
    list.add(
        new Shortcut(
            TablePane.EXPORT_EXCEL.getDisplayText(),
            "Export the shown rows and columns of the table to Excel"));
    list.add(
        new Shortcut(
            TablePane.EXPORT_PDF.getDisplayText(),
            "Export the shown rows and columns of the table to PDF"));
    list.add(
        new Shortcut(
            new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN).getDisplayText(),
            "Select every row of the table"));
    list.add(new Shortcut(MainWindow.REFRESH.getDisplayText(), "Refresh: read the data again"));
    list.add(
        new Shortcut(
            MainWindow.TOGGLE_THEME.getDisplayText(), "Switch between light and dark theme"));
    list.add(new Shortcut(MainWindow.SHORTCUTS.getDisplayText(), "Show this list"));
    list.add(new Shortcut(MainWindow.QUIT.getDisplayText(), "Quit Tickmark"));
    return list;
  }

  static Alert keyboardShortcuts(Window owner, ScreenRegistry registry) {
    GridPane grid = new GridPane();
    grid.setHgap(24);
    grid.setVgap(6);
    ColumnConstraints keys = new ColumnConstraints();
    keys.setMinWidth(110);
    grid.getColumnConstraints().addAll(keys, new ColumnConstraints());
    int row = 0;
    for (Shortcut s : shortcuts(registry)) {
      Label k = new Label(s.keys());
      k.getStyleClass().addAll(Styles.TEXT_BOLD, "shortcut-keys");
      grid.addRow(row++, k, new Label(s.action()));
    }
    grid.setPadding(new Insets(10, 13, 6, 13));
    Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
    alert.setTitle("Keyboard shortcuts");
    alert.setHeaderText("Keyboard shortcuts");
    alert.getDialogPane().setContent(grid);
    alert.getDialogPane().setPrefWidth(700);
    if (owner != null) {
      alert.initOwner(owner);
    }
    return alert;
  }

  /** The version from the jar's manifest, or "development build" when running from classes. */
  static String version() {
    String v = ShellDialogs.class.getPackage().getImplementationVersion();
    return v == null || v.isBlank() ? "development build" : v;
  }

  static Alert about(Window owner, Path workspaceDirectory) {
    Label what =
        new Label(
            "Back-office workstation for firms that run algorithmic trading strategies: trades, "
                + "settlements, reconciliation, ledger, risk and reports.");
    what.setWrapText(true);
    Label details =
        new Label(
            "Version "
                + version()
                + "\nWorkspace "
                + workspaceDirectory
                + "\nJava "
                + System.getProperty("java.version")
                + ", JavaFX "
                + System.getProperty("javafx.runtime.version", "?"));
    details.getStyleClass().add(Styles.TEXT_MUTED);
    VBox content = new VBox(12, what, details);
    content.setPrefWidth(460);
    Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
    alert.setTitle("About Tickmark");
    alert.setHeaderText("Tickmark");
    alert.getDialogPane().setContent(content);
    if (owner != null) {
      alert.initOwner(owner);
    }
    return alert;
  }
}
