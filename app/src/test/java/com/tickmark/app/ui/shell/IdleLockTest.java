package com.tickmark.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IdleLockTest {
  private Instant now = Instant.parse("2026-12-04T09:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  @Test
  void locksOnlyAfterTheLimitPassesWithoutActivity() {
    IdleLock lock = new IdleLock(Duration.ofMinutes(15), clock);
    now = now.plus(Duration.ofMinutes(14));
    assertThat(lock.due()).isFalse();
    lock.touch();
    now = now.plus(Duration.ofMinutes(14));
    assertThat(lock.due()).as("the key press restarted the count").isFalse();
    now = now.plus(Duration.ofMinutes(1));
    assertThat(lock.due()).isTrue();
  }

  @Test
  void activityWhileLockedDoesNotUnlockAndUnlockingRestartsTheCount() {
    IdleLock lock = new IdleLock(Duration.ofMinutes(15), clock);
    now = now.plus(Duration.ofMinutes(20));
    lock.lock();
    assertThat(lock.due()).as("already locked").isFalse();
    lock.touch();
    assertThat(lock.lockedProperty().get()).isTrue();
    lock.unlocked();
    assertThat(lock.lockedProperty().get()).isFalse();
    now = now.plus(Duration.ofMinutes(10));
    assertThat(lock.due()).isFalse();
  }
}
