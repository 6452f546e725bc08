package com.tickmark.model.settlement;

/**
 * How an obligation settles, as ISO 15022 instructions name it: a security received or delivered
 * against payment (RVP, DVP: MT541, MT543) or free of payment (RFP, DFP: MT540, MT542), or two
 * currencies exchanged (PVP, an FX spot trade: no MT54x).
 */
public enum SettlementType {
  RVP("MT541"),
  DVP("MT543"),
  RFP("MT540"),
  DFP("MT542"),
  PVP("");

  private final String message;

  SettlementType(String message) {
    this.message = message;
  }

  /** The MT54x instruction it is sent as; empty for PVP. */
  public String message() {
    return message;
  }
}
