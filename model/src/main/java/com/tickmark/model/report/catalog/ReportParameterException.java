package com.tickmark.model.report.catalog;

import java.util.Objects;

/**
 * A report was asked for with a parameter it does not have, without one it needs, or with a value
 * that does not fit. The message is written for the user and names the parameter.
 */
public final class ReportParameterException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String parameter;

  public ReportParameterException(String parameter, String message) {
    super(message);
    this.parameter = Objects.requireNonNull(parameter, "parameter");
  }

  /** The name of the parameter at fault, as the catalog spells it ("from"). */
  public String parameter() {
    return parameter;
  }
}
