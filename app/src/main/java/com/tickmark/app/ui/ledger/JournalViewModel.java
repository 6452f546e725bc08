package com.tickmark.app.ui.ledger;

import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.common.Permitted;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.table.ColumnSpec;
import com.tickmark.app.ui.table.Formats;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.ledger.EntryFilter;
import com.tickmark.model.ledger.EntryKind;
import com.tickmark.model.ledger.JournalEntry;
import com.tickmark.model.ledger.JournalLine;
import com.tickmark.model.ledger.LedgerAccount;
import com.tickmark.model.ledger.LedgerService;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Journal screen without controls: the journal's entries newest first, between two dates and of
 * one kind if asked; the selected entry's lines, what it reverses and what reversed it; the manual
 * journals waiting for a second accountant's approval, and a new manual journal for those who may
 * post one (POST_JOURNALS). Read and written off the FX thread.
 */
public final class JournalViewModel implements ModelViewScreen.Model {
  /** At most this many entries, the newest, are listed. */
  static final int LIMIT = 2_000;

  /** One entry as a row: its debits per currency as its amount. */
  public record EntryRow(
      JournalEntry entry,
      long id,
      LocalDate date,
      String kind,
      String description,
      String trade,
      String amount,
      String state,
      String preparedBy,
      String postedBy) {}

  /** One line of the selected entry, amounts in their currency's scale. */
  public record LineRow(
      String account,
      CurrencyCode currency,
      BigDecimal debit,
      BigDecimal credit,
      BigDecimal reporting,
      CurrencyCode reportingCurrency,
      String book,
      String strategy,
      String instrument,
      String memo) {}

  /** A choice of the kind picker: one kind, or (null) every kind. */
  public record KindChoice(EntryKind kind) {
    @Override
    public String toString() {
      return kind == null ? "All kinds" : kind.label();
    }
  }

  /** A choice of the kind picker for every kind. */
  public static final KindChoice ALL_KINDS = new KindChoice(null);

  private final LedgerService ledger;
  private final ReferenceDataService referenceData;
  private final Actor actor;
  private final Supplier<LocalDate> businessDate;
  private final Supplier<CurrencyCode> reportingCurrency;
  private final TaskExecutor executor;
  private final Permitted postPermitted;
  private final TableModel<EntryRow> table =
      new TableModel<>(
          "ledger.journal",
          "journal entries",
          List.of(
              ColumnSpec.integer("entry", "Entry", EntryRow::id),
              ColumnSpec.date("date", "Date", EntryRow::date),
              ColumnSpec.text("kind", "Kind", EntryRow::kind),
              ColumnSpec.text("description", "Description", EntryRow::description).withWidth(280),
              ColumnSpec.text("trade", "Trade", EntryRow::trade),
              ColumnSpec.text("amount", "Amount", EntryRow::amount).withWidth(160),
              ColumnSpec.text("preparedBy", "Prepared by", EntryRow::preparedBy),
              ColumnSpec.text("postedBy", "Posted by", EntryRow::postedBy)));
  private final TableModel<LineRow> lines =
      new TableModel<>(
          "ledger.journal.lines",
          "lines",
          List.of(
              ColumnSpec.text("account", "Account", LineRow::account).withWidth(320),
              ColumnSpec.text("currency", "Currency", r -> r.currency().code()),
              ColumnSpec.money("debit", "Debit", LineRow::debit, LineRow::currency),
              ColumnSpec.money("credit", "Credit", LineRow::credit, LineRow::currency),
              ColumnSpec.money(
                  "reporting", "Reporting amount", LineRow::reporting, LineRow::reportingCurrency),
              ColumnSpec.text("book", "Book", LineRow::book),
              ColumnSpec.text("strategy", "Strategy", LineRow::strategy),
              ColumnSpec.text("instrument", "Instrument", LineRow::instrument),
              ColumnSpec.text("memo", "Memo", LineRow::memo).withWidth(140)));
  private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
  private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
  private final ObjectProperty<KindChoice> kind =
      new SimpleObjectProperty<>(this, "kind", ALL_KINDS);
  private final ObjectProperty<EntryRow> selected = new SimpleObjectProperty<>(this, "selected");
  private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper(this, "detailTitle");
  private final ReadOnlyStringWrapper reverses = new ReadOnlyStringWrapper(this, "reverses", "");
  private final ReadOnlyStringWrapper reversedBy =
      new ReadOnlyStringWrapper(this, "reversedBy", "");
  private final ReadOnlyStringWrapper posted = new ReadOnlyStringWrapper(this, "posted", "");
  private final ReadOnlyStringWrapper selectedTrade =
      new ReadOnlyStringWrapper(this, "selectedTrade", "");
  private final ReadOnlyObjectWrapper<List<ApprovalRequest>> pending =
      new ReadOnlyObjectWrapper<>(this, "pending", List.of());
  private final ReadOnlyObjectWrapper<Notice> notice =
      new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
  private Names names;
  private JournalEntry revealed;
  private boolean loaded;
  private boolean filtering;

