package com.tickmark.model.approval;

import java.util.List;
import java.util.Optional;

/** Where four-eyes requests are kept (implemented by the persistence module). */
public interface ApprovalStore {
  ApprovalId nextId();

  void insert(ApprovalRequest request);

  void update(ApprovalRequest request);

  Optional<ApprovalRequest> find(ApprovalId id);

  /** Every request, newest first. */
  List<ApprovalRequest> all();
}
