package com.tickmark.app.ui.approvals;

import com.tickmark.app.ui.common.Changes;
import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.common.TradeValues;
import com.tickmark.app.ui.common.UtcTimes;
import com.tickmark.app.ui.table.ColumnSpec;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.approval.ApprovalService;
import com.tickmark.model.approval.ApprovalStatus;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.security.Actor;
import com.tickmark.model.users.UserService;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The four-eyes inbox of the signed-in user: the pending requests they may decide (never their own)
 * and the requests they submitted, whatever became of them. Approving takes an optional comment,
 * rejecting needs one for the maker; both run in the background, then both lists are read again. A
 * refusal by the service is shown as it says it.
 */
public final class ApprovalsViewModel {
  /** Labels of the kinds of request the services submit; others are shown by their code. */
  static final Map<String, String> KIND_LABELS = Map.of(UserService.ROLE_CHANGE, "Role change");

  /**
   * One request as a row of either table.
   *
   * @param waitingForMe in the "Waiting for you" list: pending, someone else's, and of a kind the
   *     user may decide
   * @param changes the before and after field by field, as {@link TradeValues} writes them
   */
  public record RequestRow(
      ApprovalRequest request,
      boolean waitingForMe,
      List<Changes.FieldChange> changes,
      long number,
      String kind,
      String summary,
      String maker,
      String submittedAt,
      String reason,
      String status,
      String checker,
      String decidedAt,
      String comment) {

    static RequestRow of(ApprovalRequest r, boolean waitingForMe, TradeValues values) {
      return new RequestRow(
          r,
          waitingForMe,
          values.changes(r.before(), r.after()),
          r.id().value(),
          kindLabel(r.kind()),
          r.summary(),
          r.maker(),
          UtcTimes.format(r.submittedAt()),
          r.reason(),
          statusLabel(r.status()),
          r.checker(),
          UtcTimes.format(r.decidedAt()),
          r.comment());
    }

    public boolean isPending() {
      return request.isPending();
    }

    /** "#3 · Role change". */
    public String headline() {
      return "#" + number + " \u00b7 " + kind;
    }
  }

  private final ApprovalService approvals;
  private final ReferenceDataService referenceData;
  private final Actor actor;
  private final TaskExecutor executor;
  private final TableModel<RequestRow> waiting =
      new TableModel<>(
          "approvals.waiting",
          "requests waiting for you",
          List.of(
              ColumnSpec.integer("number", "#", RequestRow::number).withWidth(46),
              ColumnSpec.text("kind", "Kind", RequestRow::kind).withWidth(95),
              ColumnSpec.text("summary", "Summary", RequestRow::summary).withWidth(300),
              ColumnSpec.text("maker", "Maker", RequestRow::maker).withWidth(75),
              ColumnSpec.text("submittedAt", "Submitted (UTC)", RequestRow::submittedAt)
                  .withWidth(145),
              ColumnSpec.text("reason", "Reason", RequestRow::reason).withWidth(220)));
  private final TableModel<RequestRow> submitted =
      new TableModel<>(
          "approvals.submitted",
          "requests submitted by you",
          List.of(
              ColumnSpec.integer("number", "#", RequestRow::number).withWidth(46),
              ColumnSpec.text("kind", "Kind", RequestRow::kind).withWidth(95),
              ColumnSpec.text("summary", "Summary", RequestRow::summary).withWidth(300),
              ColumnSpec.text("status", "Status", RequestRow::status).withWidth(85),
              ColumnSpec.text("submittedAt", "Submitted (UTC)", RequestRow::submittedAt)
                  .withWidth(145),
              ColumnSpec.text("checker", "Decided by", RequestRow::checker).withWidth(90),
              ColumnSpec.text("comment", "Comment", RequestRow::comment).withWidth(200),
              ColumnSpec.text("reason", "Reason", RequestRow::reason).withWidth(200)));
  private final ObjectProperty<RequestRow> selected = new SimpleObjectProperty<>(this, "selected");
  private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyObjectWrapper<Notice> notice =
      new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
  private final ReadOnlyIntegerWrapper waitingCount =
      new ReadOnlyIntegerWrapper(this, "waitingCount");
  private final BooleanBinding canApprove;
  private final BooleanBinding canReject;
  private boolean loaded;

  public ApprovalsViewModel(
      ApprovalService approvals,
      ReferenceDataService referenceData,
      Actor actor,
      TaskExecutor executor) {
    this.approvals = Objects.requireNonNull(approvals, "approvals");
    this.referenceData = Objects.requireNonNull(referenceData, "reference data");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.executor = Objects.requireNonNull(executor, "executor");
    canApprove =
        Bindings.createBooleanBinding(
            () -> {
              RequestRow r = selected.get();
              return r != null && r.waitingForMe() && r.isPending() && !busy.get();
            },
            selected,
            busy);
    canReject =
        canApprove.and(Bindings.createBooleanBinding(() -> !comment.get().isBlank(), comment));
    selected.addListener(
        (obs, old, now) -> {
          if (old == null || now == null || old.number() != now.number()) {
            comment.set("");
          }
        });
  }

