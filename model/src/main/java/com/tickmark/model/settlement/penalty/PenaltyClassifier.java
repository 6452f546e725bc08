package com.tickmark.model.settlement.penalty;

import com.tickmark.model.refdata.Instrument;
import java.time.LocalDate;

/** Which class of the penalty annex an instrument falls in on a date. */
@FunctionalInterface
public interface PenaltyClassifier {
  PenaltyClass classify(Instrument instrument, LocalDate date);
}
