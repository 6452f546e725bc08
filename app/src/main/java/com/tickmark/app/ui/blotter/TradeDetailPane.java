package com.tickmark.app.ui.blotter;

import atlantafx.base.theme.Styles;
import com.tickmark.app.area.TradeDetailTab;
import com.tickmark.app.ui.table.Clipping;
import com.tickmark.app.ui.table.Formats;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.security.Permission;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeVersion;
import com.tickmark.model.trade.blotter.BlotterReference;
import com.tickmark.model.trade.blotter.BlotterSource.FixMessage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The detail of the picked trade: every field of its current version, the versions side by side
 * with what changed highlighted, where it came from and the FIX messages that made it (raw text,
 * with | for SOH), and its audit records for users who may read the audit trail (the others see no
 * Audit tab).
 */
final class TradeDetailPane {
  private static final double MIN_WIDTH = 260;

  /** Room for the Trade tab's vertical scroll bar and the pane's borders. */
  private static final double SCROLL_BAR = 24;

  private final BorderPane root = new BorderPane();
  private final TabPane tabs = new TabPane();

  /** Between the values of a contributed section's row, and its column names. */
  private static final String ROW_SEPARATOR = "  \u00b7  ";

  private final GridPane fields = grid();
  private final GridPane versions = grid();
  private final ListView<FixMessage> fix = new ListView<>();
  private final TextArea raw = new TextArea();
  private final ListView<AuditRecord> audit = new ListView<>();
  private final Label origin = new Label();
  private final Label message = new Label();
  private final Supplier<BlotterReference> reference;
  private final List<VBox> contributed = new ArrayList<>();

