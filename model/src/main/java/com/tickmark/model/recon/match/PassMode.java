package com.tickmark.model.recon.match;

/** Whether a pass matches by itself or only proposes matches for a person to accept or reject. */
public enum PassMode {
  AUTO,
  PROPOSE
}
