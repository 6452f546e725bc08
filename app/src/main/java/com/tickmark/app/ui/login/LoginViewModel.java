package com.tickmark.app.ui.login;

import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.AuthenticationException;
import com.tickmark.model.users.UserService;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Signing in: user name and password, checked off the FX thread (the password hash is slow on
 * purpose); a refusal is shown in the dialog and the password field is cleared.
 */
public final class LoginViewModel {
  private final StringProperty username = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final BooleanBinding canSignIn;
  private final Authenticator authenticator;
  private final TaskExecutor executor;
  private final Consumer<Actor> onSignedIn;
  private final String hint;

  /** Checks a user name and password; throws {@link AuthenticationException} to refuse. */
  @FunctionalInterface
  public interface Authenticator {
    Actor authenticate(String username, char[] password);
  }

  /**
   * @param hint shown under the form, e.g. the demo users of a demo workspace; empty for none
   */
  public LoginViewModel(
      UserService users, TaskExecutor executor, String hint, Consumer<Actor> onSignedIn) {
    this(users::signIn, executor, hint, onSignedIn);
  }

  /**
   * A form that checks the password with {@code authenticator} (unlocking a locked window checks
   * the signed-in user's password with {@code UserService.unlock}).
   */
  public LoginViewModel(
      Authenticator authenticator, TaskExecutor executor, String hint, Consumer<Actor> onSignedIn) {
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.onSignedIn = Objects.requireNonNull(onSignedIn, "onSignedIn");
    this.hint = hint == null ? "" : hint;
    canSignIn =
        Bindings.createBooleanBinding(
            () -> !username.get().isBlank() && !password.get().isEmpty() && !busy.get(),
            username,
            password,
            busy);
  }

  public StringProperty usernameProperty() {
    return username;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  /** Why the last attempt was refused; empty before the first. */
  public StringProperty messageProperty() {
    return message;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public BooleanBinding canSignInProperty() {
    return canSignIn;
  }

  public String hint() {
    return hint;
  }

  public void signIn() {
    if (!canSignIn.get()) {
      return;
    }
    String user = username.get().trim();
    char[] secret = password.get().toCharArray();
    busy.set(true);
    message.set("");
    executor.execute(
        BackgroundTask.of("Signing in", task -> authenticator.authenticate(user, secret))
            .onSuccess(
                actor -> {
                  busy.set(false);
                  password.set("");
                  onSignedIn.accept(actor);
                })
            .onFailure(
                error -> {
                  busy.set(false);
                  password.set("");
                  message.set(
                      error instanceof AuthenticationException
                          ? error.getMessage()
                          : "Signing in failed: " + error.getMessage());
                }));
  }
}