  /** What the rows and lines show of reference data and the chart, read with the entries. */
  private record Names(
      LedgerNames refdata, Map<String, LedgerAccount> accounts, CurrencyCode reporting) {
    String account(String code) {
      LedgerAccount a = accounts.get(code);
      return a == null ? code : a.label();
    }
  }

  public JournalViewModel(
      LedgerService ledger,
      ReferenceDataService referenceData,
      Actor actor,
      Supplier<LocalDate> businessDate,
      Supplier<CurrencyCode> reportingCurrency,
      TaskExecutor executor) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.referenceData = Objects.requireNonNull(referenceData, "reference data");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.businessDate = Objects.requireNonNull(businessDate, "business date");
    this.reportingCurrency = Objects.requireNonNull(reportingCurrency, "reporting currency");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.postPermitted = Permitted.to(actor, Permission.POST_JOURNALS, "post manual journals");
    from.addListener((obs, old, now) -> refreshUnlessFiltering());
    to.addListener((obs, old, now) -> refreshUnlessFiltering());
    kind.addListener((obs, old, now) -> refreshUnlessFiltering());
    selected.addListener((obs, old, now) -> showDetail(now));
  }

  /** The first time: every entry, newest first. */
  @Override
  public void activate() {
    if (!loaded) {
      loaded = true;
      refresh();
    }
  }

  private void refreshUnlessFiltering() {
    if (!filtering) {
      refresh();
    }
  }

  private record Loaded(List<EntryRow> rows, List<ApprovalRequest> pending, Names names) {}

  /** Reads the entries the dates and kind select, and the manual journals waiting. */
  @Override
  public void refresh() {
    LocalDate start = from.get();
    LocalDate end = to.get();
    KindChoice k = kind.get();
    EntryFilter filter = new EntryFilter(start, end, k.kind(), null, null, null);
    table.loadingProperty().set(true);
    executor.execute(
        BackgroundTask.of(
                "Reading the journal",
                task -> {
                  Names n =
                      new Names(
                          LedgerNames.read(referenceData, actor),
                          ledger.chart(actor).accounts().stream()
                              .collect(Collectors.toMap(LedgerAccount::code, Function.identity())),
                          reportingCurrency.get());
                  List<EntryRow> rows =
                      ledger.entries(actor, filter, LIMIT).stream().map(e -> row(e, n)).toList();
                  return new Loaded(rows, ledger.pendingManual(actor), n);
                })
            .onSuccess(
                l -> {
                  if (!Objects.equals(start, from.get())
                      || !Objects.equals(end, to.get())
                      || !k.equals(kind.get())) {
                    return; // other filters were picked meanwhile; their read shows
                  }
                  names = l.names();
                  Long keep = selectedId();
                  table.setAll(l.rows());
                  pending.set(l.pending());
                  if (l.rows().size() == LIMIT) {
                    notice.set(
                        Notice.info(
                            "The newest " + LIMIT + " entries",
                            "Older entries are not listed: narrow the dates to see them."));
                  }
                  if (revealed != null) {
                    JournalEntry e = revealed;
                    revealed = null;
                    selected.set(find(e.id()).orElseGet(() -> row(e, names)));
                  } else {
                    selected.set(keep == null ? null : find(keep).orElse(null));
                  }
                })
            .onFailure(e -> notice.set(Notice.of("Could not read the journal", e)))
            .onFinished(() -> table.loadingProperty().set(false)));
  }

  private Long selectedId() {
    EntryRow r = selected.get();
    return r == null ? null : r.id();
  }

  private Optional<EntryRow> find(long id) {
    return table.allRows().stream().filter(r -> r.id() == id).findFirst();
  }

  private static EntryRow row(JournalEntry e, Names n) {
    Map<CurrencyCode, BigDecimal> debits = new TreeMap<>();
    for (JournalLine l : e.content().lines()) {
      debits.merge(l.currency(), l.debitAmount(), BigDecimal::add);
    }
    String amount =
        debits.entrySet().stream()
            .filter(x -> x.getValue().signum() != 0)
            .map(
                x ->
                    Formats.grouped(x.getValue(), n.refdata().scale(x.getKey()))
                        + " "
                        + x.getKey().code())
            .collect(Collectors.joining(", "));
    return new EntryRow(
        e,
        e.id(),
        e.content().date(),
        e.content().kind().label(),
        e.content().description(),
        e.content().trade() == null ? "" : e.content().trade().display(),
        amount,
        e.state().name(),
        e.preparedBy(),
        e.postedBy() == null ? "" : e.postedBy());
  }

  /**
   * Shows the entry numbered {@code entry} (asked by another screen's drill): the date and kind
   * filters widen to take it in, and it is selected.
   */
  public void show(String entry) {
    long id;
    try {
      id = Long.parseLong(entry == null ? "" : entry.strip());
    } catch (NumberFormatException e) {
      notice.set(Notice.warning("No entry " + entry, "Journal entries are numbered: 1, 2, 3…"));
      return;
    }
    executor.execute(
        BackgroundTask.of("Reading entry " + id, task -> ledger.entry(actor, id))
            .onSuccess(
                found -> {
                  if (found.isEmpty()) {
                    notice.set(
                        Notice.warning("No entry " + id, "The journal has no entry " + id + "."));
                    return;
                  }
                  JournalEntry e = found.get();
                  revealed = e;
                  loaded = true;
                  table.filterTextProperty().set("");
                  filtering = true;
                  LocalDate date = e.content().date();
                  if (from.get() != null && date.isBefore(from.get())) {
                    from.set(null);
                  }
                  if (to.get() != null && date.isAfter(to.get())) {
                    to.set(null);
                  }
                  if (kind.get().kind() != null && kind.get().kind() != e.content().kind()) {
                    kind.set(ALL_KINDS);
                  }
                  filtering = false;
                  refresh();
                })
            .onFailure(e -> notice.set(Notice.of("Could not read entry " + id, e))));
  }

  /** The selected entry's lines, and what it reverses and what reversed it (read in the back). */
  private void showDetail(EntryRow row) {
    if (row == null || names == null) {
      lines.clear();
      detailTitle.set("Select an entry to see its lines");
      reverses.set("");
      reversedBy.set("");
      posted.set("");
      selectedTrade.set("");
      return;
    }
    JournalEntry e = row.entry();
    Names n = names;
    detailTitle.set(
        "Entry "
            + e.id()
            + " · "
            + e.content().date()
            + " · "
            + e.content().kind().label()
            + (e.content().description().isEmpty() ? "" : " · " + e.content().description()));
    lines.setAll(e.content().lines().stream().map(l -> line(l, n)).toList());
    posted.set(
        (e.posted()
                ? "Posted by " + e.postedBy() + " at " + Formats.timestamp(e.postedAt()) + " UTC"
                : e.state().name())
            + (e.preparedBy().equals(e.postedBy()) ? "" : ", prepared by " + e.preparedBy()));
    reverses.set(e.content().reverses() == null ? "" : "Reverses entry " + e.content().reverses());
    selectedTrade.set(row.trade());
    reversedBy.set("");
    EntryFilter reversals =
        new EntryFilter(e.content().date(), null, EntryKind.REVERSAL, null, null, null)
            .withTrade(e.content().trade());
    executor.execute(
        BackgroundTask.of(
                "Looking for the reversal of entry " + e.id(),
                task ->
                    ledger.entries(actor, reversals, Integer.MAX_VALUE).stream()
                        .filter(r -> Long.valueOf(e.id()).equals(r.content().reverses()))
                        .map(JournalEntry::id)
                        .toList())
            .onSuccess(
                ids -> {
                  if (row.equals(selected.get()) && !ids.isEmpty()) {
                    reversedBy.set(
                        "Reversed by entry "
                            + ids.stream().map(String::valueOf).collect(Collectors.joining(", ")));
                  }
                })
            .onFailure(x -> notice.set(Notice.of("Could not look for the entry's reversal", x))));
  }

  private static LineRow line(JournalLine l, Names n) {
    CurrencyCode c = l.currency();
    return new LineRow(
        n.account(l.account()),
        c,
        l.amount().signum() > 0 ? n.refdata().money(l.debitAmount(), c) : null,
        l.amount().signum() < 0 ? n.refdata().money(l.creditAmount(), c) : null,
        n.refdata().money(l.reportingAmount(), n.reporting()),
        n.reporting(),
        n.refdata().book(l.book()),
        l.strategy() == null ? "" : l.strategy(),
        n.refdata().instrument(l.instrument()),
        l.memo());
  }

  /**
   * A new manual journal dated the business date, for the form; the chart, currencies and books to
   * pick from are read off the FX thread and given to {@code open}.
   */
  public void newManualJournal(Consumer<ManualJournalViewModel> open) {
    if (!postPermitted.allowed()) {
      return;
    }
    executor.execute(
        BackgroundTask.of(
                "Reading the chart of accounts",
                task ->
                    new ManualJournalViewModel(
                        ledger,
                        actor,
                        executor,
                        businessDate.get(),
                        ledger.chart(actor).accounts().stream().filter(a -> !a.header()).toList(),
                        referenceData.currencies(actor).stream()
                            .map(c -> c.code())
                            .sorted()
                            .toList(),
                        BookChoice.of(
                            "Firm-wide (no book)",
                            referenceData.books(actor).stream().filter(b -> !b.retired()).toList()),
                        this::submitted))
            .onSuccess(open::accept)
            .onFailure(e -> notice.set(Notice.of("Could not open a manual journal", e))));
  }

  /** A manual journal was submitted: say it waits for approval and list it with those waiting. */
  private void submitted(ApprovalRequest request) {
    notice.set(
        Notice.success(
            "Manual journal submitted as request #" + request.id().value(),
            "It waits for a second accountant's approval on the Approvals screen and posts when"
                + " approved: "
                + request.summary()));
    refresh();
  }

  /** Whether the user may post manual journals, and if not why (the button's tooltip). */
  public Permitted postPermitted() {
    return postPermitted;
  }

  public TableModel<EntryRow> table() {
    return table;
  }

  /** The selected entry's lines. */
  public TableModel<LineRow> lines() {
    return lines;
  }

  public ObjectProperty<LocalDate> fromProperty() {
    return from;
  }

  public ObjectProperty<LocalDate> toProperty() {
    return to;
  }

  public ObjectProperty<KindChoice> kindProperty() {
    return kind;
  }

  /** Every kind first, then each kind. */
  public List<KindChoice> kinds() {
    return Stream.concat(Stream.of(ALL_KINDS), Stream.of(EntryKind.values()).map(KindChoice::new))
        .toList();
  }

  /** The entry whose lines show. */
  public ObjectProperty<EntryRow> selectedProperty() {
    return selected;
  }

  public ReadOnlyStringProperty detailTitleProperty() {
    return detailTitle.getReadOnlyProperty();
  }

  /** "Reverses entry 12", or empty. */
  public ReadOnlyStringProperty reversesProperty() {
    return reverses.getReadOnlyProperty();
  }

  /** "Reversed by entry 15", or empty. */
  public ReadOnlyStringProperty reversedByProperty() {
    return reversedBy.getReadOnlyProperty();
  }

  /** Who posted the selected entry and when, and who prepared it when another did. */
  public ReadOnlyStringProperty postedProperty() {
    return posted.getReadOnlyProperty();
  }

  /** The selected entry's trade, or empty. */
  public ReadOnlyStringProperty selectedTradeProperty() {
    return selectedTrade.getReadOnlyProperty();
  }

  /** The manual journals waiting for approval. */
  public ReadOnlyObjectProperty<List<ApprovalRequest>> pendingProperty() {
    return pending.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Notice> noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public void dismissNotice() {
    notice.set(Notice.NONE);
  }
}
