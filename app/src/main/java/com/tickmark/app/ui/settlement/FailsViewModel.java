package com.tickmark.app.ui.settlement;

import com.tickmark.app.ui.common.AgingStrip;
import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.common.Permitted;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.table.ColumnSpec;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.settlement.penalty.Penalty;
import com.tickmark.model.settlement.penalty.PenaltyService;
import com.tickmark.model.settlement.status.FailNote;
import com.tickmark.model.settlement.status.FailReasons;
import com.tickmark.model.settlement.status.SettlementFail;
import com.tickmark.model.settlement.status.SettlementFails;
import com.tickmark.model.settlement.status.SettlementStatusService;
import com.tickmark.model.settlement.status.StatusLine;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Fails screen without controls: the settlement fails as of the business date with their reason
 * in words, age, aging bucket, value, the CSDR penalties accrued on them, owner and comment; open
 * ones only or all; the count per aging bucket of those shown; the status history of the selected
 * fail (each custodian status line about its trade); and assigning a fail to a user with a comment
 * (WORK_SETTLEMENTS, audited by the service). Read and written off the FX thread.
 */
public final class FailsViewModel implements ModelViewScreen.Model {
  /** The aging buckets, in order. */
  public static final List<String> BUCKETS = SettlementFail.BUCKETS;

  /** Which fails the table shows. */
  public enum StateFilter {
    OPEN("Open only"),
    ALL("All");

    private final String label;

