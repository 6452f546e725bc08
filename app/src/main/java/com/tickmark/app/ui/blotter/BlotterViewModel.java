package com.tickmark.app.ui.blotter;

import com.tickmark.app.area.TradeDetailTab;
import com.tickmark.app.ui.table.Formats;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditService;
import com.tickmark.model.firm.FirmService;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.trade.TradeChanges;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeService;
import com.tickmark.model.trade.TradeVersion;
import com.tickmark.model.trade.blotter.BlotterColumn;
import com.tickmark.model.trade.blotter.BlotterQuery;
import com.tickmark.model.trade.blotter.BlotterQuery.SortKey;
import com.tickmark.model.trade.blotter.BlotterResult;
import com.tickmark.model.trade.blotter.BlotterSource;
import com.tickmark.model.trade.blotter.BlotterSource.FixMessage;
import com.tickmark.model.trade.blotter.ColumnFilter;
import com.tickmark.model.trade.blotter.Totals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The trade blotter: the quick filter, column filters, sort and grouping the user chose, the answer
 * to them (worked out off the FX thread by {@link BlotterData}), which groups are open, the totals
 * of the whole answer and of the selection, and the detail of the one trade picked.
 */
public final class BlotterViewModel {
  private final BlotterData data;
  private final Supplier<BlotterSource> source;
  private final TradeService trades;
  private final AuditService audit;
  private final FirmService firm;
  private final TradeChanges changes;
  private final Actor actor;
  private final TaskExecutor executor;
  private final List<DetailTab> detailTabs;

  /**
   * A tab an area adds to the trade detail, and how to read what it shows of a trade (off the FX
   * thread).
   */
  record DetailTab(String title, String id, Function<TradeId, TradeDetailTab.Content> read) {}

  private final StringProperty quickFilter = new SimpleStringProperty(this, "quickFilter", "");
  private final ObjectProperty<BlotterColumn> groupBy = new SimpleObjectProperty<>(this, "groupBy");
  private final ObservableList<ColumnFilter> filters = FXCollections.observableArrayList();
  private final ObjectProperty<List<SortKey>> sort =
      new SimpleObjectProperty<>(this, "sort", BlotterQuery.DEFAULT_SORT);
  private final ReadOnlyObjectWrapper<BlotterResult> result =
      new ReadOnlyObjectWrapper<>(this, "result");
  private final Set<String> expanded = new HashSet<>();
  private final ReadOnlyIntegerWrapper expansions = new ReadOnlyIntegerWrapper(this, "expansions");
  private final StringProperty countText =
      new SimpleStringProperty(this, "countText", "Loading trades…");
  private final StringProperty totalsText = new SimpleStringProperty(this, "totalsText", "");
  private final StringProperty selectionText = new SimpleStringProperty(this, "selectionText", "");
  private final StringProperty affirmationText =
      new SimpleStringProperty(this, "affirmationText", "");
  private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading", false);
  private final ReadOnlyStringWrapper placeholder =
      new ReadOnlyStringWrapper(this, "placeholder", "Loading trades…");
  private final ReadOnlyObjectWrapper<TradeDetail> detail =
      new ReadOnlyObjectWrapper<>(this, "detail");
  private final StringProperty detailMessage =
      new SimpleStringProperty(this, "detailMessage", "Pick a trade to see its detail");
  private Runnable stopListening;
  private boolean loaded;
  private long detailAsked;

  BlotterViewModel(
      BlotterData data,
      Supplier<BlotterSource> source,
      TradeService trades,
      AuditService audit,
      FirmService firm,
      TradeChanges changes,
      Actor actor,
      TaskExecutor executor) {
    this(data, source, trades, audit, firm, changes, actor, executor, List.of());
  }

  BlotterViewModel(
      BlotterData data,
      Supplier<BlotterSource> source,
      TradeService trades,
      AuditService audit,
      FirmService firm,
      TradeChanges changes,
      Actor actor,
      TaskExecutor executor,
      List<DetailTab> detailTabs) {
    this.detailTabs = List.copyOf(detailTabs);
    this.data = data;
    this.source = source;
    this.trades = trades;
    this.audit = audit;
    this.firm = firm;
    this.changes = changes;
    this.actor = actor;
    this.executor = executor;
    quickFilter.addListener((o, was, now) -> requery());
    groupBy.addListener(
        (o, was, now) -> {
          expanded.clear();
          requery();
        });
    sort.addListener((o, was, now) -> requery());
    filters.addListener((ListChangeListener<ColumnFilter>) c -> requery());
    // a load that ends asks again, and the answer says what the table holds
    loading.addListener(
        (o, was, now) -> {
          if (now) {
            updatePlaceholder();
          }
        });
  }

