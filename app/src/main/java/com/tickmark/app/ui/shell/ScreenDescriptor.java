package com.tickmark.app.ui.shell;

import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/**
 * How a screen appears in the navigation and the View menu, and how to build it.
 *
 * @param id a stable name, kept in the saved window layout ("refdata")
 * @param title the navigation label ("Reference data")
 * @param icon a Material Design icon
 * @param order where it sits in the navigation, lowest first. The planned screens use: Blotter 10,
 *     FIX repair 15, Import trades 20, Settlements 20, Reconciliation 30, Ledger 40, Risk 50,
 *     Reports 60, Reference data 70, Approvals 75, Audit trail 78, Admin 80
 * @param shortcut the key that opens it, the same whoever signs in (so a screen a user lacks leaves
 *     a gap rather than moving the others); null for none. The digits go to the areas in their
 *     navigation order: Blotter Ctrl+1, Settlements Ctrl+2, Reconciliation Ctrl+3, Ledger Ctrl+4,
 *     Risk Ctrl+5, Reports Ctrl+6, Reference data Ctrl+7, Approvals Ctrl+8, Audit trail Ctrl+9,
 *     Admin Ctrl+0; the trade desk's helpers take a letter: FIX repair Ctrl+Shift+F, Import trades
 *     Ctrl+Shift+I
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

  /** Ctrl+{@code digit} (Cmd on a Mac): the shortcut of one of the main areas. */
  public static KeyCombination digit(int digit) {
    if (digit < 0 || digit > 9) {
      throw new IllegalArgumentException("Not a digit: " + digit);
    }
    return new KeyCodeCombination(
        KeyCode.getKeyCode(Integer.toString(digit)), KeyCombination.SHORTCUT_DOWN);
  }

  /** Ctrl+Shift+{@code key}. */
  public static KeyCombination shifted(KeyCode key) {
    return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  }

  /** A screen for everyone, without a badge. */
  public ScreenDescriptor(
      String id, String title, Ikon icon, int order, KeyCombination shortcut, Factory factory) {
    this(id, title, icon, order, shortcut, factory, Set.of(), null);
  }

  /** A screen without a shortcut (see {@link #withShortcut}). */
  public static ScreenDescriptor of(
      String id, String title, Ikon icon, int order, Factory factory) {
    return new ScreenDescriptor(id, title, icon, order, null, factory);
  }

  /** The same screen, offered only to users who hold at least one of {@code anyOf}. */
  public ScreenDescriptor requiringAnyOf(Permission... anyOf) {
    return new ScreenDescriptor(
        id, title, icon, order, shortcut, factory, Set.copyOf(List.of(anyOf)), badge);
  }

  /** The same screen, opened by {@code key}. */
  public ScreenDescriptor withShortcut(KeyCombination key) {
    return new ScreenDescriptor(id, title, icon, order, key, factory, permissions, badge);
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
