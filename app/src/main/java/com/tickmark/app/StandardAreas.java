package com.tickmark.app;

import com.tickmark.app.approval.ApprovalsArea;
import com.tickmark.app.area.Area;
import com.tickmark.app.audit.AuditArea;
import com.tickmark.app.refdata.ReferenceDataArea;
import com.tickmark.app.security.SecurityArea;
import com.tickmark.app.trade.TradeArea;
import com.tickmark.model.report.catalog.ReportCatalog;
import java.util.List;

/**
 * The business areas of Tickmark: the one list the composition root, the navigation and the command
 * line read. A new area adds its {@link Area} here, one line (ADR 0013).
 */
public final class StandardAreas {
  private static final List<Area> AREAS =
      List.of(
          new SecurityArea(),
          new ApprovalsArea(),
          new AuditArea(),
          new ReferenceDataArea(),
          new TradeArea());

  private StandardAreas() {}

  /** The areas in registration order. */
  public static List<Area> all() {
    return AREAS;
  }

  /** Every report the areas contribute. */
  public static ReportCatalog reportCatalog() {
    return catalogOf(AREAS);
  }

  /** Every report {@code areas} contribute. */
  static ReportCatalog catalogOf(List<Area> areas) {
    return new ReportCatalog(areas.stream().flatMap(a -> a.reports().stream()).toList());
  }
}