  /** The screen became visible: read the trades the first time, and from then on follow changes. */
  void activate() {
    if (stopListening == null) {
      stopListening = changes.listen(notice -> data.noticed(notice, this::requery, this::reload));
    }
    if (!loaded) {
      loaded = true;
      reload();
    }
  }

  /** The window closes: stop following changes. */
  void dispose() {
    if (stopListening != null) {
      stopListening.run();
      stopListening = null;
    }
  }

  /** Reads every trade again (F5, or after trades were removed). */
  void reload() {
    loading.set(true);
    countText.set("Loading trades…");
    executor.execute(
        BackgroundTask.of("Loading the blotter", task -> data.load(task, this::query, this::show))
            .onSuccess(
                n -> {
                  loading.set(false);
                  requery();
                })
            .onCancelled(
                () -> {
                  loading.set(false);
                  requery();
                })
            .onFailure(
                error -> {
                  loading.set(false);
                  countText.set("Could not read the trades: " + error.getMessage());
                  placeholder.set("Could not read the trades; press F5 to try again");
                }));
  }

  /** The question the user is asking now. */
  BlotterQuery query() {
    return new BlotterQuery(quickFilter.get(), List.copyOf(filters), sort.get(), groupBy.get());
  }

  /** Asks again (after any change of filter, sort or grouping, or new trades). */
  void requery() {
    data.query(query(), this::show);
  }

  private void show(BlotterResult r) {
    result.set(r);
    int held = data.table() == null ? 0 : data.table().size();
    String of =
        r.size() == held
            ? Formats.grouped(held) + " trades"
            : Formats.grouped(r.size()) + " of " + Formats.grouped(held) + " trades";
    countText.set(data.isComplete() || !loading.get() ? of : of + " (reading…)");
    totalsText.set(describe("Shown", r.totals()));
    affirmationText.set(affirmation(r));
    updatePlaceholder();
  }

  /**
   * What the empty table says: loading until the first answer after a load (never "No trades match"
   * while trades are still being read), then the shared rule of every table.
   */
  private void updatePlaceholder() {
    BlotterResult r = result.get();
    if (r == null || data.table() == null) {
      placeholder.set("Loading trades…");
      return;
    }
    placeholder.set(
        TableModel.emptyText(
            "trades",
            loading.get(),
            data.table().size(),
            r.size(),
            filters.isEmpty() ? quickFilter.get() : null));
  }

  /** "Same-day affirmation 97.31% (1,204 of 1,237)" over what is shown. */
  private static String affirmation(BlotterResult r) {
    Totals t = r.totals();
    return t.sameDayRate()
        .map(
            rate ->
                "Affirmed same day: "
                    + percent(rate)
                    + " ("
                    + Formats.grouped(t.affirmedSameDay())
                    + " of "
                    + Formats.grouped(t.affirmationCounted())
                    + ")")
        .orElse("");
  }

  static String percent(BigDecimal fraction) {
    return Formats.grouped(fraction.movePointRight(2), 2) + "%";
  }

  /** Between the parts of a totals line; the bar wraps there when it runs out of room. */
  static final String PARTS = "  ·  ";

  /**
   * "Selected 3 trades · net 1,200, gross 1,600 shares · notional USD 1,234,567.89 · commission USD
   * 123.45": quantities one unit at a time, amounts in the reporting currency.
   */
  String describe(String what, Totals t) {
    String currency =
        data.table() == null ? "" : data.table().reference().reportingCurrency().code();
    List<String> parts = new ArrayList<>();
    parts.add(what + " " + BlotterFormat.trades(t.count()));
    t.quantities().forEach(q -> parts.add(BlotterFormat.quantity(q)));
    parts.add("Notional " + currency + " " + Formats.grouped(t.notional(), 2));
    parts.add("Commission " + currency + " " + Formats.grouped(t.commission(), 2));
    if (t.withoutRate() != 0) {
      parts.add(Formats.grouped(t.withoutRate()) + " without an FX rate left out of the amounts");
    }
    return String.join(PARTS, parts);
  }

  /** The user selected these table rows (group lines count as their whole group). */
  void selected(int[] rows, List<Long> tradeIds) {
    if (rows.length == 0 || data.table() == null) {
      selectionText.set("");
    } else {
      selectionText.set(describe("Selected", Totals.of(data.table(), rows)));
    }
    if (tradeIds.size() == 1) {
      loadDetail(new TradeId(tradeIds.get(0)));
    } else {
      detailAsked++;
      detail.set(null);
      detailMessage.set(
          tradeIds.isEmpty()
              ? "Pick a trade to see its detail"
              : Formats.grouped(tradeIds.size()) + " trades selected");
    }
  }

