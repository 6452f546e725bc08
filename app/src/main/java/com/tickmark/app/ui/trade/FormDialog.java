package com.tickmark.app.ui.trade;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.common.FormProblems;
import com.tickmark.app.ui.common.SecurityStyles;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * A dialog around a form view model: OK enabled only while the form may be sent, sending runs in
 * the background while the dialog stays open (a spinner shows it), and the dialog closes only when
 * the work succeeded; a refusal stays on screen next to the fields. Shown without waiting, so the
 * caller's callback runs after success, on the FX thread. The trade dialogs and the reference-data
 * forms use it.
 */
public final class FormDialog {
  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final ButtonType ok;
  private final VBox content = new VBox(12);

  public FormDialog(Window owner, String title, String header, String okText) {
    dialog.setTitle(title);
    dialog.setHeaderText(header);
    ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ok);
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getStyleClass().add("trade-dialog");
    dialog.setResizable(true);
    dialog.initModality(Modality.WINDOW_MODAL);
    SecurityStyles.apply(dialog);
    if (owner != null) {
      dialog.initOwner(owner);
    }
    Node okButton = dialog.getDialogPane().lookupButton(ok);
    okButton.setId("dialog-ok");
    okButton.getStyleClass().add(Styles.ACCENT);
    dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("dialog-cancel");
  }

  public VBox content() {
    return content;
  }

  Dialog<ButtonType> dialog() {
    return dialog;
  }

  /**
   * Wires OK: enabled while {@code enabled}; pressing it calls {@code send}, which gets a way to
   * close the dialog once the work has succeeded. While {@code busy} a spinner shows and Cancel
   * waits.
   */
  public void onOk(
      BooleanExpression enabled, ObservableValue<Boolean> busy, Consumer<Runnable> send) {
    Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
    okButton.disableProperty().bind(enabled.not());
    okButton.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          e.consume();
          send.accept(() -> dialog.setResult(ok));
        });
    Node cancel = dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
    cancel
        .disableProperty()
        .bind(Bindings.createBooleanBinding(() -> Boolean.TRUE.equals(busy.getValue()), busy));
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(18, 18);
    spinner
        .visibleProperty()
        .bind(Bindings.createBooleanBinding(() -> Boolean.TRUE.equals(busy.getValue()), busy));
    ButtonBar.setButtonData(spinner, ButtonBar.ButtonData.LEFT);
    ((ButtonBar) dialog.getDialogPane().lookup(".button-bar")).getButtons().add(spinner);
  }

  public void show() {
    dialog.show();
  }

  /** Closes the dialog as if cancelled (after work done by another of its buttons). */
  public void close() {
    dialog.setResult(ButtonType.CANCEL);
  }

  // ---- building blocks ----

  public static GridPane grid(int columns) {
    GridPane grid = new GridPane();
    grid.setHgap(14);
    grid.setVgap(6);
    for (int i = 0; i < columns; i++) {
      ColumnConstraints c = new ColumnConstraints();
      c.setHgrow(Priority.ALWAYS);
      c.setPercentWidth(100.0 / columns);
      grid.getColumnConstraints().add(c);
    }
    return grid;
  }

  /**
   * A labelled field with its problem underneath (hidden while there is none). A {@link
   * FormProblems.Field} shows its problem only once the user has left the control (or anything in
   * it) or tried to send the form, so the form opens clean.
   */
  public static VBox field(String label, Node control, ObservableStringValue problem) {
    Label name = new Label(label);
    name.getStyleClass().add(Styles.TEXT_SMALL);
    name.setLabelFor(control);
    VBox box = new VBox(3, name, control);
    if (control instanceof Region r) {
      r.setMaxWidth(Double.MAX_VALUE);
    }
    if (problem instanceof FormProblems.Field shown) {
      // Left by the user: a key pressed or a click in it first (the dialog placing its first
      // focus, or a searchable list moving it inside itself as its items arrive, is not leaving)
      boolean[] used = {false};
      control.addEventFilter(KeyEvent.KEY_PRESSED, e -> used[0] = true);
      control.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> used[0] = true);
      control
          .focusWithinProperty()
          .addListener(
              (obs, was, now) -> {
                if (used[0] && was && !now && windowFocused(control) && !pressingAButton(control)) {
                  shown.touch();
                }
              });
    }
    if (problem != null) {
      Label p = problemLabel(problem);
      if (control.getId() != null) {
        p.setId(control.getId() + "-problem");
      }
      box.getChildren().add(p);
      problem.addListener(
          (obs, old, now) -> control.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
      control.pseudoClassStateChanged(Styles.STATE_DANGER, !problem.get().isEmpty());
    }
    return box;
  }

  static Label problemLabel(ObservableStringValue problem) {
    Label p = new Label();
    p.textProperty().bind(problem);
    p.setWrapText(true);
    p.setMinHeight(Region.USE_PREF_SIZE);
    p.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER, "field-problem");
    p.visibleProperty().bind(p.textProperty().isNotEmpty());
    p.managedProperty().bind(p.visibleProperty());
    p.visibleProperty().addListener((obs, was, shown) -> fitWindow(p));
    return p;
  }

  /** Whether the control's window has the focus: a window losing it is not a field left. */
  private static boolean windowFocused(Node control) {
    return control.getScene() != null
        && control.getScene().getWindow() != null
        && control.getScene().getWindow().isFocused();
  }

  /**
   * Whether the focus left for OK or Cancel: then the field's problem does not show yet, for a
   * problem appearing under the mouse would move the button away before the click ends.
   */
  private static boolean pressingAButton(Node control) {
    return control.getScene() != null && control.getScene().getFocusOwner() instanceof ButtonBase;
  }

  /**
   * A problem shown after the dialog opened grows the dialog, so that its buttons stay in view (and
   * on the screen: see {@link #sizeToScene}).
   */
  private static void fitWindow(Node node) {
    if (node.getScene() != null && node.getScene().getWindow() != null) {
      sizeToScene(node.getScene().getWindow());
    }
  }

  /**
   * Sizes {@code window} to its content and, when that took it past the bottom of its screen (a
   * dialog centred when it was smaller, say), moves it up so that its buttons stay on the screen.
   */
  public static void sizeToScene(Window window) {
    window.sizeToScene();
    Rectangle2D screen =
        Screen.getScreensForRectangle(
                window.getX(), window.getY(), window.getWidth(), window.getHeight())
            .stream()
            .findFirst()
            .orElse(Screen.getPrimary())
            .getVisualBounds();
    double bottom = window.getY() + window.getHeight();
    if (bottom > screen.getMaxY()) {
      window.setY(Math.max(screen.getMinY(), screen.getMaxY() - window.getHeight()));
    }
  }

  /** A muted sentence explaining what the dialog does. */
  public static Label explanation(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.setMinHeight(Region.USE_PREF_SIZE);
    l.getStyleClass().add(Styles.TEXT_MUTED);
    return l;
  }

  /** A line that shows only while it has text, e.g. a failure or the first thing to fix. */
  public static Label message(String id, ObservableStringValue text, String style) {
    Label l = new Label();
    l.setId(id);
    l.setWrapText(true);
    l.setMinHeight(Region.USE_PREF_SIZE);
    l.textProperty().bind(text);
    l.getStyleClass().add(style);
    l.visibleProperty().bind(l.textProperty().isNotEmpty());
    l.managedProperty().bind(l.visibleProperty());
    l.visibleProperty().addListener((obs, was, shown) -> fitWindow(l));
    return l;
  }

  /** A value the form works out, shown large: "Settlement date 2025-11-21". */
  static VBox figure(String label, String id, ObservableStringValue value) {
    Label name = new Label(label);
    name.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    Label v = new Label();
    v.setId(id);
    v.textProperty()
        .bind(Bindings.createStringBinding(() -> value.get().isEmpty() ? "—" : value.get(), value));
    v.getStyleClass().addAll(Styles.TEXT_BOLD, "trade-figure");
    VBox box = new VBox(1, name, v);
    return box;
  }

  static HBox row(Node... nodes) {
    HBox box = new HBox(24, nodes);
    box.setPadding(new Insets(8, 12, 8, 12));
    box.getStyleClass().add("trade-summary");
    return box;
  }
}
