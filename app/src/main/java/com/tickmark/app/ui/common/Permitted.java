package com.tickmark.app.ui.common;

import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.security.PermissionMatrix;
import com.tickmark.model.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * Whether the signed-in user may take an action now, and when not, why: the tooltip of a disabled
 * button, the line a refused shortcut shows. Screens ask before they offer an action, so nothing is
 * enabled only to be refused; the services check again whatever the screens do.
 *
 * @param whyNot the sentence saying why not ("You may not capture trades: …"), or empty when the
 *     user may
 */
public record Permitted(String whyNot) {
  /** The user may. */
  public static final Permitted YES = new Permitted("");

  public Permitted {
    Objects.requireNonNull(whyNot, "whyNot");
  }

  /** The user may not, for the reason given. */
  public static Permitted no(String why) {
    if (why == null || why.isBlank()) {
      throw new IllegalArgumentException("Say why not");
    }
    return new Permitted(why);
  }

  /**
   * Whether {@code actor} may do what {@code permission} allows; {@code doing} names it for the
   * refusal ("capture trades").
   */
  public static Permitted to(Actor actor, Permission permission, String doing) {
    return actor.may(permission) ? YES : no(refusal(actor, permission, doing));
  }

  /**
   * Why {@code actor} may not do what {@code permission} allows: the roles that hold it and those
   * the user holds ("You may not capture trades: that needs the CAPTURE_TRADES permission, which
   * the Operations clerk role holds; you are Accountant."), or, in a window that only reads, that.
   */
  public static String refusal(Actor actor, Permission permission, String doing) {
    if (actor.isReadOnly() && PermissionMatrix.permits(actor.roles(), permission)) {
      return "You may not " + doing + " in this window: " + actor.readOnlyBecause() + ".";
    }
    Set<Role> holders = PermissionMatrix.rolesWith(permission);
    return "You may not "
        + doing
        + ": that needs the "
        + permission
        + " permission, which the "
        + labels(holders, " or ")
        + (holders.size() == 1 ? " role holds" : " roles hold")
        + (actor.roles().isEmpty()
            ? "; you hold no role."
            : "; you are " + labels(actor.roles(), " and ") + ".");
  }

  private static String labels(Set<Role> roles, String last) {
    List<String> labels = new ArrayList<>();
    roles.stream().sorted().forEach(r -> labels.add(r.label()));
    return labels.size() == 1
        ? labels.get(0)
        : String.join(", ", labels.subList(0, labels.size() - 1))
            + last
            + labels.get(labels.size() - 1);
  }

  public boolean allowed() {
    return whyNot.isEmpty();
  }

  /**
   * Enables {@code button} when the user may, else disables it and explains why in a tooltip.
   * Returns the node to lay out in its place: a disabled control shows no tooltip of its own, so
   * when refused the button sits in a pane that carries the tooltip.
   */
  public Node offer(ButtonBase button) {
    button.setDisable(!allowed());
    if (allowed()) {
      return button;
    }
    StackPane holder = new StackPane(button);
    holder.getStyleClass().add("refused-action");
    holder.setMinWidth(StackPane.USE_PREF_SIZE);
    Tooltip.install(holder, new Tooltip(whyNot));
    return holder;
  }
}
