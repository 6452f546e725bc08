package com.tickmark.app.ui.admin;

import com.tickmark.model.security.PasswordHasher;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.User;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The forms of the Admin screen's dialogs, as view models: their fields, and the first thing to fix
 * before the OK button is enabled. The rules are the services' own (user name, password policy, at
 * least one role), checked as the user types; the services check them again.
 */
public final class UserForms {
  private UserForms() {}

  /** A form: the first problem ("" when none) and whether it may be sent. */
  public abstract static class Form {
    private StringBinding problem;
    private BooleanBinding valid;

    /** Call at the end of the constructor, with every field the check reads. */
    protected final void watch(Supplier<String> check, Observable... fields) {
      problem = Bindings.createStringBinding(check::get, fields);
      valid = Bindings.createBooleanBinding(() -> problem.get().isEmpty(), problem);
    }

    /** What to fix first, or "" when the form may be sent. */
    public final StringBinding problemProperty() {
      return problem;
    }

    public final BooleanBinding validProperty() {
      return valid;
    }
  }

  /** Check boxes of the roles, in the order of {@link Role}. */
  public static final class RoleChoice {
    private final Map<Role, BooleanProperty> roles = new EnumMap<>(Role.class);

    RoleChoice(Set<Role> initial) {
      for (Role r : Role.values()) {
        roles.put(r, new SimpleBooleanProperty(this, r.name(), initial.contains(r)));
      }
    }

    public BooleanProperty role(Role role) {
      return roles.get(role);
    }

    public Set<Role> chosen() {
      EnumSet<Role> set = EnumSet.noneOf(Role.class);
      roles.forEach(
          (r, p) -> {
            if (p.get()) {
              set.add(r);
            }
          });
      return set;
    }

    Observable[] observables() {
      return roles.values().toArray(new Observable[0]);
    }
  }

  private static String passwordProblem(String username, String password, String confirm) {
    if (password.isEmpty()) {
      return "Choose a password.";
    }
    try {
      PasswordHasher.checkPolicy(
          username.isBlank() ? "\u0000" : username.trim(), password.toCharArray());
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    if (!password.equals(confirm)) {
      return "The two passwords differ; type the same password twice.";
    }
    return "";
  }

  private static Observable[] join(Observable[] a, Observable... b) {
    Observable[] all = new Observable[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** A new user. */
  public static final class AddUser extends Form {
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final RoleChoice roles = new RoleChoice(Set.of());
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty confirm = new SimpleStringProperty(this, "confirm", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

    /**
     * @param existing the user names already taken
     */
    public AddUser(Collection<String> existing) {
      Set<String> taken = Set.copyOf(existing);
      watch(
          () -> {
            String name = username.get().trim();
            if (name.isEmpty()) {
              return "Give the user a name to sign in with.";
            }
            try {
              User.checkUsername(name);
            } catch (IllegalArgumentException e) {
              return "A user name has 2 to 32 characters: lower-case letters, digits, '.', '_' or"
                  + " '-', starting with a letter.";
            }
            if (taken.contains(name.toLowerCase(Locale.ROOT))) {
              return "There is already a user called " + name + ".";
            }
            if (roles.chosen().isEmpty()) {
              return "Give the user at least one role.";
            }
            String pw = passwordProblem(name, password.get(), confirm.get());
            if (!pw.isEmpty()) {
              return pw;
            }
            return reason.get().isBlank()
                ? "Say why the user is added (the audit trail keeps the reason)."
                : "";
          },
          join(roles.observables(), username, password, confirm, reason));
    }

    public StringProperty usernameProperty() {
      return username;
    }

    public StringProperty displayNameProperty() {
      return displayName;
    }

    public RoleChoice roles() {
      return roles;
    }

    public StringProperty passwordProperty() {
      return password;
    }

    public StringProperty confirmProperty() {
      return confirm;
    }

    public StringProperty reasonProperty() {
      return reason;
    }
  }

  /** A new password for an existing user, chosen by the administrator. */
  public static final class ResetPassword extends Form {
    private final String username;
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty confirm = new SimpleStringProperty(this, "confirm", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

    public ResetPassword(String username) {
      this.username = username;
      watch(
          () -> {
            String pw = passwordProblem(username, password.get(), confirm.get());
            if (!pw.isEmpty()) {
              return pw;
            }
            return reason.get().isBlank() ? "Say why the password is reset." : "";
          },
          password,
          confirm,
          reason);
    }

    public String username() {
      return username;
    }

    public StringProperty passwordProperty() {
      return password;
    }

    public StringProperty confirmProperty() {
      return confirm;
    }

    public StringProperty reasonProperty() {
      return reason;
    }
  }

  /** Other roles for an existing user: a request that a second person approves. */
  public static final class ChangeRoles extends Form {
    private final String username;
    private final Set<Role> current;
    private final RoleChoice roles;
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

    public ChangeRoles(String username, Set<Role> current) {
      this.username = username;
      this.current = Set.copyOf(current);
      this.roles = new RoleChoice(current);
      watch(
          () -> {
            Set<Role> chosen = roles.chosen();
            if (chosen.isEmpty()) {
              return "A user needs at least one role.";
            }
            if (chosen.equals(this.current)) {
              return "Tick the roles " + username + " should have; they have exactly these now.";
            }
            return reason.get().isBlank() ? "Say why: the approver reads the reason." : "";
          },
          join(roles.observables(), reason));
    }

    public String username() {
      return username;
    }

    public Set<Role> current() {
      return current;
    }

    public RoleChoice roles() {
      return roles;
    }

    public StringProperty reasonProperty() {
      return reason;
    }
  }

  /** Only a reason: disabling or enabling a user. */
  public static final class Reason extends Form {
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

    public Reason() {
      watch(
          () -> reason.get().isBlank() ? "Say why (the audit trail keeps the reason)." : "",
          reason);
    }

    public StringProperty reasonProperty() {
      return reason;
    }
  }
}
