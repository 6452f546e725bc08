package com.tickmark.model.approval;

/** A four-eyes request waits, then is approved (and applied) or rejected. */
public enum ApprovalStatus {
  PENDING,
  APPROVED,
  REJECTED
}
