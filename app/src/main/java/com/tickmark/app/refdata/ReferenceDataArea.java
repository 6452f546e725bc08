package com.tickmark.app.refdata;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.Area;
import com.tickmark.app.area.AreaServices;
import com.tickmark.app.ui.refdata.ReferenceDataScreen;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.marketdata.report.PriceHistoryReport;
import com.tickmark.model.marketdata.report.PriceReader;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.refdata.report.CounterpartyListReport;
import com.tickmark.model.refdata.report.InstrumentMasterReport;
import com.tickmark.model.refdata.report.ReferenceDataReader;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.persistence.marketdata.MarketDataRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reference and market data: the instrument master, counterparties, calendars and prices. Its
 * services are the platform's (every area reads reference data); this area adds the screen and the
 * reports, and the readers those reports read through.
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
  public AreaServices open(AppServices platform) {
    ReferenceDataService referenceData = platform.referenceData();
    MarketDataRepository marketData = platform.repositories().marketData();
    return new AreaServices() {
      @Override
      public void addReportReaders(Actor actor, ReportContext.Builder context) {
        context.reader(ReferenceDataReader.class, referenceDataReader(referenceData, actor));
        context.reader(PriceReader.class, priceReader(marketData, actor));
      }
    };
  }

  /** Reference data through the permission-checked service, as {@code actor}. */
  private static ReferenceDataReader referenceDataReader(
      ReferenceDataService referenceData, Actor actor) {
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
  private static PriceReader priceReader(MarketDataRepository marketData, Actor actor) {
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
