package com.tickmark.app.refdata;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.Area;
import com.tickmark.app.area.AreaServices;
import com.tickmark.app.cli.RefdataCommand;
import com.tickmark.app.ui.refdata.ReferenceDataScreen;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.model.marketdata.report.PriceHistoryReport;
import com.tickmark.model.refdata.report.CounterpartyListReport;
import com.tickmark.model.refdata.report.InstrumentMasterReport;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.security.Permission;
import java.util.List;
import java.util.Set;

/**
 * Reference and market data: the instrument master, counterparties, calendars and prices. Reading
 * is the platform's (every area reads reference data); this area adds the screen, the reports and
 * the readers they read through, the {@code refdata} command, and the maintenance of reference data
 * ({@link ReferenceDataServices}).
 */
public final class ReferenceDataArea implements Area {
  @Override
  public List<ReportDefinition> reports() {
    return List.of(
        new InstrumentMasterReport(), new CounterpartyListReport(), new PriceHistoryReport());
  }

  @Override
  public List<ScreenDescriptor> screens() {
    return List.of(ReferenceDataScreen.descriptor());
  }

  @Override
  public List<Class<?>> commands() {
    return List.of(RefdataCommand.class);
  }

  /**
   * The permission the area's maintenance, screen and command check: adding, editing and retiring
   * reference data.
   */
  public Set<Permission> permissions() {
    return Set.of(Permission.MANAGE_REFERENCE_DATA);
  }

  @Override
  public AreaServices open(AppServices platform) {
    return new ReferenceDataServices(platform);
  }
}
