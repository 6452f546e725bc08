package com.tickmark.app.ui.imports;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.common.NoticeBar;
import com.tickmark.app.ui.common.SecurityStyles;
import com.tickmark.app.ui.imports.ImportViewModel.MappingRow;
import com.tickmark.app.ui.imports.ImportViewModel.ProblemRow;
import com.tickmark.app.ui.imports.ImportViewModel.TotalRow;
import com.tickmark.app.ui.imports.ImportViewModel.TradeRow;
import com.tickmark.app.ui.shell.SplitPanes;
import com.tickmark.app.ui.table.FileChoice;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TablePane;
import com.tickmark.app.ui.task.TaskHandle;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The Import files screen: an Import tab (the kind of file, the file; for a trade file its profile
 * and mapping, preview with progress and Cancel, the rows that would be booked, totals, every
 * problem, and the two ways to commit; for another kind one all-or-nothing import with progress,
 * Cancel and its problems) and a Quarantine tab.
 */
final class ImportView {
  private final ImportViewModel vm;
  private final UiState uiState;
  private final Path inbox;
  private final TablePane<MappingRow> mapping;
  private final TablePane<TradeRow> rows;
  private final TablePane<ProblemRow> problems;
  private final TablePane<TotalRow> totals;
  private final QuarantineView quarantine;
  private final NoticeBar notice;
  private final ComboBox<ImportViewModel.Kind> kindBox = new ComboBox<>();
  private final TextField fileField = new TextField();
  private final ComboBox<String> profileBox = new ComboBox<>();
  private final Button choose =
      new Button("Choose file…", new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
  private final Button newProfile = new Button("New profile…", new FontIcon(MaterialDesignP.PLUS));
  private final Button editProfile =
      new Button("Edit profile…", new FontIcon(MaterialDesignP.PENCIL_OUTLINE));
  private final Button previewButton =
      new Button("Preview", new FontIcon(MaterialDesignF.FILE_FIND_OUTLINE));
  private final Button importAll =
      new Button("", new FontIcon(MaterialDesignD.DATABASE_IMPORT_OUTLINE));
  private final Button importQuarantine = new Button("", new FontIcon(MaterialDesignT.TRAY_ALERT));
  private final ProgressBar progress = new ProgressBar();
  private final Button cancel = new Button("Cancel", new FontIcon(MaterialDesignC.CLOSE));
  private final Label activity = new Label();
  private final Label summary = new Label();
  private final TabPane tabs = new TabPane();
  private final Tab importTab = new Tab("Import");
  private final Tab quarantineTab = new Tab("Quarantine");
  private final BorderPane root = new BorderPane();
  private Function<Window, Optional<Path>> fileChooser;
  private Predicate<String> confirm = ImportView::ask;
  private ProfileEditorDialog.Opener profileEditor;

  /**
   * @param inbox the workspace's folder of received files, where choosing a file starts at first
   */
  ImportView(
      ImportViewModel vm,
      QuarantineViewModel quarantineVm,
      UiState uiState,
      TableExports exports,
      Path inbox) {
    this.vm = vm;
    this.uiState = uiState;
    this.inbox = inbox;
    this.fileChooser = this::showFileChooser;
    mapping = new TablePane<>(vm.mapping(), uiState, exports);
    mapping.setCaption("Mapping");
    mapping.setExportButtonsVisible(false); // a profile's twenty lines: Copy is enough
    mapping.setExportTitle(() -> "Import profile " + vm.profileProperty().get());
    totals = new TablePane<>(vm.totals(), uiState, exports);
    totals.setCaption("Totals (valid rows)");
    totals.setExportButtonsVisible(false);
    totals.setExportTitle(() -> "Import totals " + fileName());
    rows = new TablePane<>(vm.rows(), uiState, exports);
    rows.setCaption("To be booked (first " + ImportViewModel.PREVIEW_ROWS + ")");
    rows.setExportTitle(() -> "Import preview " + fileName());
    problems = new TablePane<>(vm.problems(), uiState, exports);
    problems.setCaption("Problems");
    problems.setExportTitle(() -> "Import problems " + fileName());
    problems.setDefaultSort("line", TableColumn.SortType.ASCENDING);
    quarantine = new QuarantineView(quarantineVm, uiState, exports);

    fileField.setId("imports-file");
    fileField.setEditable(false);
    fileField
        .promptTextProperty()
        .bind(
            Bindings.createStringBinding(() -> vm.kindProperty().get().hint(), vm.kindProperty()));
    fileField
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> vm.fileProperty().get() == null ? "" : vm.fileProperty().get().toString(),
                vm.fileProperty()));
    HBox.setHgrow(fileField, Priority.ALWAYS);
    choose.setId("imports-choose");
    choose.setOnAction(e -> fileChooser.apply(window()).ifPresent(vm.fileProperty()::set));
    choose.disableProperty().bind(vm.busyProperty());
    profileBox.setId("imports-profile");
    profileBox.setItems(vm.profileNames());
    profileBox.valueProperty().bindBidirectional(vm.profileProperty());
    profileBox.disableProperty().bind(vm.busyProperty());
    profileBox.setPrefWidth(180);
    newProfile.setId("imports-new-profile");
    newProfile.getStyleClass().add(Styles.FLAT);
    newProfile.setOnAction(e -> openEditor(false));
    newProfile.disableProperty().bind(vm.busyProperty());
    newProfile.setTooltip(
        new Tooltip(
            "Map the chosen file's header columns to trade fields and save it as a profile (one per"
                + " broker)"));
    editProfile.setId("imports-edit-profile");
    editProfile.getStyleClass().add(Styles.FLAT);
    editProfile.setOnAction(e -> openEditor(true));
    editProfile.disableProperty().bind(vm.busyProperty().or(vm.profileProperty().isNull()));
    previewButton.setId("imports-preview");
    previewButton.getStyleClass().add(Styles.ACCENT);
    previewButton.setDefaultButton(true);
    previewButton.disableProperty().bind(vm.canPreviewProperty().not());
    previewButton.setOnAction(e -> vm.preview());
    previewButton.setTooltip(
        new Tooltip("Check every row exactly as the import will, writing nothing"));

