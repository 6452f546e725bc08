package com.tickmark.app;

import com.tickmark.app.admin.BackupService;
import com.tickmark.app.fix.DropCopyConnection;
import com.tickmark.model.approval.ApprovalService;
import com.tickmark.model.audit.AuditService;
import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.report.ExportService;
import com.tickmark.model.report.catalog.PriceReader;
import com.tickmark.model.report.catalog.ReferenceDataReader;
import com.tickmark.model.report.catalog.ReportCatalog;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.PasswordHasher;
import com.tickmark.model.security.Permission;
import com.tickmark.model.security.UserService;
import com.tickmark.model.time.BusinessDateService;
import com.tickmark.model.trade.ReferencePrices;
import com.tickmark.model.trade.TradeChanges;
import com.tickmark.model.trade.TradeService;
import com.tickmark.model.trade.TradeStore;
import com.tickmark.model.trade.fix.DropCopyService;
import com.tickmark.model.trade.imports.TradeImportService;
import com.tickmark.persistence.Repositories;
import com.tickmark.persistence.workspace.Workspace;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The composition root: the business services of one open workspace, wired to its repositories. The
 * desktop app and every command build exactly this, so both go through the same permission checks
 * and the same audit trail.
 */
public final class AppServices implements AutoCloseable {
  private final Workspace workspace;
  private final Repositories repositories;
  private final Clock clock;
  private final ApprovalService approvals;
  private final UserService users;
  private final AuditService audit;
  private final BusinessDateService businessDate;
  private final ReferenceDataService referenceData;
  private final ExportService exports;
  private final ReportCatalog reportCatalog = ReportCatalog.standard();
  private final BackupService backups;
  private final TradeService trades;
  private final TradeImportService tradeImports;
  private final TradeChanges tradeChanges = new TradeChanges();
  private final TradeStore watchedTrades;
  private final DropCopyConnection dropCopyConnection;

  private AppServices(Workspace workspace, Clock clock, PasswordHasher hasher) {
    this.workspace = workspace;
    this.clock = clock;
    this.repositories = Repositories.of(workspace);
    this.approvals =
        new ApprovalService(repositories.approvals(), repositories.audit(), workspace, clock);
    this.users =
        new UserService(
            repositories.users(), repositories.audit(), hasher, approvals, workspace, clock);
    this.audit = new AuditService(repositories.audit());
    this.businessDate =
        new BusinessDateService(repositories.settings(), repositories.audit(), workspace, clock);
    this.referenceData = new ReferenceDataService(repositories.referenceData());
    this.exports = new ExportService(repositories.audit(), clock);
    this.backups = new BackupService(workspace, repositories.audit(), clock);
    ReferencePrices closes =
        (instrument, date) ->
            repositories.marketData().latestPrice(instrument, date).map(Price::close);
    this.watchedTrades = tradeChanges.watching(repositories.trades(), workspace);
    this.trades =
        new TradeService(
            watchedTrades,
            repositories.referenceData(),
            closes,
            approvals,
            repositories.audit(),
            workspace,
            clock,
            businessDate);
    this.tradeImports =
        new TradeImportService(
            repositories.tradeImports(),
            watchedTrades,
            repositories.referenceData(),
            closes,
            repositories.audit(),
            workspace,
            clock,
            businessDate);
    tradeImports.recoverUnfinished(); // an import killed part-way leaves no trades behind
    this.dropCopyConnection =
        new DropCopyConnection(
            this::dropCopy,
            repositories.settings(),
            repositories.audit(),
            workspace.directory().resolve("fix"),
            clock);
  }

  public static AppServices of(Workspace workspace, Clock clock) {
    return new AppServices(workspace, clock, new PasswordHasher());
  }

  /** Services with another password work factor: for tests that create many users. */
  public static AppServices of(Workspace workspace, Clock clock, PasswordHasher hasher) {
    return new AppServices(workspace, clock, hasher);
  }

  public Workspace workspace() {
    return workspace;
  }

  public Repositories repositories() {
    return repositories;
  }

  public Clock clock() {
    return clock;
  }

  public ApprovalService approvals() {
    return approvals;
  }

  public UserService users() {
    return users;
  }

  public AuditService audit() {
    return audit;
  }

  public BusinessDateService businessDate() {
    return businessDate;
  }

  public ReferenceDataService referenceData() {
    return referenceData;
  }

  /** The gate every export passes: permission check and audit record. */
  public ExportService exports() {
    return exports;
  }

  /** The reports the application offers. */
  public ReportCatalog reportCatalog() {
    return reportCatalog;
  }

  /**
   * What a catalog report reads when {@code actor} runs it now: reference data through the
   * permission-checked service, prices from the market-data repository (for users who may view
   * data), the business date, and the run time from this workspace's clock.
   */
  public ReportContext reportContext(Actor actor) {
    ReferenceDataReader refdata =
        new ReferenceDataReader() {
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
    PriceReader prices =
        new PriceReader() {
          @Override
          public List<Price> prices(InstrumentId instrument, LocalDate from, LocalDate to) {
            actor.require(Permission.VIEW_DATA);
            return repositories.marketData().priceHistory(instrument, from, to);
          }

          @Override
          public Optional<Price> latestOnOrBefore(InstrumentId instrument, LocalDate date) {
            actor.require(Permission.VIEW_DATA);
            return repositories.marketData().latestPrice(instrument, date);
          }
        };
    return ReportContext.builder(actor, clock.instant())
        .businessDate(businessDate::businessDate)
        .referenceData(refdata)
        .prices(prices)
        .build();
  }

  /** Trades after capture: manual entry, confirmation, affirmation, amendment and cancellation. */
  public TradeService trades() {
    return trades;
  }

  /**
   * Booking of FIX drop-copy execution reports as trades.
   *
   * @param brokerCodeByCompId the broker code for each counterparty comp id (one not listed is
   *     taken as a broker code)
   */
  public DropCopyService dropCopy(Map<String, String> brokerCodeByCompId) {
    return new DropCopyService(
        watchedTrades,
        repositories.dropCopy(),
        repositories.referenceData(),
        repositories.audit(),
        workspace,
        clock,
        brokerCodeByCompId,
        trades);
  }

  /** The workspace's FIX drop-copy connection (stopped until someone starts it). */
  public DropCopyConnection dropCopyConnection() {
    return dropCopyConnection;
  }

  /**
   * Booking of FIX drop-copy reports with the broker map of the connection (running, else last
   * started).
   */
  public DropCopyService dropCopy() {
    return dropCopy(dropCopyConnection.brokers());
  }

  /**
   * Stops what runs in the background for this workspace (the FIX connection); call before closing
   * the workspace.
   */
  @Override
  public void close() {
    dropCopyConnection.close();
  }

  /** Trade file imports: mapping profiles, validation, quarantine, re-import detection. */
  public TradeImportService tradeImports() {
    return tradeImports;
  }

  /** Notices of trades captured, changed or removed, for screens that show them live. */
  public TradeChanges tradeChanges() {
    return tradeChanges;
  }

  /** Audited backups and restores, for administrators. */
  public BackupService backups() {
    return backups;
  }
}
