package com.tickmark.model.security;

/** What a person does at the firm; a user may hold several roles. */
public enum Role {
  CLERK(
      "Operations clerk",
      "Captures and checks trades, watches settlements, works reconciliation breaks."),
  ACCOUNTANT("Accountant", "Owns the ledger: journals, trial balance, period close, statements."),
  RISK_MANAGER("Risk manager", "Reviews risk, sets and approves limits."),
  COMPLIANCE(
      "Compliance officer",
      "Works surveillance alerts, reviews the audit trail, approves access changes."),
  ADMIN("Administrator", "Manages users, reference data, connections and backups."),
  VIEWER("Viewer", "Reads everything a back office shows; changes nothing.");

  private final String label;
  private final String description;

  Role(String label, String description) {
    this.label = label;
    this.description = description;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }
}
