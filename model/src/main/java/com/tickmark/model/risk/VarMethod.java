package com.tickmark.model.risk;

/** How a VaR figure was computed. */
public enum VarMethod {
  HISTORICAL,
  PARAMETRIC,
  MONTE_CARLO
}
