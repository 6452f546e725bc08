package com.tickmark.model.trade.fix;

import java.time.Instant;

/** An execution report waiting in the repair queue, with why it could not become a trade. */
public record RepairItem(
    long id, Instant receivedAt, String execId, String reason, String state, String rawMessage) {
  public static final String OPEN = "OPEN";
  public static final String REPAIRED = "REPAIRED";
  public static final String DISMISSED = "DISMISSED";

  public boolean isOpen() {
    return OPEN.equals(state);
  }

  /** The raw message with the SOH separators shown as '|', for people. */
  public String readableMessage() {
    return rawMessage.replace('\u0001', '|');
  }
}
