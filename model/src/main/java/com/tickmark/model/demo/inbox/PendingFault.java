package com.tickmark.model.demo.inbox;

import com.tickmark.model.demo.InboxFaultKind;
import com.tickmark.model.demo.InjectedFault;

/** A fault decided for a line before the line's number is known. */
record PendingFault(
    InboxFaultKind kind, String reference, String expected, String actual, String description) {
  InjectedFault at(String file, int line) {
    return new InjectedFault(kind.name(), file, line, reference, expected, actual, description);
  }
}
