package com.tickmark.model.approval;

/** The number of a four-eyes request. */
public record ApprovalId(long value) {
  public ApprovalId {
    if (value <= 0) {
      throw new IllegalArgumentException("Approval id must be positive: " + value);
    }
  }

  @Override
  public String toString() {
    return "#" + value;
  }
}