    kindBox.setId("imports-kind");
    kindBox.setItems(vm.kinds());
    kindBox.valueProperty().bindBidirectional(vm.kindProperty());
    kindBox.disableProperty().bind(vm.busyProperty());
    kindBox.setPrefWidth(180);

    Label kindLabel = new Label("Kind");
    Label fileLabel = new Label("File");
    Label profileLabel = new Label("Profile");
    kindLabel.setMinWidth(50);
    fileLabel.setMinWidth(50);
    profileLabel.setMinWidth(50);
    HBox kindRow = new HBox(8, kindLabel, kindBox);
    kindRow.setAlignment(Pos.CENTER_LEFT);
    HBox fileRow = new HBox(8, fileLabel, fileField, choose);
    fileRow.setAlignment(Pos.CENTER_LEFT);
    HBox profileRow =
        new HBox(8, profileLabel, profileBox, newProfile, editProfile, spacer(), previewButton);
    profileRow.setAlignment(Pos.CENTER_LEFT);
    profileRow.visibleProperty().bind(vm.tradeFileProperty());
    profileRow.managedProperty().bind(profileRow.visibleProperty());

    progress.setId("imports-progress");
    progress.setPrefWidth(260);
    cancel.setId("imports-cancel");
    cancel.getStyleClass().add(Styles.SMALL);
    cancel.setOnAction(e -> vm.cancel());
    activity.setId("imports-activity");
    activity.textProperty().bind(vm.activityProperty());
    HBox running = new HBox(8, progress, activity, cancel);
    running.setAlignment(Pos.CENTER_LEFT);
    running.visibleProperty().bind(vm.busyProperty());
    running.managedProperty().bind(running.visibleProperty());
    vm.runningProperty().addListener((obs, old, now) -> bindProgress(now));

