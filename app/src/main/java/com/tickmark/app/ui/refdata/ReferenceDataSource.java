package com.tickmark.app.ui.refdata;

import com.tickmark.app.ui.task.TaskContext;
import com.tickmark.model.marketdata.FxPair;
import com.tickmark.model.marketdata.FxRate;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.refdata.InstrumentId;
import java.util.List;

/**
 * Where the reference-data screen reads from. Every method queries the database: call it off the FX
 * thread.
 */
public interface ReferenceDataSource {
  /** The reference data, reporting progress table by table and stopping when cancelled. */
  ReferenceDataSnapshot load(TaskContext task);

  /** Every stored closing price of the instrument, oldest first. */
  List<Price> prices(InstrumentId instrument);

  /** Every stored rate of the pair, oldest first. */
  List<FxRate> fxRates(FxPair pair);
}
