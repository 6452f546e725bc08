package com.tickmark.model.approval;

import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;

/**
 * Applies one kind of approved request. Services that put an action under four-eyes control
 * register a handler for it with the {@link ApprovalService}.
 */
public interface ApprovalHandler {
  String kind();

  /** The permission a checker needs to approve or reject this kind of request. */
  Permission approvePermission();

  /** Makes the approved change; runs in the approval's transaction. */
  void apply(ApprovalRequest request, Actor checker);
}
