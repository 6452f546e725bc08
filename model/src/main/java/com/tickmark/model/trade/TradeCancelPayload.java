package com.tickmark.model.trade;

/** The payload of a request to cancel a confirmed trade: which trade, at the version seen. */
public record TradeCancelPayload(long trade, int version) {}
