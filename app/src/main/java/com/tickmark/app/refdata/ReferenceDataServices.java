package com.tickmark.app.refdata;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.AreaServices;
import com.tickmark.model.approval.ApprovalHandler;
import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.marketdata.report.PriceReader;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.ReferenceDataMaintenance;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.refdata.report.ReferenceDataReader;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.persistence.Repositories;
import com.tickmark.persistence.marketdata.MarketDataRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The reference-data area's services over one open workspace: reading goes through the platform's
 * {@link ReferenceDataService}; this area adds the maintenance of reference data (with its
 * four-eyes handler) and the readers of its reports.
 */
public final class ReferenceDataServices implements AreaServices {
  private final ReferenceDataService referenceData;
  private final MarketDataRepository marketData;
  private final ReferenceDataMaintenance maintenance;

  ReferenceDataServices(AppServices platform) {
    Repositories shared = platform.repositories();
    this.referenceData = platform.referenceData();
    this.marketData = shared.marketData();
    this.maintenance =
        new ReferenceDataMaintenance(
            shared.referenceData(),
            platform.approvals(),
            shared.audit(),
            platform.workspace(),
            platform.clock());
  }

  /** Adding, editing and retiring reference data. */
  public ReferenceDataMaintenance maintenance() {
    return maintenance;
  }

  @Override
  public List<ApprovalHandler<?>> approvalHandlers() {
    return maintenance.approvalHandlers();
  }

  @Override
  public void addReportReaders(Actor actor, ReportContext.Builder context) {
    context.reader(ReferenceDataReader.class, referenceDataReader(actor));
    context.reader(PriceReader.class, priceReader(actor));
  }

  /** Reference data through the permission-checked service, as {@code actor}. */
  private ReferenceDataReader referenceDataReader(Actor actor) {
    return new ReferenceDataReader() {
      @Override
      public List<Instrument> instruments() {
        return referenceData.instruments(actor);
      }

      @Override
      public List<Counterparty> counterparties() {
        return referenceData.counterparties(actor);
      }

      @Override
      public Optional<HolidayCalendar> calendar(String code) {
        return Optional.ofNullable(referenceData.calendars(actor).get(code));
      }
    };
  }

  /** Prices from the market-data repository, for users who may view data. */
  private PriceReader priceReader(Actor actor) {
    return new PriceReader() {
      @Override
      public List<Price> prices(InstrumentId instrument, LocalDate from, LocalDate to) {
        actor.require(Permission.VIEW_DATA);
        return marketData.priceHistory(instrument, from, to);
      }

      @Override
      public Optional<Price> latestOnOrBefore(InstrumentId instrument, LocalDate date) {
        actor.require(Permission.VIEW_DATA);
        return marketData.latestPrice(instrument, date);
      }
    };
  }
}
