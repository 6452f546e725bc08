package com.tickmark.model.users;

import java.time.Duration;
import java.util.Optional;

/** Where the workspace keeps how its sessions behave (implemented by the persistence module). */
public interface SessionPolicyStore {
  /** How long the app may sit idle before it locks; empty when no administrator has set it. */
  Optional<Duration> idleLock();

  void setIdleLock(Duration idle);
}
