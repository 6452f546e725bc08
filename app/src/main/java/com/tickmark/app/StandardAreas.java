package com.tickmark.app;

import com.tickmark.app.approval.ApprovalsArea;
import com.tickmark.app.area.Area;
import com.tickmark.app.audit.AuditArea;
import com.tickmark.app.ledger.LedgerArea;
import com.tickmark.app.recon.ReconArea;
import com.tickmark.app.refdata.ReferenceDataArea;
import com.tickmark.app.security.SecurityArea;
import com.tickmark.app.settlement.SettlementArea;
import com.tickmark.app.trade.TradeArea;
import com.tickmark.model.report.catalog.ReportCatalog;
import com.tickmark.model.security.Permission;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
          new TradeArea(),
          new SettlementArea(),
          new ReconArea(),
          new LedgerArea());

  /**
   * What the platform itself checks, whatever areas are registered: reading the firm's data,
   * exports (of tables and reports) and the end of day.
   */
  private static final Set<Permission> PLATFORM =
      EnumSet.of(Permission.VIEW_DATA, Permission.EXPORT_DATA, Permission.ROLL_BUSINESS_DATE);

  private StandardAreas() {}

  /** The areas in registration order. */
  public static List<Area> all() {
    return AREAS;
  }

  /** Every report the areas contribute. */
  public static ReportCatalog reportCatalog() {
    return catalogOf(AREAS);
  }

  /**
   * The permissions Tickmark checks today: the platform's and those the areas declare. The roles'
   * descriptions show only these; the permissions of areas still to come appear with them.
   */
  public static Set<Permission> permissions() {
    return permissionsOf(AREAS);
  }

  /** The platform's permissions and those {@code areas} declare. */
  static Set<Permission> permissionsOf(List<Area> areas) {
    EnumSet<Permission> all = EnumSet.copyOf(PLATFORM);
    areas.forEach(a -> all.addAll(a.permissions()));
    return Collections.unmodifiableSet(all);
  }

  /** Every report {@code areas} contribute. */
  static ReportCatalog catalogOf(List<Area> areas) {
    return new ReportCatalog(areas.stream().flatMap(a -> a.reports().stream()).toList());
  }
}
