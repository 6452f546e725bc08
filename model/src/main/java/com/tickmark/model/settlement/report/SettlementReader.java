package com.tickmark.model.settlement.report;

import com.tickmark.model.refdata.Account;
import com.tickmark.model.settlement.CashLadder;
import com.tickmark.model.settlement.NettingSet;
import com.tickmark.model.settlement.SecuritiesNettingSet;
import java.time.LocalDate;
import java.util.List;

/**
 * What the settlement reports read, as the user running them: the workstation backs it with the
 * permission-checked settlement services; tests with lists.
 */
public interface SettlementReader {
  /** The cash ladder as of {@code date}. */
  CashLadder cashLadder(LocalDate date);

  /** The cash netting sets of the obligations still to settle as of {@code date}. */
  List<NettingSet> netting(LocalDate date);

  /**
   * The securities netting sets of the obligations still to settle as of {@code date}, gross ones
   * included.
   */
  List<SecuritiesNettingSet> securitiesNetting(LocalDate date);

  /** The firm's accounts, to name the cash accounts. */
  List<Account> accounts();
}
