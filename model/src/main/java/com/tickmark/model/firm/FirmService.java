package com.tickmark.model.firm;

import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;

/** The firm the workspace holds: its name, reporting currency and business date. */
public final class FirmService {
  /** The currency a firm reports in when its workspace names none. */
  public static final CurrencyCode DEFAULT_REPORTING_CURRENCY = CurrencyCode.USD;

  private final FirmStore store;

  public FirmService(FirmStore store) {
    this.store = store;
  }

  /**
   * The firm's name, business date and whether it is a demo. Needs no permission: the sign-in
   * window shows it before anyone has signed in.
   */
  public FirmProfile profile() {
    return new FirmProfile(
        store.firmName().filter(name -> !name.isBlank()), store.businessDate(), store.demo());
  }

  /** The currency the firm's totals are reported in: USD unless the workspace names another. */
  public CurrencyCode reportingCurrency(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.baseCurrency().map(CurrencyCode::new).orElse(DEFAULT_REPORTING_CURRENCY);
  }
}
