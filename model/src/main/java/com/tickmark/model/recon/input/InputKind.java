package com.tickmark.model.recon.input;

/** The kinds of file the reconciliations read, as the intake journal and audit trail name them. */
public enum InputKind {
  CONFIRMATIONS("ConfirmationImport", "confirmation lines", "broker confirmation file import"),
  HOLDINGS("HoldingImport", "holding lines", "custodian holdings file import");

  private final String entity;
  private final String noun;
  private final String reason;

  InputKind(String entity, String noun, String reason) {
    this.entity = entity;
    this.noun = noun;
    this.reason = reason;
  }

  /** The intake journal's kind and the audit trail's entity. */
  public String entity() {
    return entity;
  }

  /** What the file's rows are called in messages. */
  public String noun() {
    return noun;
  }

  String reason() {
    return reason;
  }
}