  TradeDetailPane(BlotterViewModel vm, Supplier<BlotterReference> reference) {
    this.reference = reference;
    root.setId("trade-detail");
    root.setMinWidth(MIN_WIDTH);
    root.setPrefWidth(420);
    tabs.setMinWidth(0);
    root.getStyleClass().add("trade-detail");
    Tab trade = new Tab("Trade", scroll(fields));
    Tab history = new Tab("Versions", scroll(versions));
    history.setId("trade-detail-versions");
    raw.setEditable(false);
    raw.setWrapText(true);
    raw.getStyleClass().add("fix-raw");
    fix.setId("trade-detail-fix");
    fix.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(FixMessage m, boolean empty) {
                super.updateItem(m, empty);
                setText(
                    empty || m == null
                        ? null
                        : Formats.timestamp(m.receivedAt())
                            + "  seq "
                            + m.msgSeqNum()
                            + "  ExecType "
                            + m.execType()
                            + "  "
                            + m.execId()
                            + "  → "
                            + m.outcome()
                            + (m.tradeVersion() > 0 ? " v" + m.tradeVersion() : ""));
              }
            });
    fix.getSelectionModel()
        .selectedItemProperty()
        .addListener((o, was, m) -> raw.setText(m == null ? "" : m.raw().replace('\u0001', '|')));
    fix.setPlaceholder(new Label("No FIX messages"));
    origin.setId("trade-detail-origin");
    origin.setWrapText(true);
    origin.setMinHeight(Region.USE_PREF_SIZE);
    origin.setPadding(new Insets(6, 8, 6, 8));
    SplitPane fixSplit = new SplitPane(fix, raw);
    fixSplit.setOrientation(Orientation.VERTICAL);
    Tab fixTab = new Tab("FIX messages", new VBox(origin, fixSplit));
    VBox.setVgrow(fixSplit, Priority.ALWAYS);
    audit.setId("trade-detail-audit");
    audit.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(AuditRecord r, boolean empty) {
                super.updateItem(r, empty);
                setText(
                    empty || r == null
                        ? null
                        : Formats.timestamp(r.event().at())
                            + "  "
                            + r.event().actor()
                            + "  "
                            + r.event().action()
                            + (r.event().reason().isBlank() ? "" : "  — " + r.event().reason()));
              }
            });
    audit.setPlaceholder(new Label("No audit records"));
    tabs.getTabs().addAll(trade, history, fixTab);
    if (vm.actor().may(Permission.VIEW_AUDIT)) {
      Tab auditTab = new Tab("Audit", audit);
      auditTab.setId("trade-detail-audit-tab");
      tabs.getTabs().add(auditTab);
    }
    for (BlotterViewModel.DetailTab t : vm.detailTabs()) {
      VBox box = new VBox(10);
      box.setPadding(new Insets(8));
      Tab tab = new Tab(t.title(), scroll(box));
      tab.setId(t.id() + "-tab");
      box.setId(t.id());
      contributed.add(box);
      tabs.getTabs().add(tab);
    }
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    message.getStyleClass().add(Styles.TEXT_MUTED);
    message.textProperty().bind(vm.detailMessageProperty());
    StackPane center = new StackPane(tabs, message);
    root.setCenter(center);
    vm.detailProperty().addListener((o, was, d) -> show(d));
    show(null);
  }

  BorderPane root() {
    return root;
  }

  private void show(TradeDetail d) {
    tabs.setVisible(d != null);
    fields.getChildren().clear();
    versions.getChildren().clear();
    contributed.forEach(b -> b.getChildren().clear());
    if (d == null) {
      fix.getItems().clear();
      audit.getItems().clear();
      origin.setText("");
      return;
    }
    TradeVersion current = d.current();
    int r = 0;
    for (Map.Entry<String, Function<Trade, String>> f : fieldsOf().entrySet()) {
      fields.addRow(r++, name(f.getKey()), value(f.getValue().apply(current.trade())));
    }
    fields.addRow(r++, name("Recorded by"), value(current.recordedBy()));
    fields.addRow(
        r++,
        name("Recorded at"),
        value(current.recordedAt() == null ? "" : Formats.timestamp(current.recordedAt())));
    fields.addRow(r, name("Reason"), value(current.reason()));
    // never narrower than the longest word of a value (an order id): the table gives way
    fields.applyCss();
    root.setMinWidth(Math.max(MIN_WIDTH, fields.minWidth(-1) + SCROLL_BAR));
    showVersions(d.versions());
    origin.setText(d.origin());
    fix.getItems().setAll(d.fixMessages());
    if (!d.fixMessages().isEmpty()) {
      fix.getSelectionModel().select(d.fixMessages().size() - 1);
    }
    audit.getItems().setAll(d.audit());
    for (int i = 0; i < contributed.size() && i < d.contributed().size(); i++) {
      for (TradeDetailTab.Section section : d.contributed().get(i).sections()) {
        contributed.get(i).getChildren().add(section(section));
      }
    }
  }

  /**
   * A contributed section under its heading: one row as names beside values (like the Trade tab),
   * several as a line of column names over a line per row, each wrapping at the pane's edge, so
   * nothing is cut however narrow the pane; or the sentence saying it is empty.
   */
  private static Node section(TradeDetailTab.Section section) {
    Label heading = new Label(section.heading());
    heading.getStyleClass().add(Styles.TEXT_BOLD);
    if (section.rows().isEmpty()) {
      Label empty = new Label(section.empty());
      empty.getStyleClass().add(Styles.TEXT_MUTED);
      empty.setWrapText(true);
      return new VBox(4, heading, empty);
    }
    if (section.rows().size() == 1) {
      GridPane pairs = grid();
      pairs.setPadding(Insets.EMPTY);
      List<String> row = section.rows().get(0);
      for (int c = 0; c < row.size() && c < section.columns().size(); c++) {
        pairs.add(name(section.columns().get(c)), 0, c);
        pairs.add(value(row.get(c)), 1, c);
      }
      return new VBox(4, heading, pairs);
    }
    VBox lines = new VBox(2);
    Label columns = Clipping.wrapping(String.join(ROW_SEPARATOR, section.columns()));
    columns.getStyleClass().add(Styles.TEXT_MUTED);
    lines.getChildren().add(columns);
    for (List<String> row : section.rows()) {
      lines.getChildren().add(value(String.join(ROW_SEPARATOR, row)));
    }
    return new VBox(4, heading, lines);
  }

  /**
   * One column per version, oldest first, with a row for each field that differs between versions
   * (the others are the same in all and are on the Trade tab); a value that differs from the
   * version before is highlighted.
   */
  private void showVersions(List<TradeVersion> all) {
    Map<String, Function<Trade, String>> f = new LinkedHashMap<>(fieldsOf());
    f.entrySet()
        .removeIf(
            e ->
                all.stream().map(v -> e.getValue().apply(v.trade())).distinct().count() == 1
                    && !e.getKey().equals("Version"));
    int col = 1;
    for (TradeVersion v : all) {
      Label head = new Label("v" + v.trade().version());
      head.getStyleClass().add(Styles.TEXT_BOLD);
      versions.add(head, col, 0);
      Label who =
          new Label(
              (v.recordedBy().isBlank() ? "captured" : v.recordedBy())
                  + (v.recordedAt() == null ? "" : "\n" + Formats.timestamp(v.recordedAt())));
      who.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
      versions.add(who, col, 1);
      col++;
    }
    int row = 2;
    for (Map.Entry<String, Function<Trade, String>> e : f.entrySet()) {
      versions.add(name(e.getKey()), 0, row);
      String before = null;
      col = 1;
      for (TradeVersion v : all) {
        String now = e.getValue().apply(v.trade());
        Label cell = value(now);
        if (before != null && !Objects.equals(before, now)) {
          cell.getStyleClass().add("changed");
          cell.setId(
              "changed-"
                  + e.getKey().toLowerCase(Locale.ROOT).replace(' ', '-')
                  + "-v"
                  + v.trade().version());
        }
        versions.add(cell, col++, row);
        before = now;
      }
      row++;
    }
    versions.add(name("Reason"), 0, row);
    col = 1;
    for (TradeVersion v : all) {
      Label reason = value(v.reason());
      reason.setWrapText(true);
      reason.setMaxWidth(150);
      versions.add(reason, col++, row);
    }
  }

  private Map<String, Function<Trade, String>> fieldsOf() {
    BlotterReference ref = reference.get();
    Map<String, Function<Trade, String>> m = new LinkedHashMap<>();
    m.put("Trade", t -> t.id().display());
    m.put("Version", t -> Integer.toString(t.version()));
    m.put("Status", t -> t.status().name());
    m.put("Side", t -> t.side().name());
    m.put(
        "Instrument",
        t -> {
          Instrument i = ref.instrument(t.instrumentId().value());
          return i == null
              ? t.instrumentId().toString()
              : i.symbol() + " · " + i.name() + (i.isin() == null ? "" : " · " + i.isin());
        });
    m.put("Quantity", t -> Formats.grouped(t.quantity(), 0, 6));
    m.put("Price", t -> Formats.grouped(t.price(), 2, 8));
    m.put("Currency", t -> t.currency().code());
    m.put("Notional", t -> money(t.grossAmount()));
    m.put("Commission", t -> money(t.commission()));
    m.put("Fees", t -> money(t.fees()));
    m.put("Trade date", t -> t.tradeDate().toString());
    m.put("Executed (UTC)", t -> Formats.timestamp(t.executionTime()));
    m.put("Settlement date", t -> t.settlementDate().toString());
    m.put(
        "Book",
        t -> {
          Book b = ref.book(t.bookId().value());
          return b == null ? t.bookId().toString() : b.code() + " · " + b.strategyCode();
        });
    m.put(
        "Counterparty",
        t -> {
          Counterparty c = ref.counterparty(t.counterpartyId().value());
          return c == null ? t.counterpartyId().toString() : c.code() + " · " + c.name();
        });
    m.put(
        "Account",
        t -> {
          if (t.accountId() == null) {
            return "";
          }
          Account a = ref.account(t.accountId().value());
          return a == null ? t.accountId().toString() : a.code();
        });
    m.put("Exec ID", Trade::execId);
    m.put("Order ID", Trade::orderId);
    m.put("Broker ref", Trade::brokerRef);
    m.put("Source", t -> t.source().name());
    return m;
  }

  private static String money(BigDecimal amount) {
    return Formats.grouped(amount, 2, 6);
  }

  private static Label name(String text) {
    Label l = new Label(text);
    l.getStyleClass().add(Styles.TEXT_MUTED);
    l.setMinWidth(Region.USE_PREF_SIZE);
    return l;
  }

  /** A value that wraps at the pane's edge, between words, never inside one. */
  private static Label value(String text) {
    Label l = Clipping.wrapping(text);
    l.getStyleClass().add("detail-value");
    return l;
  }

  private static GridPane grid() {
    GridPane g = new GridPane();
    g.setHgap(14);
    g.setVgap(4);
    g.setPadding(new Insets(8));
    return g;
  }

  /** Scrolls down, never sideways: the values wrap to the pane's width. */
  private static ScrollPane scroll(Node content) {
    ScrollPane s = new ScrollPane(content);
    s.setMinWidth(0);
    s.setFitToWidth(true);
    return s;
  }
}