  /**
   * The screen became visible: load the first time; afterwards the lists stay until refreshed or
   * decided.
   */
  public void activate() {
    if (!loaded && !busy.get()) {
      refresh();
    }
  }

  /** Reads both lists again, keeping the selected request selected if it is still listed. */
  public void refresh() {
    busy.set(true);
    waiting.loadingProperty().set(true);
    submitted.loadingProperty().set(true);
    executor.execute(
        BackgroundTask.of(
                "Reading approval requests",
                task -> {
                  TradeValues values = TradeValues.read(referenceData, actor);
                  return new Lists(
                      approvals.inbox(actor).stream()
                          .map(r -> RequestRow.of(r, true, values))
                          .toList(),
                      approvals.submittedBy(actor).stream()
                          .map(r -> RequestRow.of(r, false, values))
                          .toList());
                })
            .onSuccess(this::apply)
            .onFailure(e -> notice.set(Notice.of("Could not read the approval requests", e)))
            .onFinished(
                () -> {
                  busy.set(false);
                  waiting.loadingProperty().set(false);
                  submitted.loadingProperty().set(false);
                }));
  }

  private record Lists(List<RequestRow> waiting, List<RequestRow> submitted) {}

  private void apply(Lists lists) {
    RequestRow before = selected.get();
    waiting.setAll(lists.waiting());
    submitted.setAll(lists.submitted());
    waitingCount.set(lists.waiting().size());
    loaded = true;
    if (before != null) {
      selected.set(
          find(lists.waiting(), before.number())
              .or(() -> find(lists.submitted(), before.number()))
              .orElse(null));
    }
  }

  private static Optional<RequestRow> find(List<RequestRow> rows, long number) {
    return rows.stream().filter(r -> r.number() == number).findFirst();
  }

  /**
   * Approves the selected request with the comment (which may be empty); it takes effect at once.
   */
  public void approve() {
    decide(true);
  }

  /** Rejects the selected request; the comment, which tells the maker why, is required. */
  public void reject() {
    decide(false);
  }

  private void decide(boolean approve) {
    RequestRow row = selected.get();
    if (row == null || busy.get()) {
      return;
    }
    String text = comment.get().trim();
    String verb = approve ? "approve" : "reject";
    busy.set(true);
    executor.execute(
        BackgroundTask.of(
                (approve ? "Approving" : "Rejecting") + " request #" + row.number(),
                task ->
                    approve
                        ? approvals.approve(actor, row.request().id(), text)
                        : approvals.reject(actor, row.request().id(), text))
            .onSuccess(
                decided -> {
                  comment.set("");
                  notice.set(
                      Notice.success(
                          "Request #" + row.number() + (approve ? " approved" : " rejected"),
                          approve
                              ? "Done: " + decided.summary() + "."
                              : "Not done: "
                                  + decided.summary()
                                  + ". "
                                  + decided.maker()
                                  + " sees your comment in their Approvals screen."));
                })
            .onFailure(
                e -> notice.set(Notice.of("Could not " + verb + " request #" + row.number(), e)))
            .onFinished(
                () -> {
                  busy.set(false);
                  refresh();
                }));
  }

  public void dismissNotice() {
    notice.set(Notice.NONE);
  }

  static String kindLabel(String kind) {
    String label = KIND_LABELS.get(kind);
    if (label != null) {
      return label;
    }
    String words =
        Arrays.stream(kind.split("_"))
            .map(w -> w.toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(" "));
    return words.isEmpty() ? kind : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  static String statusLabel(ApprovalStatus status) {
    return switch (status) {
      case PENDING -> "Pending";
      case APPROVED -> "Approved";
      case REJECTED -> "Rejected";
    };
  }

  public TableModel<RequestRow> waiting() {
    return waiting;
  }

  public TableModel<RequestRow> submitted() {
    return submitted;
  }

  /** The request whose details are shown, from either list. */
  public ObjectProperty<RequestRow> selectedProperty() {
    return selected;
  }

  /** The checker's comment for the decision. */
  public StringProperty commentProperty() {
    return comment;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public BooleanBinding canApproveProperty() {
    return canApprove;
  }

  public BooleanBinding canRejectProperty() {
    return canReject;
  }

  public ReadOnlyObjectProperty<Notice> noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  /** How many requests wait for the user (the navigation badge). */
  public ReadOnlyIntegerProperty waitingCountProperty() {
    return waitingCount.getReadOnlyProperty();
  }

  public Actor actor() {
    return actor;
  }
}