  private void loadDetail(TradeId id) {
    long asked = ++detailAsked;
    detailMessage.set("Reading " + id + "…");
    executor.execute(
        BackgroundTask.of(
                "Reading trade " + id,
                task -> {
                  List<TradeVersion> versions = trades.history(actor, id);
                  if (versions.isEmpty()) {
                    throw new IllegalStateException("it is no longer in the workspace");
                  }
                  List<FixMessage> fix = source.get().fixMessages(id);
                  return new TradeDetail(
                      versions,
                      fix,
                      actor.may(Permission.VIEW_AUDIT)
                          ? audit.search(
                              actor,
                              new AuditFilter(
                                  null, TradeService.ENTITY, id.display(), null, null, null, 500))
                          : List.of(),
                      TradeOrigin.of(versions.get(0), fix, firm.profile().demo()),
                      detailTabs.stream().map(t -> contributed(t, id)).toList());
                })
            .onSuccess(
                d -> {
                  if (asked == detailAsked) {
                    detail.set(d);
                    detailMessage.set("");
                  }
                })
            .onFailure(
                error -> {
                  if (asked == detailAsked) {
                    detail.set(null);
                    detailMessage.set("Could not read " + id + ": " + error.getMessage());
                  }
                }));
  }

  /** What an area's tab shows of trade {@code id}; a sentence when the area could not say. */
  private static TradeDetailTab.Content contributed(DetailTab tab, TradeId id) {
    try {
      return tab.read().apply(id);
    } catch (RuntimeException e) {
      return new TradeDetailTab.Content(
          List.of(
              new TradeDetailTab.Section(
                  tab.title(), List.of(), List.of(), "Could not read it: " + e.getMessage())));
    }
  }

  /** The tabs the areas add to the trade detail, in the order of the areas. */
  List<DetailTab> detailTabs() {
    return detailTabs;
  }

  /** Opens or closes a group. */
  void toggle(String group) {
    if (!expanded.remove(group)) {
      expanded.add(group);
    }
    expansions.set(expansions.get() + 1);
  }

  boolean isExpanded(String group) {
    return expanded.contains(group);
  }

  void expandAll(boolean open) {
    expanded.clear();
    BlotterResult r = result.get();
    if (open && r != null) {
      r.groups().forEach(g -> expanded.add(g.label()));
    }
    expansions.set(expansions.get() + 1);
  }

  /** Moves on whenever a group opens or closes. */
  public ReadOnlyIntegerProperty expansionsProperty() {
    return expansions.getReadOnlyProperty();
  }

  /** Replaces the column filter on the same column; null removes it. */
  void setFilter(BlotterColumn column, ColumnFilter filter) {
    List<ColumnFilter> next = new ArrayList<>(filters);
    next.removeIf(f -> f.column() == column);
    if (filter != null) {
      next.add(filter);
    }
    filters.setAll(next);
  }

  /** Shows a saved view: its quick filter, column filters, sort and grouping. */
  void apply(BlotterQuery saved) {
    expanded.clear();
    filters.setAll(saved.filters());
    sort.set(saved.sort());
    groupBy.set(saved.groupBy());
    quickFilter.set(saved.quickFilter());
    requery();
  }

  public StringProperty quickFilterProperty() {
    return quickFilter;
  }

  public ObjectProperty<BlotterColumn> groupByProperty() {
    return groupBy;
  }

  public ObservableList<ColumnFilter> filters() {
    return filters;
  }

  public ObjectProperty<List<SortKey>> sortProperty() {
    return sort;
  }

  public ReadOnlyObjectProperty<BlotterResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  public StringProperty countTextProperty() {
    return countText;
  }

  public StringProperty totalsTextProperty() {
    return totalsText;
  }

  public StringProperty selectionTextProperty() {
    return selectionText;
  }

  public StringProperty affirmationTextProperty() {
    return affirmationText;
  }

  public BooleanProperty loadingProperty() {
    return loading;
  }

  /** What the table says while it shows no trade: loading, none held, or none matching. */
  public ReadOnlyStringProperty placeholderProperty() {
    return placeholder.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<TradeDetail> detailProperty() {
    return detail.getReadOnlyProperty();
  }

  public StringProperty detailMessageProperty() {
    return detailMessage;
  }

  BlotterData data() {
    return data;
  }

  Actor actor() {
    return actor;
  }
}
