package com.tickmark.app.ui.shell;

import com.tickmark.model.security.Actor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCombination;

/**
 * The screens the main window offers. Each screen registers its {@link ScreenDescriptor} (see
 * {@link StandardScreens}); the navigation and the View menu list exactly the registered ones, in
 * their order.
 */
public final class ScreenRegistry {
  private final List<ScreenDescriptor> screens = new ArrayList<>();

  public ScreenRegistry register(ScreenDescriptor screen) {
    if (find(screen.id()).isPresent()) {
      throw new IllegalArgumentException(
          "A screen with id '" + screen.id() + "' is already registered");
    }
    screens.stream()
        .filter(s -> screen.shortcut() != null && screen.shortcut().equals(s.shortcut()))
        .findFirst()
        .ifPresent(
            s -> {
              throw new IllegalArgumentException(
                  screen.title()
                      + " and "
                      + s.title()
                      + " would share the shortcut "
                      + screen.shortcut().getDisplayText());
            });
    screens.add(screen);
    return this;
  }

  /** The registered screens in navigation order. */
  public List<ScreenDescriptor> screens() {
    return screens.stream().sorted(Comparator.comparingInt(ScreenDescriptor::order)).toList();
  }

  /** The screens {@code actor} may use, as a registry of their own; each keeps its shortcut. */
  public ScreenRegistry availableTo(Actor actor) {
    ScreenRegistry available = new ScreenRegistry();
    screens.stream().filter(s -> s.isAvailableTo(actor)).forEach(available::register);
    return available;
  }

  public Optional<ScreenDescriptor> find(String id) {
    return screens.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The key that opens {@code screen}, the same for every user; empty when it has none. */
  public Optional<KeyCombination> shortcutOf(ScreenDescriptor screen) {
    return Optional.ofNullable(screen.shortcut());
  }
}
