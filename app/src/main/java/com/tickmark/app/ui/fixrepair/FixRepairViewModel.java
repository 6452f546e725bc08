package com.tickmark.app.ui.fixrepair;

import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.table.ColumnSpec;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.trade.fix.DropCopyService;
import com.tickmark.model.trade.fix.ExecutionReport;
import com.tickmark.model.trade.fix.ReceivedReport;
import com.tickmark.model.trade.fix.RepairItem;
import com.tickmark.model.trade.fix.ReportOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The FIX repair queue: execution reports the drop copy could not book (an unknown instrument,
 * account or broker, a correction of a trade already confirmed...), oldest first, each with why and
 * the message as received. A clerk retries one once the reference data is put right (it is booked
 * then, and leaves the queue) or dismisses it with a reason; both are in the audit trail.
 */
public final class FixRepairViewModel {
  /** One waiting report as a row of the table. */
  public record RepairRow(
      RepairItem item,
      long id,
      Instant received,
      String execId,
      String type,
      String instrument,
      String side,
      BigDecimal quantity,
      BigDecimal price,
      String sender,
      String reason) {
    static RepairRow of(RepairItem item) {
      ExecutionReport r = ExecutionReport.parse(item.rawMessage(), item.receivedAt());
      String side =
          switch (r.get(ExecutionReport.SIDE)) {
            case "1" -> "BUY";
            case "2" -> "SELL";
            case "5" -> "SELL SHORT";
            default -> r.get(ExecutionReport.SIDE);
          };
      String type =
          switch (r.execType()) {
            case DropCopyService.NEW_EXECUTION -> "New";
            case DropCopyService.CORRECTION -> "Correction";
            case DropCopyService.BUST -> "Bust";
            default -> r.execType();
          };
      String instrument =
          r.has(ExecutionReport.SECURITY_ID)
              ? r.get(ExecutionReport.SECURITY_ID)
                  + (r.has(ExecutionReport.SYMBOL)
                      ? " (" + r.get(ExecutionReport.SYMBOL) + ")"
                      : "")
              : r.get(ExecutionReport.SYMBOL);
      return new RepairRow(
          item,
          item.id(),
          item.receivedAt(),
          item.execId(),
          type,
          instrument,
          side,
          number(r.get(ExecutionReport.LAST_QTY)),
          number(r.get(ExecutionReport.LAST_PX)),
          r.senderCompId(),
          item.reason());
    }

    /** A quantity or price as sent; none where it is not a number (the message shows it). */
    private static BigDecimal number(String text) {
      try {
        return new BigDecimal(text.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }

    /** The message as received, one field a line ("55=SAP"), for people. */
    public String fields() {
      return String.join("\n", item.readableMessage().split("\\|"));
    }
  }

  private final Supplier<DropCopyService> service;
  private final Actor actor;
  private final TaskExecutor executor;
  private final boolean mayRepair;
  private final TableModel<RepairRow> rows =
      new TableModel<>(
          "fixrepair.items",
          "waiting reports",
          List.of(
              ColumnSpec.integer("id", "#", RepairRow::id).withWidth(60),
              ColumnSpec.timestamp("received", "Received (UTC)", RepairRow::received)
                  .withWidth(150),
              ColumnSpec.text("execId", "ExecID", RepairRow::execId).withWidth(110),
              ColumnSpec.text("type", "Type", RepairRow::type).withWidth(85),
              ColumnSpec.text("side", "Side", RepairRow::side).withWidth(60),
              // quantities and prices in the decimals the blotter shows them with
              ColumnSpec.decimal("quantity", "Qty", RepairRow::quantity, 0, 6).withWidth(70),
              ColumnSpec.text("instrument", "Instrument", RepairRow::instrument).withWidth(140),
              ColumnSpec.decimal("price", "Price", RepairRow::price, 2, 8).withWidth(80),
              ColumnSpec.text("sender", "From", RepairRow::sender).withWidth(70),
              ColumnSpec.text("reason", "Why it waits", RepairRow::reason).withWidth(380)));
  private final ObjectProperty<RepairRow> selected = new SimpleObjectProperty<>(this, "selected");
  private final ReadOnlyObjectWrapper<Notice> notice =
      new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final BooleanBinding canAct;

  /**
   * @param service the booking service, with the broker map of the FIX connection (a retry
   *     translates again)
   */
  public FixRepairViewModel(Supplier<DropCopyService> service, Actor actor, TaskExecutor executor) {
    this.service = Objects.requireNonNull(service, "service");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.mayRepair = actor.may(Permission.CAPTURE_TRADES);
    canAct =
        Bindings.createBooleanBinding(
            () -> mayRepair && !busy.get() && selected.get() != null, busy, selected);
  }

  /** The screen became visible: read the queue (reports keep arriving while it is not). */
  public void activate() {
    if (!busy.get()) {
      refresh();
    }
  }

  /** Reads the open items again, keeping the picked one picked while it is still open. */
  public void refresh() {
    Long keep = selected.get() == null ? null : selected.get().id();
    busy.set(true);
    rows.loadingProperty().set(true);
    executor.execute(
        BackgroundTask.of(
                "Reading the FIX repair queue",
                task -> service.get().openRepairs(actor).stream().map(RepairRow::of).toList())
            .onSuccess(
                list -> {
                  rows.setAll(list);
                  selected.set(
                      list.stream()
                          .filter(r -> keep != null && r.id() == keep)
                          .findFirst()
                          .orElse(null));
                })
            .onFailure(e -> notice.set(Notice.of("Could not read the FIX repair queue", e)))
            .onFinished(
                () -> {
                  busy.set(false);
                  rows.loadingProperty().set(false);
                }));
  }

  /** Books the picked report again, against the reference data as it is now. */
  public void retry(String reason) {
    RepairRow row = selected.get();
    if (!canAct.get()) {
      return;
    }
    busy.set(true);
    executor.execute(
        BackgroundTask.of(
                "Retrying repair item #" + row.id(),
                task -> service.get().retryRepair(actor, row.id(), reason.trim()))
            .onSuccess(
                (ReceivedReport booked) -> {
                  notice.set(
                      Notice.success(
                          "Repair item #"
                              + row.id()
                              + (booked.outcome() == ReportOutcome.APPROVAL_REQUESTED
                                  ? " sent for approval"
                                  : " booked"),
                          booked.detail() + "."));
                  selected.set(null);
                })
            .onFailure(
                e -> notice.set(Notice.of("Repair item #" + row.id() + " was not booked", e)))
            .onFinished(
                () -> {
                  busy.set(false);
                  refresh();
                }));
  }

  /** Closes the picked report without booking it. */
  public void dismiss(String reason) {
    RepairRow row = selected.get();
    if (!canAct.get()) {
      return;
    }
    busy.set(true);
    executor.execute(
        BackgroundTask.of(
                "Dismissing repair item #" + row.id(),
                task -> service.get().dismissRepair(actor, row.id(), reason.trim()))
            .onSuccess(
                item -> {
                  notice.set(
                      Notice.info(
                          "Repair item #" + row.id() + " dismissed",
                          "ExecID "
                              + row.execId()
                              + " stays in the message log and the audit trail, but no longer waits"
                              + " here."));
                  selected.set(null);
                })
            .onFailure(e -> notice.set(Notice.of("Could not dismiss repair item #" + row.id(), e)))
            .onFinished(
                () -> {
                  busy.set(false);
                  refresh();
                }));
  }

  public void dismissNotice() {
    notice.set(Notice.NONE);
  }

  public boolean mayRepair() {
    return mayRepair;
  }

  public TableModel<RepairRow> rows() {
    return rows;
  }

  public ObjectProperty<RepairRow> selectedProperty() {
    return selected;
  }

  public ReadOnlyObjectProperty<Notice> noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** Retry and Dismiss: a report is picked, nothing runs, and the user may capture trades. */
  public BooleanBinding canActProperty() {
    return canAct;
  }
}
