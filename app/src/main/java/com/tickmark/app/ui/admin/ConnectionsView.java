package com.tickmark.app.ui.admin;

import atlantafx.base.theme.Styles;
import com.tickmark.app.fix.DropCopyConnection.State;
import com.tickmark.app.fix.DropCopyConnection.Status;
import com.tickmark.app.ui.common.NoticeBar;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The Connections tab of the Admin screen: the FIX drop-copy settings with Start and Stop, and what
 * the running acceptor is doing (state, session, counts, last error). Bound to a {@link
 * ConnectionsViewModel}.
 */
final class ConnectionsView {
  private final ConnectionsViewModel vm;
  private final ScrollPane root;

  ConnectionsView(ConnectionsViewModel vm) {
    this.vm = vm;
    GridPane form = new GridPane();
    form.setHgap(12);
    form.setVgap(10);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(150);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    form.getColumnConstraints().addAll(labels, fields);
    int r = 0;
    form.addRow(r++, new Label("Port"), text("conn-port", "e.g. 9878", vm.portProperty()));
    form.addRow(
        r++,
        new Label("Listen on"),
        text("conn-bind", "every interface (or e.g. 127.0.0.1)", vm.bindAddressProperty()));
    form.addRow(
        r++,
        new Label("Our comp id"),
        text(
            "conn-sender",
            "SenderCompID (49) on what we send, e.g. TICKMARK",
            vm.senderProperty()));
    form.addRow(
        r++,
        new Label("Trading system"),
        text("conn-target", "its comp id (TargetCompID), e.g. OMS1", vm.targetProperty()));
    TextArea brokers = new TextArea();
    brokers.setId("conn-brokers");
    brokers.setPromptText(
        "COMPID=CODE, one a line (e.g. OMS1=GSCO): the executing broker for a comp id. "
            + "Without one, the trading system's comp id must itself be a broker code.");
    brokers.setPrefRowCount(3);
    brokers.textProperty().bindBidirectional(vm.brokersProperty());
    Label brokerLabel = new Label("Broker map");
    GridPane.setValignment(brokerLabel, VPos.TOP);
    form.addRow(r++, brokerLabel, brokers);
    // the settings are edited only while stopped
    form.getChildren()
        .forEach(n -> n.disableProperty().bind(vm.runningProperty().or(vm.busyProperty())));

    Button start = new Button("Start", new FontIcon(MaterialDesignP.PLAY_CIRCLE_OUTLINE));
    start.setId("conn-start");
    start.getStyleClass().add(Styles.ACCENT);
    start.disableProperty().bind(vm.canStartProperty().not());
    start.setOnAction(e -> vm.start());
    Button stop = new Button("Stop", new FontIcon(MaterialDesignS.STOP_CIRCLE_OUTLINE));
    stop.setId("conn-stop");
    stop.disableProperty().bind(vm.canStopProperty().not());
    stop.setOnAction(e -> vm.stop());
    Label problem = new Label();
    problem.setId("conn-problem");
    problem.setWrapText(true);
    problem.getStyleClass().addAll(Styles.TEXT_SMALL, "form-problem");
    problem
        .textProperty()
        .bind(Bindings.when(vm.runningProperty()).then("").otherwise(vm.problemProperty()));
    HBox actions = new HBox(8, start, stop, problem);
    actions.setAlignment(Pos.CENTER_LEFT);

    VBox settingsCard =
        card(
            "FIX drop copy",
            "Accepts a FIX 4.4 session from the trading system and books its execution reports as"
                + " trades (new, corrected, busted), as you: every trade it books carries your name"
                + " and \"FIX drop copy ExecID\" in the audit trail. Reports naming an unknown"
                + " instrument, account or broker wait in the FIX repair queue. Every message is"
                + " kept in the workspace's fix folder; on start, anything in that log the database"
                + " lacks is booked first.",
            form,
            actions);

    VBox statusCard = statusCard();
    NoticeBar notice = new NoticeBar(vm.noticeProperty(), vm::dismissNotice, "conn-notice");
    VBox column = new VBox(14, notice.root(), statusCard, settingsCard);
    if (!vm.mayManage()) {
      Label note =
          new Label(
              "Starting and stopping connections needs the MANAGE_CONNECTIONS permission, which"
                  + " administrators hold.");
      note.getStyleClass().add(Styles.TEXT_MUTED);
      column.getChildren().add(0, note);
    }
    column.setPadding(new Insets(16));
    column.setMaxWidth(900);
    root = new ScrollPane(column);
    root.setFitToWidth(true);
    root.getStyleClass().addAll("edge-to-edge", "admin-workspace");
    root.setId("admin-connections");
  }

