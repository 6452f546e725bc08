package com.tickmark.model.time;

import java.time.LocalDate;
import java.util.Optional;

/** Where the workspace keeps its business date (implemented by the persistence module). */
public interface BusinessDateStore {
  Optional<LocalDate> businessDate();

  void setBusinessDate(LocalDate date);
}
