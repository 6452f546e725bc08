package com.tickmark.model.approval;

import com.tickmark.model.json.Json;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import java.util.Map;

/**
 * Applies one kind of approved request. Services that put an action under four-eyes control
 * register a handler for it with the {@link ApprovalService}.
 *
 * @param <P> the payload: what applying the request needs, stored as JSON with the request
 */
public interface ApprovalHandler<P extends Record> {
  String kind();

  /** The permission a checker needs to approve or reject this kind of request. */
  Permission approvePermission();

  /** The payload record this kind of request carries. */
  Class<P> payloadType();

  /** Makes the approved change; runs in the approval's transaction. */
  void apply(ApprovalRequest request, P payload, Actor checker);

  /**
   * The payload of a request stored before payloads were JSON, when they were flat maps of text. By
   * default each name is the record's property of that name and its text converts to the property's
   * type; a handler whose record differs says how to read the old form.
   */
  default P fromLegacy(Map<String, String> fields) {
    return Json.convert(fields, payloadType());
  }
}
