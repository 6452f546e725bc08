package com.tickmark.model.intake;

/**
 * A field a kind of incoming file has (a trade's {@code exec_id}, a confirmation's {@code
 * reference}): each kind lists its fields in an enum implementing this, and its profiles map the
 * file's columns to them.
 */
public interface IntakeField {
  /** Its name in profiles and problem messages: {@code exec_id}, {@code trade_date}. */
  String key();
}
