package com.tickmark.model.security;

/**
 * What a person does at the firm; a user may hold several roles. What a role may do is its
 * permissions ({@link PermissionMatrix}), and screens describe it from those, so a role never
 * promises work that Tickmark cannot do yet.
 */
public enum Role {
  CLERK("Operations clerk"),
  ACCOUNTANT("Accountant"),
  RISK_MANAGER("Risk manager"),
  COMPLIANCE("Compliance officer"),
  ADMIN("Administrator"),
  VIEWER("Viewer");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
