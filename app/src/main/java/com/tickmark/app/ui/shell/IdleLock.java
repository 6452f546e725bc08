package com.tickmark.app.ui.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * When the main window locks: after {@code limit} without a key press, click or scroll in any of
 * its windows (the administrator sets the limit; 15 minutes unless they do), or when the user locks
 * it by hand. Holds no timer: the window asks {@link #due()} every few seconds, so tests drive it
 * with a clock.
 */
final class IdleLock {
  private final Duration limit;
  private final Clock clock;
  private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");
  private Instant lastActivity;

  IdleLock(Duration limit, Clock clock) {
    this.limit = Objects.requireNonNull(limit, "limit");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.lastActivity = clock.instant();
  }

  /** The user did something; activity while locked does not count. */
  void touch() {
    if (!locked.get()) {
      lastActivity = clock.instant();
    }
  }

  /** True once the limit has passed without activity and the window is not locked yet. */
  boolean due() {
    return !locked.get() && !clock.instant().isBefore(lastActivity.plus(limit));
  }

  Duration limit() {
    return limit;
  }

  void lock() {
    locked.set(true);
  }

  /** The user gave their password again: the idle time starts afresh. */
  void unlocked() {
    locked.set(false);
    lastActivity = clock.instant();
  }

  ReadOnlyBooleanProperty lockedProperty() {
    return locked.getReadOnlyProperty();
  }
}
