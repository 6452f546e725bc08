package com.tickmark.model.security;

/** Something a user may be allowed to do; {@link PermissionMatrix} says which roles may. */
public enum Permission {
  VIEW_DATA("See trades, reference data, prices and reports"),
  EXPORT_DATA("Export data to Excel or PDF"),
  MANAGE_REFERENCE_DATA("Create and change instruments, counterparties, accounts and calendars"),
  CAPTURE_TRADES("Capture trades by hand or import trade files"),
  AMEND_TRADES("Request amendments and cancellations of trades"),
  APPROVE_TRADE_CHANGES("Approve amendments and cancellations of confirmed trades"),
  WORK_SETTLEMENTS("Import settlement status files and work settlement fails"),
  BOOK_PENALTIES("Mark CSDR penalties booked"),
  WORK_RECONCILIATIONS("Run reconciliations and work breaks"),
  APPROVE_WRITE_OFFS("Approve break write-offs above the threshold"),
  POST_JOURNALS("Post manual journal entries"),
  APPROVE_JOURNALS("Approve manual journal entries"),
  CLOSE_PERIODS("Close and lock accounting periods"),
  VIEW_RISK("See the risk dashboard"),
  MANAGE_LIMITS("Request limit changes"),
  APPROVE_LIMIT_CHANGES("Approve limit changes"),
  WORK_ALERTS("Work surveillance alerts"),
  VIEW_AUDIT("Read and verify the audit trail"),
  MANAGE_USERS("Add, disable and reset users; request role changes"),
  APPROVE_ACCESS_CHANGES("Approve changes to users' roles"),
  ADMINISTER_WORKSPACE(
      "Back up and restore the workspace, change its settings, load a firm's opening balances"),
  MANAGE_CONNECTIONS(
      "Start and stop connections to trading systems (the FIX drop copy), which book trades in the"
          + " starter's name"),
  ROLL_BUSINESS_DATE("Run end of day and move the business date");

  private final String description;

  Permission(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /**
   * True for the permissions that only read (see data, risk and the audit trail): all a session
   * that may not write holds. Exporting is not among them, for every export is recorded in the
   * audit trail.
   */
  public boolean onlyReads() {
    return this == VIEW_DATA || this == VIEW_RISK || this == VIEW_AUDIT;
  }
}
