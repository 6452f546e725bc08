package com.tickmark.app.ui.shell;

import java.util.Objects;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/**
 * How a screen appears in the navigation and the View menu, and how to build it.
 *
 * @param id a stable name, kept in the saved window layout ("refdata")
 * @param title the navigation label ("Reference data")
 * @param icon a Material Design icon
 * @param order where it sits in the navigation, lowest first. The planned screens use: Blotter 10,
 *     Settlements 20, Reconciliation 30, Ledger 40, Risk 50, Reports 60, Reference data 70, Admin 80
 * @param shortcut the key that opens it, or null to get Ctrl+n for the n-th screen of the navigation
 * @param factory builds the screen the first time it is opened
 */
public record ScreenDescriptor(String id, String title, Ikon icon, int order, KeyCombination shortcut, Factory factory) {
  /** Builds a screen from the application's services. */
  @FunctionalInterface
  public interface Factory {
    Screen create(ScreenContext services);
  }

  public ScreenDescriptor {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("Screen id must not be empty");
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(icon, "icon");
    Objects.requireNonNull(factory, "factory");
  }

  /** A screen that takes the default Ctrl+n shortcut for its place in the navigation. */
  public static ScreenDescriptor of(String id, String title, Ikon icon, int order, Factory factory) {
    return new ScreenDescriptor(id, title, icon, order, null, factory);
  }
}
