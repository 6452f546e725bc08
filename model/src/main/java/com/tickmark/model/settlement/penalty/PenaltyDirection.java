package com.tickmark.model.settlement.penalty;

/**
 * Who pays a penalty: {@link #PAY} when the firm failed (we lacked the securities we had to
 * deliver, or the cash we had to pay), {@link #RECEIVE} when the counterparty failed us.
 */
public enum PenaltyDirection {
  PAY,
  RECEIVE
}
