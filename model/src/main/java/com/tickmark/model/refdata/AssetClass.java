package com.tickmark.model.refdata;

/** What kind of instrument it is; drives settlement, risk grouping and accounting. */
public enum AssetClass {
  EQUITY("Equity"),
  ETF("Exchange-traded fund"),
  FX_SPOT("FX spot");

  private final String label;

  AssetClass(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