    StateFilter(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /**
   * One fail as a row.
   *
   * @param penalties the CSDR cash penalties accrued on the fail up to the business date, signed
   *     from the firm's side (negative when we pay), in {@code penaltyCurrency}; null when none
   *     accrued (the fail is not in an EU CSD, or no day of it was charged yet)
   */
  public record FailRow(
      SettlementFail fail,
      String trade,
      String reference,
      String counterparty,
      String instrument,
      String side,
      LocalDate intendedDate,
      String reason,
      String reasonMeaning,
      long age,
      String bucket,
      BigDecimal value,
      CurrencyCode currency,
      String status,
      String owner,
      String comment,
      String statusLine,
      BigDecimal penalties,
      CurrencyCode penaltyCurrency) {
    static FailRow of(SettlementFail f, SettlementNames names, List<Penalty> accrued) {
      Trade t = f.trade();
      FailNote note = f.note();
      CurrencyCode penaltyCurrency = accrued.isEmpty() ? t.currency() : accrued.get(0).currency();
      return new FailRow(
          f,
          t.id().display(),
          t.execId(),
          names.counterparty(t.counterpartyId()),
          names.instrument(t.instrumentId()),
          t.side().name(),
          f.intendedDate(),
          f.reason(),
          FailReasons.meaning(f.reason()),
          f.ageBusinessDays(),
          f.agingBucket(),
          f.value().setScale(names.scale(t.currency()), RoundingMode.HALF_EVEN),
          t.currency(),
          f.state().name(),
          note == null ? "" : note.owner(),
          note == null ? "" : note.comment(),
          f.statusLine() == null ? "" : f.statusLine(),
          accrued.isEmpty()
              ? null
              : accrued.stream()
                  .map(Penalty::signedAmount)
                  .reduce(BigDecimal.ZERO, BigDecimal::add)
                  .setScale(names.scale(penaltyCurrency), RoundingMode.HALF_EVEN),
          penaltyCurrency);
    }

    boolean open() {
      return fail().state() == SettlementFail.FailState.OPEN;
    }
  }

  /**
   * One custodian status line about the selected fail's trade: where it came from, the statement's
   * date, the status, the reason and what had settled and remained.
   */
  public record StatusRow(
      String file,
      long line,
      LocalDate statementDate,
      String status,
      String reason,
      BigDecimal settled,
      BigDecimal remaining) {
    static StatusRow of(StatusLine l) {
      return new StatusRow(
          l.fileName(),
          l.line(),
          l.statementDate(),
          l.status().name(),
          FailReasons.describe(l.reasonCode()),
          l.settledQuantity(),
          l.remainingQuantity());
    }
  }

  private static final String NO_FAIL_SELECTED = "Select a fail to see its custodian status lines";

  private final SettlementFails fails;
  private final PenaltyService penalties;
  private final SettlementStatusService statuses;
  private final ReferenceDataService referenceData;
  private final Actor actor;
  private final Supplier<LocalDate> businessDate;
  private final TaskExecutor executor;
  private final Permitted assignPermitted;
  private final TableModel<FailRow> table =
      new TableModel<>(
          "settlement.fails",
          "fails",
          List.of(
              ColumnSpec.text("trade", "Trade", FailRow::trade),
              ColumnSpec.text("reference", "Our reference", FailRow::reference),
              ColumnSpec.text("counterparty", "Counterparty", FailRow::counterparty),
              ColumnSpec.text("instrument", "Instrument", FailRow::instrument),
              ColumnSpec.text("side", "Side", FailRow::side),
              ColumnSpec.date("intended", "Intended date", FailRow::intendedDate),
              ColumnSpec.text("reason", "Reason", FailRow::reason),
              ColumnSpec.text("reasonMeaning", "Reason meaning", FailRow::reasonMeaning),
              ColumnSpec.integer("age", "Age (business days)", FailRow::age),
              ColumnSpec.text("bucket", "Aging bucket", FailRow::bucket),
              ColumnSpec.money("value", "Value", FailRow::value, FailRow::currency, 2),
              ColumnSpec.text("currency", "Currency", r -> r.currency().code()),
              ColumnSpec.money(
                  "penalties",
                  "Penalties accrued",
                  FailRow::penalties,
                  FailRow::penaltyCurrency,
                  2),
              ColumnSpec.text("status", "Status", FailRow::status),
              ColumnSpec.text("owner", "Owner", FailRow::owner),
              ColumnSpec.text("comment", "Comment", FailRow::comment),
              ColumnSpec.text("statusLine", "Status file line", FailRow::statusLine)));
  private final TableModel<StatusRow> history =
      new TableModel<>(
          "settlement.fails.history",
          "status lines",
          List.of(
              ColumnSpec.text("file", "File", StatusRow::file),
              ColumnSpec.integer("line", "Line", StatusRow::line),
              ColumnSpec.date("statement", "Statement date", StatusRow::statementDate),
              ColumnSpec.text("status", "Status", StatusRow::status),
              ColumnSpec.text("reason", "Reason", StatusRow::reason),
              ColumnSpec.decimal("settled", "Settled", StatusRow::settled, 0, 6),
              ColumnSpec.decimal("remaining", "Remaining", StatusRow::remaining, 0, 6)));
  private final ReadOnlyStringWrapper historyTitle =
      new ReadOnlyStringWrapper(this, "historyTitle", NO_FAIL_SELECTED);
  private final ObjectProperty<StateFilter> state =
      new SimpleObjectProperty<>(this, "state", StateFilter.OPEN);
  private final ReadOnlyObjectWrapper<Map<String, Long>> buckets =
      new ReadOnlyObjectWrapper<>(
          this, "buckets", AgingStrip.counts(List.<FailRow>of(), FailRow::bucket));
  private final ReadOnlyObjectWrapper<Notice> notice =
      new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
  private final ReadOnlyObjectWrapper<LocalDate> asOf = new ReadOnlyObjectWrapper<>(this, "asOf");
  private List<FailRow> all = List.of();
  private boolean loaded;
  private FailRow selected;

  public FailsViewModel(
      SettlementFails fails,
      PenaltyService penalties,
      SettlementStatusService statuses,
      ReferenceDataService referenceData,
      Actor actor,
      Supplier<LocalDate> businessDate,
      TaskExecutor executor) {
    this.fails = Objects.requireNonNull(fails, "fails");
    this.penalties = Objects.requireNonNull(penalties, "penalties");
    this.statuses = Objects.requireNonNull(statuses, "statuses");
    this.referenceData = Objects.requireNonNull(referenceData, "reference data");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.businessDate = Objects.requireNonNull(businessDate, "business date");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.assignPermitted =
        Permitted.to(actor, Permission.WORK_SETTLEMENTS, "assign settlement fails");
    state.addListener((obs, old, now) -> applyFilter());
  }

  /** The screen became visible: load the first time. */
  @Override
  public void activate() {
    if (!loaded) {
      refresh();
    }
  }

  private record Loaded(LocalDate date, List<FailRow> rows) {}

  /** Reads the fails (open and resolved) as of the business date again. */
  @Override
  public void refresh() {
    table.loadingProperty().set(true);
    executor.execute(
        BackgroundTask.of(
                "Reading settlement fails",
                task -> {
                  LocalDate date = businessDate.get();
                  SettlementNames names = SettlementNames.read(referenceData, actor);
                  List<SettlementFail> failing = fails.asOf(actor, date, true);
                  Map<TradeId, List<Penalty>> accrued = accrued(failing, date);
                  List<FailRow> rows =
                      failing.stream()
                          .map(
                              f ->
                                  FailRow.of(
                                      f, names, accrued.getOrDefault(f.trade().id(), List.of())))
                          .toList();
                  return new Loaded(date, rows);
                })
            .onSuccess(
                l -> {
                  asOf.set(l.date());
                  all = l.rows();
                  loaded = true;
                  applyFilter();
                  notice.set(Notice.NONE);
                })
            .onFailure(e -> notice.set(Notice.of("Could not read the settlement fails", e)))
            .onFinished(() -> table.loadingProperty().set(false)));
  }

  /**
   * The penalties of every fail from the earliest intended date to {@code date}, priced in one run
   * for the whole list, by trade.
   */
  private Map<TradeId, List<Penalty>> accrued(List<SettlementFail> failing, LocalDate date) {
    return failing.stream()
        .map(SettlementFail::intendedDate)
        .min(LocalDate::compareTo)
        .map(
            from ->
                penalties.between(actor, from, date).penalties().stream()
                    .collect(Collectors.groupingBy(Penalty::trade)))
        .orElse(Map.of());
  }

  /**
   * Shows the custodian status lines about {@code row}'s trade, oldest statement first, read off
   * the FX thread; nothing when {@code row} is null.
   */
  public void select(FailRow row) {
    selected = row;
    if (row == null) {
      history.clear();
      historyTitle.set(NO_FAIL_SELECTED);
      return;
    }
    history.loadingProperty().set(true);
    TradeId trade = row.fail().trade().id();
    executor.execute(
        BackgroundTask.of(
                "Reading the status lines of " + row.trade(),
                task -> statuses.linesOf(actor, trade).stream().map(StatusRow::of).toList())
            .onSuccess(
                lines -> {
                  if (selected != row) {
                    return; // another fail was picked meanwhile
                  }
                  history.setAll(lines);
                  historyTitle.set(
                      "Custodian status lines of "
                          + row.trade()
                          + " ("
                          + row.reference()
                          + ", "
                          + row.counterparty()
                          + ")");
                })
            .onFailure(
                e -> notice.set(Notice.of("Could not read the status lines of " + row.trade(), e)))
            .onFinished(() -> history.loadingProperty().set(false)));
  }

  private void applyFilter() {
    boolean openOnly = state.get() != StateFilter.ALL;
    List<FailRow> shown = all.stream().filter(r -> !openOnly || r.open()).toList();
    table.setAll(shown);
    buckets.set(AgingStrip.counts(shown, FailRow::bucket));
  }

  /** Whether the user may assign fails, and if not why (the Assign button's tooltip). */
  public Permitted assignPermitted() {
    return assignPermitted;
  }

  /** A form assigning {@code row}'s fail: owner (from the firm's users) and comment. */
  public AssignForm assignForm(FailRow row) {
    if (!assignPermitted.allowed()) {
      throw new IllegalStateException(assignPermitted.whyNot());
    }
    return new AssignForm(Objects.requireNonNull(row, "row"));
  }

  /** Assigning one fail: the choices, the fields, and sending it off the FX thread. */
  public final class AssignForm {
    private final FailRow row;
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final StringProperty owner = new SimpleStringProperty(this, "owner");
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final BooleanBinding canSend =
        Bindings.createBooleanBinding(
            () -> owner.get() != null && !owner.get().isBlank() && !busy.get(), owner, busy);

    private AssignForm(FailRow row) {
      this.row = row;
      owner.set(row.owner().isEmpty() ? null : row.owner());
      comment.set(row.comment());
      executor.execute(
          BackgroundTask.of("Reading the users", task -> fails.owners(actor))
              .onSuccess(
                  users -> {
                    owners.setAll(users);
                    if (owner.get() == null && users.contains(actor.username())) {
                      owner.set(actor.username());
                    }
                    loaded.set(true);
                  })
              .onFailure(e -> error.set("Could not read the users: " + message(e))));
    }

    public FailRow row() {
      return row;
    }

    public ObservableList<String> owners() {
      return owners;
    }

    public StringProperty ownerProperty() {
      return owner;
    }

    public StringProperty commentProperty() {
      return comment;
    }

    public ReadOnlyBooleanProperty busyProperty() {
      return busy;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
      return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
      return error.getReadOnlyProperty();
    }

    /** OK may be pressed: an owner is chosen and nothing is being sent. */
    public BooleanBinding canSend() {
      return canSend;
    }

    /**
     * Assigns the fail off the FX thread; on success reloads the list and runs {@code done} (which
     * closes the dialog); a refusal stays in {@link #errorProperty()}.
     */
    public void send(Runnable done) {
      if (!canSend.get()) {
        return;
      }
      busy.set(true);
      error.set("");
      String who = owner.get();
      String text = comment.get();
      executor.execute(
          BackgroundTask.of(
                  "Assigning the fail of " + row.trade(),
                  task -> fails.assign(actor, row.fail().trade().id(), who, text))
              .onSuccess(
                  note -> {
                    refresh();
                    done.run();
                  })
              .onFailure(e -> error.set(message(e)))
              .onFinished(() -> busy.set(false)));
    }
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  public TableModel<FailRow> table() {
    return table;
  }

  /** The status history of the selected fail. */
  public TableModel<StatusRow> history() {
    return history;
  }

  /** What the status history shows: whose lines, or that no fail is selected. */
  public ReadOnlyStringProperty historyTitleProperty() {
    return historyTitle.getReadOnlyProperty();
  }

  public ObjectProperty<StateFilter> stateProperty() {
    return state;
  }

  /** The number of fails shown per aging bucket, in bucket order. */
  public ReadOnlyObjectProperty<Map<String, Long>> bucketsProperty() {
    return buckets.getReadOnlyProperty();
  }

  public void dismissNotice() {
    notice.set(Notice.NONE);
  }

  public ReadOnlyObjectProperty<Notice> noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<LocalDate> asOfProperty() {
    return asOf.getReadOnlyProperty();
  }
}