    summary.setId("imports-summary");
    summary.textProperty().bind(vm.summaryProperty());
    summary.getStyleClass().add(Styles.TEXT_BOLD);
    importAll.setId("imports-import-all");
    importAll
        .textProperty()
        .bind(
            Bindings.when(vm.tradeFileProperty())
                .then("Import all (only if no problems)")
                .otherwise("Import (all or nothing)"));
    importAll.getStyleClass().add(Styles.SUCCESS);
    importAll.disableProperty().bind(vm.canImportAllProperty().not());
    importAll.setOnAction(e -> vm.importAll());
    importAll.setTooltip(
        new Tooltip(
            "Books every row; offered only when the preview found no problem. All or nothing."));
    importQuarantine.setId("imports-import-quarantine");
    importQuarantine.visibleProperty().bind(vm.tradeFileProperty());
    importQuarantine.managedProperty().bind(importQuarantine.visibleProperty());
    importQuarantine.getStyleClass().add(Styles.WARNING);
    importQuarantine.textProperty().bind(vm.quarantineLabelProperty());
    importQuarantine.disableProperty().bind(vm.canQuarantineProperty().not());
    importQuarantine.setTooltip(
        new Tooltip(
            "Books the valid rows and sets the others aside in the Quarantine tab for repair"));
    importQuarantine.setOnAction(
        e -> {
          var p = vm.previewProperty().get();
          if (p != null
              && confirm.test(
                  "Book "
                      + p.valid()
                      + " valid rows of "
                      + fileName()
                      + " and quarantine "
                      + p.refused()
                      + " rows with problems? The quarantined rows wait in the Quarantine tab until"
                      + " they are repaired or discarded.")) {
            vm.importValidAndQuarantine();
          }
        });
    HBox actions = new HBox(8, summary, spacer(), importQuarantine, importAll);
    actions.setAlignment(Pos.CENTER_LEFT);

    notice = new NoticeBar(vm.noticeProperty(), vm::dismissNotice, "imports-notice");
    VBox top = new VBox(8, notice.root(), kindRow, fileRow, profileRow, running, actions);
    top.setPadding(new Insets(10, 10, 8, 10));

