package com.tickmark.model.time;

import java.time.LocalDate;

/**
 * The firm's business date: the day the back office is working on. It is explicit, never read from
 * the wall clock, and only end-of-day moves it on.
 */
@FunctionalInterface
public interface BusinessDateProvider {
  LocalDate businessDate();
}
