package com.tickmark.model.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A day a market or settlement system is closed, with its name ("Good Friday"). */
public record Holiday(LocalDate date, String name) implements Comparable<Holiday> {
  public Holiday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public int compareTo(Holiday other) {
    return date.compareTo(other.date);
  }
}
