package com.tickmark.model.refdata.report;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Instrument;
import java.util.List;
import java.util.Optional;

/**
 * The reference data reports read, as the user running them: the workstation backs it with the
 * permission-checked reference-data service; tests with lists.
 */
public interface ReferenceDataReader {
  List<Instrument> instruments();

  List<Counterparty> counterparties();

  /** The holiday calendar with this code (XNYS, TARGET), if the workspace has it. */
  Optional<HolidayCalendar> calendar(String code);
}
