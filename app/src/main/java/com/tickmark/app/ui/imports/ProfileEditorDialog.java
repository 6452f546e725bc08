package com.tickmark.app.ui.imports;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.common.NoticeBar;
import com.tickmark.app.ui.common.SecurityStyles;
import com.tickmark.app.ui.imports.ProfileEditorViewModel.FieldMapping;
import com.tickmark.model.trade.imports.ImportProfile;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The dialog that creates or edits an import profile: settings on top, then one row per trade field
 * with the file column it reads.
 */
final class ProfileEditorDialog {
  /**
   * Opens the editor for {@code profile} (null for a new one) with the chosen file's first line;
   * {@code saved} gets the saved name.
   */
  @FunctionalInterface
  interface Opener {
    void open(Window owner, ImportProfile profile, String headerLine, Consumer<String> saved);
  }

  private final ProfileEditorViewModel vm;
  private final Dialog<ButtonType> dialog = new Dialog<>();

  ProfileEditorDialog(ProfileEditorViewModel vm) {
    this.vm = vm;
    dialog.setTitle("Import profile");
    dialog.setHeaderText("Map the file's columns to trade fields");
    GridPane settings = new GridPane();
    settings.setHgap(10);
    settings.setVgap(6);
    TextField name = text("profile-name", vm.nameProperty());
    name.setPromptText("e.g. the broker's code, gsco");
    ComboBox<String> delimiter = new ComboBox<>();
    delimiter.getItems().setAll(ProfileEditorViewModel.DELIMITERS);
    delimiter.valueProperty().bindBidirectional(vm.delimiterProperty());
    delimiter.setId("profile-delimiter");
    CheckBox header = new CheckBox("First line names columns");
    header.setMinWidth(Region.USE_PREF_SIZE);
    header.selectedProperty().bindBidirectional(vm.headerProperty());
    ComboBox<String> decimal = new ComboBox<>();
    decimal.getItems().setAll(".", ",");
    decimal.valueProperty().bindBidirectional(vm.decimalSeparatorProperty());
    settings.addRow(0, new Label("Name"), name, new Label("Delimiter"), delimiter);
    settings.addRow(1, new Label("Header row"), header, new Label("Decimal separator"), decimal);
    settings.addRow(
        2,
        new Label("Date pattern"),
        text("profile-date", vm.datePatternProperty()),
        new Label("Time pattern"),
        text("profile-time", vm.timePatternProperty()));
    settings.addRow(
        3,
        new Label("Buy codes"),
        text("profile-buy", vm.buyCodesProperty()),
        new Label("Sell codes"),
        text("profile-sell", vm.sellCodesProperty()));
    TextField broker = text("profile-broker", vm.brokerProperty());
    broker.setPromptText("optional, e.g. GSCO");
    broker.setTooltip(
        new Tooltip("The broker whose own files these are: every row's counterparty"));
    settings.addRow(4, new Label("Broker"), broker);
    // the labels keep their width; the fields share what is left
    for (int column = 0; column < 4; column++) {
      ColumnConstraints constraints = new ColumnConstraints();
      if (column % 2 == 0) {
        constraints.setMinWidth(Region.USE_PREF_SIZE);
      } else {
        constraints.setHgrow(Priority.ALWAYS);
      }
      settings.getColumnConstraints().add(constraints);
    }

    GridPane fields = new GridPane();
    fields.setHgap(10);
    fields.setVgap(4);
    Label f = new Label("Field");
    f.getStyleClass().add(Styles.TEXT_BOLD);
    Label c = new Label("Column in the file");
    c.getStyleClass().add(Styles.TEXT_BOLD);
    fields.addRow(0, f, c);
    int line = 1;
    for (FieldMapping m : vm.mappings()) {
      ComboBox<String> column = new ComboBox<>(vm.fileColumns());
      column.setEditable(true);
      column.setId("profile-column-" + m.field().key());
      column.valueProperty().bindBidirectional(m.columnProperty());
      column.setPrefWidth(220);
      fields.addRow(
          line++, new Label(m.field().key() + (m.field().required() ? " *" : "")), column);
    }
    Button match = new Button("Match columns by name");
    match.getStyleClass().add(Styles.FLAT);
    match.setOnAction(e -> vm.matchByName());
    Label problem = new Label();
    problem.setId("profile-problem");
    problem.setWrapText(true);
    problem.setMaxWidth(560);
    problem.getStyleClass().add(Styles.DANGER);
    problem.textProperty().bind(vm.problemProperty());
    Label note =
        new Label(
            "* required; the instrument needs symbol or isin; a profile that names its broker needs"
                + " no counterparty column. Without a header row, give 1-based positions.");
    note.setWrapText(true);
    note.setMaxWidth(560);
    note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    NoticeBar notice = new NoticeBar(vm.noticeProperty(), () -> {}, "profile-notice");
    ScrollPane scroll = new ScrollPane(fields);
    scroll.setPrefViewportHeight(330);
    scroll.setFitToWidth(true);
    VBox content = new VBox(10, notice.root(), settings, match, scroll, note, problem);
    content.setPadding(new Insets(4));
    content.setPrefWidth(700);
    dialog.getDialogPane().setContent(content);
    ButtonType save = new ButtonType("Save profile", ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
    Node saveButton = dialog.getDialogPane().lookupButton(save);
    saveButton.setId("profile-save");
    saveButton.disableProperty().bind(vm.canSaveProperty().not());
    SecurityStyles.apply(dialog);
    saveButton.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          e.consume();
          vm.save(
              savedName -> {
                this.saved.accept(savedName);
                dialog.setResult(ButtonType.OK);
                dialog.close();
              });
        });
  }

  private Consumer<String> saved = n -> {};

  private static TextField text(String id, StringProperty property) {
    TextField t = new TextField();
    t.setId(id);
    t.textProperty().bindBidirectional(property);
    return t;
  }

  /** An opener that builds a fresh editor each time from {@code viewModels}. */
  static Opener opener(Supplier<ProfileEditorViewModel> viewModels) {
    return (owner, profile, headerLine, saved) -> {
      ProfileEditorViewModel vm = viewModels.get();
      vm.start(profile, headerLine);
      ProfileEditorDialog d = new ProfileEditorDialog(vm);
      d.saved = saved;
      if (owner != null) {
        d.dialog.initOwner(owner);
      }
      d.dialog.show();
    };
  }
}
