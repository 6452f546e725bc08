package com.tickmark.app.ui.settlement;

import com.tickmark.app.ui.common.AgingStrip;
import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.table.ColumnSpec;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.security.Actor;
import com.tickmark.model.settlement.NettingSet;
import com.tickmark.model.settlement.Obligation;
import com.tickmark.model.settlement.ObligationLine;
import com.tickmark.model.settlement.ObligationService;
import com.tickmark.model.settlement.ObligationStatus;
import com.tickmark.model.settlement.SecuritiesNettingSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Obligations screen without controls: every live trade's settlement obligation as of the
 * business date, filtered by status, and the cash and securities netting sets of those still to
 * settle. All are read off the FX thread and applied in one update.
 */
public final class ObligationsViewModel implements ModelViewScreen.Model {
  /** Which obligations the table shows. */
  public enum StatusFilter {
    ALL("All"),
    PENDING("Pending"),
    SETTLED("Settled"),
    FAILED("Failed");

    private final String label;

    StatusFilter(String label) {
      this.label = label;
    }

    boolean accepts(ObligationStatus status) {
      return switch (this) {
        case ALL -> true;
        case PENDING ->
            status == ObligationStatus.PENDING || status == ObligationStatus.PARTIALLY_SETTLED;
        case SETTLED -> status == ObligationStatus.SETTLED;
        case FAILED -> status == ObligationStatus.FAILED;
      };
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** One obligation as a row. */
  public record ObligationRow(
      ObligationLine line,
      String trade,
      String reference,
      String book,
      String counterparty,
      String instrument,
      String side,
      String type,
      BigDecimal quantity,
      BigDecimal settled,
      BigDecimal amount,
      CurrencyCode currency,
      LocalDate intendedDate,
      String ssi,
      String cashAccount,
      String status,
      Long age,
      String bucket) {
    static ObligationRow of(ObligationLine line, SettlementNames names) {
      boolean failed = line.status() == ObligationStatus.FAILED;
      Obligation o = line.obligation();
      Obligation.CashLeg cash = o.cash();
      return new ObligationRow(
          line,
          o.trade().display(),
          o.reference(),
          names.book(o.book()),
          names.counterparty(o.counterparty()),
          names.instrument(o.instrument()),
          o.side().name(),
          o.type().name(),
          o.quantity(),
          line.settled(),
          cash.amount().setScale(names.scale(cash.currency()), RoundingMode.HALF_EVEN),
          cash.currency(),
          o.intendedDate(),
          o.missingSsi() ? "MISSING" : o.ssi().code(),
          names.account(cash.account()),
          line.status().name(),
          failed ? (long) line.ageBusinessDays() : null,
          failed ? line.agingBucket() : "");
    }
  }

  /** One netting set as a row. */
  public record NettingRow(
      NettingSet set,
      LocalDate valueDate,
      String counterparty,
      CurrencyCode currency,
      long obligations,
      BigDecimal pay,
      BigDecimal receive,
      BigDecimal net) {
    static NettingRow of(NettingSet s, SettlementNames names) {
      int scale = names.scale(s.currency());
      return new NettingRow(
          s,
          s.valueDate(),
          names.counterparty(s.counterparty()),
          s.currency(),
          s.members().size(),
          s.pay().setScale(scale, RoundingMode.HALF_EVEN),
          s.receive().setScale(scale, RoundingMode.HALF_EVEN),
          s.net().setScale(scale, RoundingMode.HALF_EVEN));
    }
  }

  /** One securities netting set as a row, naming its member trades. */
  public record SecuritiesNettingRow(
      SecuritiesNettingSet set,
      LocalDate settlementDate,
      String instrument,
      String account,
      String counterparty,
      String basis,
      long obligations,
      BigDecimal receive,
      BigDecimal deliver,
      BigDecimal net,
      CurrencyCode currency,
      BigDecimal cash,
      String trades) {
    static SecuritiesNettingRow of(SecuritiesNettingSet s, SettlementNames names) {
      return new SecuritiesNettingRow(
          s,
          s.settlementDate(),
          names.instrument(s.instrument()),
          names.account(s.account()),
          names.counterparty(s.counterparty()),
          s.netted() ? "Net" : "Gross",
          s.members().size(),
          s.receive(),
          s.deliver(),
          s.net(),
          s.currency(),
          s.cash().setScale(names.scale(s.currency()), RoundingMode.HALF_EVEN),
          s.members().stream().map(o -> o.trade().display()).collect(Collectors.joining(" ")));
    }
  }

  private final ObligationService obligations;
  private final ReferenceDataService referenceData;
  private final Actor actor;
  private final Supplier<LocalDate> businessDate;
  private final TaskExecutor executor;
  private final TableModel<ObligationRow> table =
      new TableModel<>(
          "settlement.obligations",
          "obligations",
          List.of(
              ColumnSpec.text("trade", "Trade", ObligationRow::trade),
              ColumnSpec.text("reference", "Our reference", ObligationRow::reference),
              ColumnSpec.text("book", "Book", ObligationRow::book),
              ColumnSpec.text("counterparty", "Counterparty", ObligationRow::counterparty),
              ColumnSpec.text("instrument", "Instrument", ObligationRow::instrument),
              ColumnSpec.text("side", "Side", ObligationRow::side),
              ColumnSpec.text("type", "Type", ObligationRow::type),
              ColumnSpec.decimal("quantity", "Quantity", ObligationRow::quantity, 0, 6),
              ColumnSpec.decimal("settled", "Settled", ObligationRow::settled, 0, 6),
              ColumnSpec.money(
                  "amount", "Amount", ObligationRow::amount, ObligationRow::currency, 2),
              ColumnSpec.text("currency", "Currency", r -> r.currency().code()),
              ColumnSpec.date("intended", "Intended date", ObligationRow::intendedDate),
              ColumnSpec.text("ssi", "SSI", ObligationRow::ssi),
              ColumnSpec.text("cashAccount", "Cash account", ObligationRow::cashAccount),
              ColumnSpec.text("status", "Status", ObligationRow::status),
              ColumnSpec.integer("age", "Age (business days)", ObligationRow::age),
              ColumnSpec.text("bucket", "Aging bucket", ObligationRow::bucket)));
  private final TableModel<NettingRow> netting =
      new TableModel<>(
          "settlement.netting",
          "netting sets",
          List.of(
              ColumnSpec.date("valueDate", "Value date", NettingRow::valueDate),
              ColumnSpec.text("counterparty", "Counterparty", NettingRow::counterparty),
              ColumnSpec.text("currency", "Currency", r -> r.currency().code()),
              ColumnSpec.integer("obligations", "Obligations", NettingRow::obligations),
              ColumnSpec.money("pay", "Pay", NettingRow::pay, NettingRow::currency, 2),
              ColumnSpec.money("receive", "Receive", NettingRow::receive, NettingRow::currency, 2),
              ColumnSpec.money("net", "Net", NettingRow::net, NettingRow::currency, 2)));
  private final TableModel<SecuritiesNettingRow> securitiesNetting =
      new TableModel<>(
          "settlement.securitiesNetting",
          "securities netting sets",
          List.of(
              ColumnSpec.date(
                  "settlementDate", "Settlement date", SecuritiesNettingRow::settlementDate),
              ColumnSpec.text("instrument", "Instrument", SecuritiesNettingRow::instrument),
              ColumnSpec.text("account", "Custody account", SecuritiesNettingRow::account),
              ColumnSpec.text("counterparty", "Counterparty", SecuritiesNettingRow::counterparty),
              ColumnSpec.text("basis", "Basis", SecuritiesNettingRow::basis),
              ColumnSpec.integer("obligations", "Obligations", SecuritiesNettingRow::obligations),
              ColumnSpec.decimal("receive", "Receive", SecuritiesNettingRow::receive, 0, 6),
              ColumnSpec.decimal("deliver", "Deliver", SecuritiesNettingRow::deliver, 0, 6),
              ColumnSpec.decimal("net", "Net quantity", SecuritiesNettingRow::net, 0, 6),
              ColumnSpec.money(
                  "cash", "Cash", SecuritiesNettingRow::cash, SecuritiesNettingRow::currency, 2),
              ColumnSpec.text("currency", "Currency", r -> r.currency().code()),
              ColumnSpec.text("trades", "Trades", SecuritiesNettingRow::trades)));
  private final ObjectProperty<StatusFilter> status =
      new SimpleObjectProperty<>(this, "status", StatusFilter.ALL);
  private final ReadOnlyObjectWrapper<Notice> notice =
      new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
  private final ReadOnlyObjectWrapper<LocalDate> asOf = new ReadOnlyObjectWrapper<>(this, "asOf");
  private final ReadOnlyObjectWrapper<Map<String, Long>> buckets =
      new ReadOnlyObjectWrapper<>(
          this, "buckets", AgingStrip.counts(List.<ObligationRow>of(), ObligationRow::bucket));
  private List<ObligationRow> all = List.of();
  private boolean loaded;

  public ObligationsViewModel(
      ObligationService obligations,
      ReferenceDataService referenceData,
      Actor actor,
      Supplier<LocalDate> businessDate,
      TaskExecutor executor) {
    this.obligations = Objects.requireNonNull(obligations, "obligations");
    this.referenceData = Objects.requireNonNull(referenceData, "reference data");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.businessDate = Objects.requireNonNull(businessDate, "business date");
    this.executor = Objects.requireNonNull(executor, "executor");
    status.addListener((obs, old, now) -> applyFilter());
  }

  /** The screen became visible: load the first time. */
  @Override
  public void activate() {
    if (!loaded) {
      refresh();
    }
  }

  private record Loaded(
      LocalDate date,
      List<ObligationRow> rows,
      List<NettingRow> sets,
      List<SecuritiesNettingRow> securities) {}

  /** Reads the obligations and netting sets as of the business date again. */
  @Override
  public void refresh() {
    table.loadingProperty().set(true);
    netting.loadingProperty().set(true);
    securitiesNetting.loadingProperty().set(true);
    executor.execute(
        BackgroundTask.of(
                "Reading settlement obligations",
                task -> {
                  LocalDate date = businessDate.get();
                  SettlementNames names = SettlementNames.read(referenceData, actor);
                  List<ObligationRow> rows =
                      obligations.asOf(actor, date, true).stream()
                          .map(l -> ObligationRow.of(l, names))
                          .toList();
                  List<NettingRow> sets =
                      obligations.netting(actor, date).stream()
                          .map(s -> NettingRow.of(s, names))
                          .toList();
                  List<SecuritiesNettingRow> securities =
                      obligations.securitiesNetting(actor, date).stream()
                          .map(s -> SecuritiesNettingRow.of(s, names))
                          .toList();
                  return new Loaded(date, rows, sets, securities);
                })
            .onSuccess(
                l -> {
                  asOf.set(l.date());
                  all = l.rows();
                  loaded = true;
                  applyFilter();
                  netting.setAll(l.sets());
                  securitiesNetting.setAll(l.securities());
                  notice.set(Notice.NONE);
                })
            .onFailure(e -> notice.set(Notice.of("Could not read the settlement obligations", e)))
            .onFinished(
                () -> {
                  table.loadingProperty().set(false);
                  netting.loadingProperty().set(false);
                  securitiesNetting.loadingProperty().set(false);
                }));
  }

  private void applyFilter() {
    StatusFilter f = status.get();
    List<ObligationRow> shown = all.stream().filter(r -> f.accepts(r.line().status())).toList();
    table.setAll(shown);
    buckets.set(
        AgingStrip.counts(
            shown.stream().filter(r -> r.line().status() == ObligationStatus.FAILED).toList(),
            ObligationRow::bucket));
  }

  /** The count per aging bucket of the failed obligations shown. */
  public ReadOnlyObjectProperty<Map<String, Long>> bucketsProperty() {
    return buckets.getReadOnlyProperty();
  }

  public TableModel<ObligationRow> table() {
    return table;
  }

  public TableModel<NettingRow> netting() {
    return netting;
  }

  public TableModel<SecuritiesNettingRow> securitiesNetting() {
    return securitiesNetting;
  }

  public ObjectProperty<StatusFilter> statusProperty() {
    return status;
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