    SplitPane left = new SplitPane(mapping.root(), totals.root());
    left.setOrientation(Orientation.VERTICAL);
    SplitPanes.remember(left, "imports.left", uiState, 0.68);
    SplitPane right = new SplitPane(rows.root(), problems.root());
    right.setOrientation(Orientation.VERTICAL);
    SplitPanes.remember(right, "imports.right", uiState, 0.5);
    SplitPane body = new SplitPane(left, right);
    SplitPanes.remember(body, "imports.body", uiState, 0.33);
    BorderPane importPane = new BorderPane(body);
    importPane.setTop(top);
    // a kind other than trade files has no profile, preview or totals: only its problems show
    vm.tradeFileProperty().addListener((obs, old, now) -> arrange(importPane, body, right, now));
    arrange(importPane, body, right, vm.tradeFileProperty().get());
    importTab.setContent(importPane);
    importTab.setClosable(false);
    importTab.setId("imports-tab-import");
    quarantineTab.setContent(quarantine.root());
    quarantineTab.setClosable(false);
    quarantineTab.setId("imports-tab-quarantine");
    quarantineTab
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    quarantineVm.openCountProperty().get() == 0
                        ? "Quarantine"
                        : "Quarantine (" + quarantineVm.openCountProperty().get() + " open)",
                quarantineVm.openCountProperty()));
    tabs.getTabs().addAll(importTab, quarantineTab);
    tabs.setId("imports-tabs");
    root.setCenter(tabs);
    root.setId("imports-screen");
    SecurityStyles.apply(root);
  }

  /** Trade files: profile, preview, totals and problems; other kinds: the problems alone. */
  private void arrange(BorderPane importPane, SplitPane body, SplitPane right, boolean tradeFile) {
    if (tradeFile) {
      right.getItems().setAll(rows.root(), problems.root());
      importPane.setCenter(body);
    } else {
      right.getItems().setAll(rows.root());
      importPane.setCenter(problems.root());
    }
  }

  private void bindProgress(TaskHandle handle) {
    progress.progressProperty().unbind();
    if (handle == null) {
      progress.setProgress(0);
    } else {
      progress.progressProperty().bind(handle.progressProperty());
    }
  }

  private static Region spacer() {
    Region r = new Region();
    HBox.setHgrow(r, Priority.ALWAYS);
    return r;
  }

  private String fileName() {
    Path f = vm.fileProperty().get();
    return f == null ? "" : f.getFileName().toString();
  }

  private Optional<Path> showFileChooser(Window owner) {
    ImportViewModel.Kind kind = vm.kindProperty().get();
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Choose a file to import: " + kind.title());
    if (kind.isTradeFile()) {
      chooser
          .getExtensionFilters()
          .addAll(
              new FileChooser.ExtensionFilter(
                  "Trade files (CSV, text, Excel)", "*.csv", "*.txt", "*.xlsx", "*.xlsm", "*.xls"),
              new FileChooser.ExtensionFilter("CSV and text files", "*.csv", "*.txt"),
              new FileChooser.ExtensionFilter(
                  "Excel workbooks (first sheet)", "*.xlsx", "*.xlsm", "*.xls"));
    } else { // the kind's own files first: a bank statement is no CSV file
      chooser
          .getExtensionFilters()
          .add(
              new FileChooser.ExtensionFilter(
                  kind.title() + " (" + String.join(", ", kind.extensions()) + ")",
                  kind.extensions().stream().map(e -> "*" + e).toList()));
    }
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*.*"));
    chooser.setInitialDirectory(
        FileChoice.importFolder(uiState, inbox, FileChoice.userHome()).toFile());
    File chosen = chooser.showOpenDialog(owner);
    if (chosen == null) {
      return Optional.empty();
    }
    FileChoice.remember(uiState, FileChoice.IMPORT_FOLDER_KEY, chosen.toPath());
    return Optional.of(chosen.toPath());
  }

  private static boolean ask(String question) {
    Alert alert =
        new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
    alert.setHeaderText("Import the valid rows and quarantine the others?");
    alert.setTitle("Import with quarantine");
    return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
  }

  private void openEditor(boolean edit) {
    if (profileEditor != null) {
      profileEditor.open(
          window(),
          edit ? vm.profileNamed(vm.profileProperty().get()) : null,
          vm.headerLineProperty().get(),
          saved -> vm.loadProfiles(saved));
    }
  }

  void setProfileEditor(ProfileEditorDialog.Opener opener) {
    this.profileEditor = opener;
  }

  /** How the file is chosen; the system's open dialog unless a test says otherwise. */
  void setFileChooser(Function<Window, Optional<Path>> chooser) {
    this.fileChooser = chooser;
  }

  /** How "import and quarantine" is confirmed; a dialog unless a test says otherwise. */
  void setConfirmation(Predicate<String> confirmation) {
    this.confirm = confirmation;
  }

  private Window window() {
    return root.getScene() == null ? null : root.getScene().getWindow();
  }

  void activate() {
    quarantine.activate();
  }

  void deactivate() {
    quarantine.deactivate();
  }

  void focusSearch() {
    if (tabs.getSelectionModel().getSelectedItem() == quarantineTab) {
      quarantine.focusSearch();
    } else {
      problems.focusFilter();
    }
  }

  void showQuarantine() {
    tabs.getSelectionModel().select(quarantineTab);
  }

  void showImport() {
    tabs.getSelectionModel().select(importTab);
  }

  TablePane<ProblemRow> problemsPane() {
    return problems;
  }

  TablePane<TradeRow> rowsPane() {
    return rows;
  }

  QuarantineView quarantineView() {
    return quarantine;
  }

  NoticeBar noticeBar() {
    return notice;
  }

  Node root() {
    return root;
  }
}
