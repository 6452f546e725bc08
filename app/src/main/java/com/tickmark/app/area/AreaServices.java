package com.tickmark.app.area;

import com.tickmark.model.approval.ApprovalHandler;
import com.tickmark.model.audit.DataCheck;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.security.Actor;
import com.tickmark.model.time.EndOfDayStep;
import java.util.List;

/**
 * The services of one {@link Area} over an open workspace, and what they plug into the platform:
 * approval handlers, readers for the area's reports, end-of-day steps. An area with services that
 * others call exposes them on its own implementation, found with {@code AppServices.area(Type)}.
 */
public interface AreaServices extends AutoCloseable {
  /** What applies the area's approved four-eyes requests; registered with the approvals service. */
  default List<ApprovalHandler<?>> approvalHandlers() {
    return List.of();
  }

  /**
   * Adds the readers the area's reports read through, backed by its permission-checked services for
   * {@code actor}.
   */
  default void addReportReaders(Actor actor, ReportContext.Builder context) {}

  /**
   * Steps the area adds to the end of day, run in registration order before the business date moves
   * on.
   */
  default List<EndOfDayStep> endOfDaySteps() {
    return List.of();
  }

  /**
   * The area's checks of its stored records against the audit trail ({@code audit verify --data}).
   */
  default List<DataCheck> dataChecks() {
    return List.of();
  }

  /** Stops what the area runs in the background; called before the workspace closes. */
  @Override
  default void close() {}
}