  private VBox statusCard() {
    Label state = new Label();
    state.setId("conn-state");
    state.getStyleClass().add("status-pill");
    vm.statusProperty()
        .subscribe(
            s -> {
              state.setText(s.state().label());
              state
                  .getStyleClass()
                  .removeAll("status-approved", "status-pending", "status-rejected");
              state
                  .getStyleClass()
                  .add(
                      switch (s.state()) {
                        case LOGGED_ON -> "status-approved";
                        case LISTENING -> "status-pending";
                        case STOPPED -> "status-rejected";
                      });
            });
    Label session =
        value(
            "conn-session",
            s ->
                s.state() == State.STOPPED && s.session().isEmpty()
                    ? "no session"
                    : s.session()
                        + (s.startedBy().isEmpty() ? "" : " · booking as " + s.startedBy()));
    session.getStyleClass().add(Styles.TEXT_MUTED);
    HBox heading = new HBox(10, state, session);
    heading.setAlignment(Pos.CENTER_LEFT);
    GridPane counts = new GridPane();
    counts.setHgap(28);
    counts.setVgap(2);
    counts.addColumn(0, caption("Messages received"), number("conn-received", Status::received));
    counts.addColumn(1, caption("Reports booked"), number("conn-booked", Status::booked));
    counts.addColumn(2, caption("Trades created"), number("conn-created", Status::created));
    counts.addColumn(
        3, caption("Corrected or busted"), number("conn-corrected", Status::corrected));
    counts.addColumn(4, caption("Sent to repair"), number("conn-repairs", Status::repairs));
    counts.addColumn(5, caption("Repeats ignored"), number("conn-duplicates", Status::duplicates));
    Label error =
        value("conn-error", s -> s.lastError().isEmpty() ? "" : "Last error: " + s.lastError());
    error.getStyleClass().add(Styles.DANGER);
    error.visibleProperty().bind(error.textProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    VBox card = card("State", "Counts since the last start.", heading, counts, error);
    return card;
  }

  private Label value(String id, Function<Status, String> text) {
    Label l = new Label();
    l.setId(id);
    l.setWrapText(true);
    l.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> text.apply(vm.statusProperty().get()), vm.statusProperty()));
    return l;
  }

  private Label number(String id, ToLongFunction<Status> count) {
    Label l = value(id, s -> String.format(Locale.ROOT, "%,d", count.applyAsLong(s)));
    l.getStyleClass().addAll(Styles.TITLE_3);
    return l;
  }

  private static Label caption(String text) {
    Label l = new Label(text);
    l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    return l;
  }

  private static TextField text(String id, String prompt, StringProperty property) {
    TextField field = new TextField();
    field.setId(id);
    field.setPromptText(prompt);
    field.textProperty().bindBidirectional(property);
    return field;
  }

  private static VBox card(String title, String description, Node... content) {
    FontIcon glyph = new FontIcon(MaterialDesignL.LAN_CONNECT);
    glyph.getStyleClass().add("card-icon");
    Label heading = new Label(title, glyph);
    heading.getStyleClass().addAll(Styles.TITLE_4, "card-title");
    Label what = new Label(description);
    what.setWrapText(true);
    what.getStyleClass().add(Styles.TEXT_MUTED);
    VBox card = new VBox(10, heading, what);
    card.getChildren().addAll(content);
    card.getStyleClass().add("admin-card");
    card.setPadding(new Insets(14, 16, 16, 16));
    return card;
  }

  Node root() {
    return root;
  }
}
