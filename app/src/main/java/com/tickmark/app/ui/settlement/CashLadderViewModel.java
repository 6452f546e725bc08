package com.tickmark.app.ui.settlement;

import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.table.ColumnSpec;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.security.Actor;
import com.tickmark.model.settlement.CashLadder;
import com.tickmark.model.settlement.CashLadderService;
import com.tickmark.model.settlement.LadderAccount;
import com.tickmark.model.settlement.LadderDay;
import com.tickmark.model.settlement.LadderMovement;
import com.tickmark.model.settlement.Obligation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Cash ladder screen without controls: one row per currency, cash account and business day, and
 * below it the obligations behind the figure the user drills into (a day's receipts, its payments,
 * or all its movements).
 */
public final class CashLadderViewModel implements ModelViewScreen.Model {
  /** The figure of a ladder row a user drills into. */
  public enum Figure {
    RECEIPTS("receipts"),
    PAYMENTS("payments"),
    NET("movements");

    private final String noun;

    Figure(String noun) {
      this.noun = noun;
    }

    List<LadderMovement> of(LadderDay day) {
      return switch (this) {
        case RECEIPTS -> day.receiptMovements();
        case PAYMENTS -> day.paymentMovements();
        case NET -> day.movements();
      };
    }
  }

  /** One day of one cash account. */
  public record LadderRow(
      LadderDay day,
      CurrencyCode currency,
      String cashAccount,
      LocalDate date,
      BigDecimal opening,
      BigDecimal receipts,
      BigDecimal payments,
      BigDecimal net,
      BigDecimal projected,
      long obligations) {
    static LadderRow of(LadderAccount account, LadderDay day, SettlementNames names) {
      return new LadderRow(
          day,
          account.currency(),
          account.account() == null ? "(none)" : names.account(account.account()),
          day.date(),
          day.opening(),
          day.receipts(),
          day.payments(),
          day.net(),
          day.projected(),
          day.movements().size());
    }
  }

  /** One obligation behind a figure. */
  public record MovementRow(
      LadderMovement movement,
      String trade,
      String reference,
      String counterparty,
      String instrument,
      String side,
      LocalDate intendedDate,
      String status,
      BigDecimal amount,
      CurrencyCode currency) {
    static MovementRow of(LadderMovement m, CurrencyCode currency, SettlementNames names) {
      Obligation o = m.obligation();
      return new MovementRow(
          m,
          o.trade().display(),
          o.reference(),
          names.counterparty(o.counterparty()),
          names.instrument(o.instrument()),
          o.side().name(),
          o.intendedDate(),
          m.line().status().name(),
          m.amount(),
          currency);
    }
  }

  private final CashLadderService ladder;
  private final ReferenceDataService referenceData;
  private final Actor actor;
  private final Supplier<LocalDate> businessDate;
  private final TaskExecutor executor;
  private final TableModel<LadderRow> days =
      new TableModel<>(
          "settlement.ladder",
          "ladder days",
          List.of(
              ColumnSpec.text("currency", "Currency", r -> r.currency().code()),
              ColumnSpec.text("cashAccount", "Cash account", LadderRow::cashAccount),
              ColumnSpec.date("date", "Date", LadderRow::date),
              ColumnSpec.money("opening", "Opening", LadderRow::opening, LadderRow::currency, 2),
              ColumnSpec.money("receipts", "Receipts", LadderRow::receipts, LadderRow::currency, 2),
              ColumnSpec.money("payments", "Payments", LadderRow::payments, LadderRow::currency, 2),
              ColumnSpec.money("net", "Net", LadderRow::net, LadderRow::currency, 2),
              ColumnSpec.money(
                  "projected", "Projected balance", LadderRow::projected, LadderRow::currency, 2),
              ColumnSpec.integer("obligations", "Obligations", LadderRow::obligations)));
  private final TableModel<MovementRow> movements =
      new TableModel<>(
          "settlement.ladder.obligations",
          "obligations",
          List.of(
              ColumnSpec.text("trade", "Trade", MovementRow::trade),
              ColumnSpec.text("reference", "Our reference", MovementRow::reference),
              ColumnSpec.text("counterparty", "Counterparty", MovementRow::counterparty),
              ColumnSpec.text("instrument", "Instrument", MovementRow::instrument),
              ColumnSpec.text("side", "Side", MovementRow::side),
              ColumnSpec.date("intended", "Intended date", MovementRow::intendedDate),
              ColumnSpec.text("status", "Status", MovementRow::status),
              ColumnSpec.money("amount", "Amount", MovementRow::amount, MovementRow::currency, 2),
              ColumnSpec.text("currency", "Currency", r -> r.currency().code())));
  private final ReadOnlyObjectWrapper<Notice> notice =
      new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
  private final ReadOnlyStringWrapper drillTitle =
      new ReadOnlyStringWrapper(this, "drillTitle", "Select a day to see its obligations");
  private SettlementNames names;
  private boolean loaded;

  public CashLadderViewModel(
      CashLadderService ladder,
      ReferenceDataService referenceData,
      Actor actor,
      Supplier<LocalDate> businessDate,
      TaskExecutor executor) {
    this.ladder = Objects.requireNonNull(ladder, "cash ladder");
    this.referenceData = Objects.requireNonNull(referenceData, "reference data");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.businessDate = Objects.requireNonNull(businessDate, "business date");
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /** The screen became visible: load the first time. */
  @Override
  public void activate() {
    if (!loaded) {
      refresh();
    }
  }

  private record Loaded(SettlementNames names, List<LadderRow> rows) {}

  /** Reads the ladder as of the business date again. */
  @Override
  public void refresh() {
    days.loadingProperty().set(true);
    executor.execute(
        BackgroundTask.of(
                "Building the cash ladder",
                task -> {
                  SettlementNames n = SettlementNames.read(referenceData, actor);
                  CashLadder l = ladder.ladder(actor, businessDate.get());
                  List<LadderRow> rows = new ArrayList<>();
                  for (LadderAccount a : l.accounts()) {
                    for (LadderDay d : a.days()) {
                      rows.add(LadderRow.of(a, d, n));
                    }
                  }
                  return new Loaded(n, rows);
                })
            .onSuccess(
                l -> {
                  names = l.names();
                  days.setAll(l.rows());
                  movements.clear();
                  drillTitle.set("Select a day to see its obligations");
                  loaded = true;
                  notice.set(Notice.NONE);
                })
            .onFailure(e -> notice.set(Notice.of("Could not build the cash ladder", e)))
            .onFinished(() -> days.loadingProperty().set(false)));
  }

  /** Shows the obligations behind {@code figure} of {@code row}. */
  public void drill(LadderRow row, Figure figure) {
    if (row == null || names == null) {
      movements.clear();
      return;
    }
    List<LadderMovement> behind = figure.of(row.day());
    movements.setAll(behind.stream().map(m -> MovementRow.of(m, row.currency(), names)).toList());
    drillTitle.set(
        behind.size()
            + " "
            + (behind.size() == 1 ? "obligation" : "obligations")
            + " behind the "
            + figure.noun
            + " of "
            + row.cashAccount()
            + " ("
            + row.currency().code()
            + ") on "
            + row.date());
  }

  public TableModel<LadderRow> days() {
    return days;
  }

  public TableModel<MovementRow> movements() {
    return movements;
  }

  public void dismissNotice() {
    notice.set(Notice.NONE);
  }

  public ReadOnlyObjectProperty<Notice> noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty drillTitleProperty() {
    return drillTitle.getReadOnlyProperty();
  }
}
