package com.tickmark.model.trade.fix;

import java.time.Instant;

/** An execution report waiting in the repair queue, with why it could not become a trade. */
public record RepairItem(long id, Instant receivedAt, String execId, String reason, String state, String rawMessage) {}
