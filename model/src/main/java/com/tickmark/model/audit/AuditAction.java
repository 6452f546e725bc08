package com.tickmark.model.audit;

/** What was done to an entity. */
public enum AuditAction {
  CREATE,
  AMEND,
  CANCEL,
  STATUS_CHANGE,
  SUBMIT_FOR_APPROVAL,
  APPROVE,
  REJECT,
  LOGIN,
  LOGIN_FAILED,
  LOGOUT,
  LOCK,
  UNLOCK,
  EXPORT,
  IMPORT,
  CONFIGURE,
  BACKUP,
  RESTORE
}
