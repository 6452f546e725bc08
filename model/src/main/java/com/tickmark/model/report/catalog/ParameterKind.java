package com.tickmark.model.report.catalog;

/** What a report parameter holds, and so how it is parsed and which field a form shows for it. */
public enum ParameterKind {
  /** Free text. */
  TEXT,
  /** A calendar date written YYYY-MM-DD. */
  DATE,
  /** One of a fixed list of values. */
  CHOICE,
  /**
   * One of many things of the workspace (an instrument), named by its key (the symbol); the choices
   * come from the parameter's {@link ParameterLookup}.
   */
  LOOKUP
}
