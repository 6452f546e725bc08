package com.tickmark.app.ui.admin;

import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.users.UserService;
import java.time.Duration;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Admin → Workspace → Idle lock: how many minutes Tickmark may sit unused before it locks and asks
 * for the password again (ADMINISTER_WORKSPACE; audited). Takes effect at each user's next sign-in.
 */
public final class IdleLockSetting {
  private final UserService users;
  private final Actor actor;
  private final TaskExecutor executor;
  private final StringProperty minutes = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final BooleanBinding canSave;

  IdleLockSetting(UserService users, Actor actor, TaskExecutor executor) {
    this.users = Objects.requireNonNull(users, "users");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.executor = Objects.requireNonNull(executor, "executor");
    boolean may = actor.may(Permission.ADMINISTER_WORKSPACE);
    canSave =
        Bindings.createBooleanBinding(
            () ->
                may
                    && !busy.get()
                    && minutes.get().trim().matches("\\d{1,3}")
                    && !minutes.get().trim().equals(saved.get()),
            minutes,
            saved,
            busy);
  }

  /** Reads the current setting. */
  void load() {
    executor.execute(
        BackgroundTask.of("Reading the idle lock", ctx -> users.idleLock())
            .onSuccess(
                d -> {
                  saved.set(Long.toString(d.toMinutes()));
                  minutes.set(saved.get());
                }));
  }

  /** Stores the minutes typed, or says why not. */
  public void save() {
    if (!canSave.get()) {
      return;
    }
    long value = Long.parseLong(minutes.get().trim());
    busy.set(true);
    result.set("");
    executor.execute(
        BackgroundTask.of(
                "Setting the idle lock",
                ctx ->
                    users.setIdleLock(actor, Duration.ofMinutes(value), "set in Admin → Workspace"))
            .onSuccess(
                d -> {
                  busy.set(false);
                  saved.set(Long.toString(d.toMinutes()));
                  result.set(
                      "Tickmark now locks after "
                          + d.toMinutes()
                          + " minutes without use, from each user's next sign-in.");
                })
            .onFailure(
                e -> {
                  busy.set(false);
                  result.set(e.getMessage());
                }));
  }

  /** The minutes as typed. */
  public StringProperty minutesProperty() {
    return minutes;
  }

  public BooleanBinding canSaveProperty() {
    return canSave;
  }

  /** What the last save did, or why it was refused; empty before. */
  public ReadOnlyStringProperty resultProperty() {
    return result.getReadOnlyProperty();
  }
}
