package com.tickmark.app.ui.shell;

import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/**
 * How a screen appears in the navigation and the View menu, and how to build it.
 *
 * @param id a stable name, kept in the saved window layout ("refdata")
 * @param title the navigation label ("Reference data")
 * @param icon a Material Design icon
 * @param order where it sits in the navigation, lowest first. The planned screens use: Blotter 10,
 *     Settlements 20, Reconciliation 30, Ledger 40, Risk 50, Reports 60, Reference data 70,
 *     Approvals 75, Audit trail 78, Admin 80
 * @param shortcut the key that opens it, or null to get Ctrl+n for the n-th screen of the
 *     navigation
 * @param factory builds the screen the first time it is opened
 * @param permissions the screen is offered to users holding any one of these; empty for everyone
 * @param badge makes the count shown next to the navigation entry (waiting requests), or null
 */
public record ScreenDescriptor(
    String id,
    String title,
    Ikon icon,
    int order,
    KeyCombination shortcut,
    Factory factory,
    Set<Permission> permissions,
    BadgeFactory badge) {
  /** Builds a screen from the application's services. */
  @FunctionalInterface
  public interface Factory {
    Screen create(ScreenContext services);
  }

  /**
   * Builds the navigation badge of a screen once per main window, before the screen itself is
   * opened.
   */
  @FunctionalInterface
  public interface BadgeFactory {
    NavigationBadge create(ScreenContext services);
  }

  public ScreenDescriptor {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("Screen id must not be empty");
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(icon, "icon");
    Objects.requireNonNull(factory, "factory");
    permissions =
        permissions == null || permissions.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(permissions));
  }

  /** A screen for everyone, without a badge. */
  public ScreenDescriptor(
      String id, String title, Ikon icon, int order, KeyCombination shortcut, Factory factory) {
    this(id, title, icon, order, shortcut, factory, Set.of(), null);
  }

  /** A screen that takes the default Ctrl+n shortcut for its place in the navigation. */
  public static ScreenDescriptor of(
      String id, String title, Ikon icon, int order, Factory factory) {
    return new ScreenDescriptor(id, title, icon, order, null, factory);
  }

  /** The same screen, offered only to users who hold at least one of {@code anyOf}. */
  public ScreenDescriptor requiringAnyOf(Permission... anyOf) {
    return new ScreenDescriptor(
        id, title, icon, order, shortcut, factory, Set.copyOf(List.of(anyOf)), badge);
  }

  /** The same screen with a count next to its navigation entry. */
  public ScreenDescriptor withBadge(BadgeFactory newBadge) {
    return new ScreenDescriptor(id, title, icon, order, shortcut, factory, permissions, newBadge);
  }

  /** Whether {@code actor} may use the screen (the services still check every call). */
  public boolean isAvailableTo(Actor actor) {
    return permissions.isEmpty() || permissions.stream().anyMatch(actor::may);
  }
}
