package com.tickmark.model.report.catalog;

/** What a report parameter holds, and so how it is parsed and which field a form shows for it. */
public enum ParameterKind {
  /** Free text. */
  TEXT,
  /** A calendar date written YYYY-MM-DD. */
  DATE,
  /** One of a fixed list of values. */
  CHOICE,
  /** An instrument, named by its symbol; the choices are the instruments of the workspace. */
  INSTRUMENT
}
