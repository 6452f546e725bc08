package com.tickmark.app;

import com.tickmark.app.admin.BackupService;
import com.tickmark.app.area.Area;
import com.tickmark.app.area.AreaServices;
import com.tickmark.app.fix.DropCopyConnection;
import com.tickmark.app.trade.TradeServices;
import com.tickmark.model.approval.ApprovalService;
import com.tickmark.model.audit.AuditService;
import com.tickmark.model.firm.FirmService;
import com.tickmark.model.marketdata.MarketDataService;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.report.ExportService;
import com.tickmark.model.report.catalog.ReportCatalog;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.PasswordHasher;
import com.tickmark.model.time.BusinessDateService;
import com.tickmark.model.time.EndOfDay;
import com.tickmark.model.time.EndOfDayStep;
import com.tickmark.model.time.RollBusinessDate;
import com.tickmark.model.trade.TradeChanges;
import com.tickmark.model.trade.TradeService;
import com.tickmark.model.trade.blotter.BlotterService;
import com.tickmark.model.trade.fix.DropCopyService;
import com.tickmark.model.trade.imports.TradeImportService;
import com.tickmark.model.users.UserService;
import com.tickmark.persistence.Repositories;
import com.tickmark.persistence.workspace.SettingsRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The composition root: the platform services of one open workspace (workspace, clock, audit,
 * approvals, users, business date, reference data, exports, backups), wired to its repositories,
 * and the services of every business area in {@link StandardAreas}. The desktop app and every
 * command build exactly this, so both go through the same permission checks and the same audit
 * trail.
 *
 * <p>An area's services are found with {@link #area(Class)}; a new area adds no field or method
 * here (ADR 0013). The trade accessors below predate the areas and stay for their many callers.
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
  private final ReportCatalog reportCatalog;
  private final BackupService backups;
  private final List<AreaServices> areas = new ArrayList<>();
  private final FirmService firm;
  private final MarketDataService marketData;

  private AppServices(
      Workspace workspace, Clock clock, PasswordHasher hasher, List<Area> registered) {
    this.workspace = workspace;
    this.clock = clock;
    this.repositories = Repositories.of(workspace);
    this.approvals =
        new ApprovalService(repositories.approvals(), repositories.audit(), workspace, clock);
    this.users =
        new UserService(
            repositories.users(),
            repositories.settings(),
            repositories.audit(),
            hasher,
            approvals,
            workspace,
            clock);
    this.audit = new AuditService(repositories.audit());
    this.businessDate =
        new BusinessDateService(repositories.settings(), repositories.audit(), workspace, clock);
    this.referenceData = new ReferenceDataService(repositories.referenceData());
    this.exports = new ExportService(repositories.audit(), clock);
    this.backups = new BackupService(workspace, repositories.audit(), clock);
    this.firm = new FirmService(repositories.settings());
    this.marketData = new MarketDataService(repositories.marketData());
    this.reportCatalog = StandardAreas.catalogOf(registered);
    for (Area area : registered) {
      AreaServices opened = area.open(this);
      opened.approvalHandlers().forEach(approvals::register);
      opened.dataChecks().forEach(audit::register);
      areas.add(opened);
    }
  }

  public static AppServices of(Workspace workspace, Clock clock) {
    return new AppServices(workspace, clock, new PasswordHasher(), StandardAreas.all());
  }

  /** Services with another password work factor: for tests that create many users. */
  public static AppServices of(Workspace workspace, Clock clock, PasswordHasher hasher) {
    return new AppServices(workspace, clock, hasher, StandardAreas.all());
  }

  /** Services with these areas instead of the standard ones: for tests of how an area plugs in. */
  public static AppServices of(
      Workspace workspace, Clock clock, PasswordHasher hasher, List<Area> areas) {
    return new AppServices(workspace, clock, hasher, areas);
  }

  public Workspace workspace() {
    return workspace;
  }

  public Repositories repositories() {
    return repositories;
  }

  /** The folder the workspace lives in. */
  public Path workspaceDirectory() {
    return workspace.directory();
  }

  /** The workspace's folder of files the firm receives, where choosing a file to import starts. */
  public Path inbox() {
    return workspace.inbox();
  }

  /** The firm in the workspace: its name, reporting currency and business date. */
  public FirmService firm() {
    return firm;
  }

  /** Closing prices and FX rates. */
  public MarketDataService marketData() {
    return marketData;
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
   * What a catalog report reads when {@code actor} runs it now: the readers every area contributes
   * for that user (reference data through the permission-checked service, prices for users who may
   * view data), the business date, and the run time from this workspace's clock.
   */
  public ReportContext reportContext(Actor actor) {
    ReportContext.Builder context =
        ReportContext.builder(actor, clock.instant()).businessDate(businessDate::businessDate);
    areas.forEach(a -> a.addReportReaders(actor, context));
    return context.build();
  }

  /**
   * The services of the area of this type ({@code area(TradeServices.class)}).
   *
   * @throws IllegalArgumentException when no registered area opens services of that type
   */
  public <T extends AreaServices> T area(Class<T> type) {
    return areas.stream()
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("No registered area has services of type " + type));
  }

  /**
   * The steps of the end of day, in order: those the areas add, then moving the business date to
   * the next day one of the firm's markets is open.
   */
  public EndOfDay endOfDay() {
    List<EndOfDayStep> steps = new ArrayList<>();
    areas.forEach(a -> steps.addAll(a.endOfDaySteps()));
    steps.add(
        new RollBusinessDate(
            businessDate,
            SettingsRepository.FIRM_CALENDARS,
            () -> repositories.settings().get(SettingsRepository.FIRM_CALENDARS),
            referenceData::calendars));
    return new EndOfDay(steps);
  }

  /** Trades after capture: manual entry, confirmation, affirmation, amendment and cancellation. */
  public TradeService trades() {
    return trade().trades();
  }

  /** Booking of FIX drop-copy execution reports as trades, with this comp-id-to-broker map. */
  public DropCopyService dropCopy(Map<String, String> brokerCodeByCompId) {
    return trade().dropCopy(brokerCodeByCompId);
  }

  /** The workspace's FIX drop-copy connection (stopped until someone starts it). */
  public DropCopyConnection dropCopyConnection() {
    return trade().dropCopyConnection();
  }

  /**
   * Booking of FIX drop-copy reports with the broker map of the connection (running, else last
   * started).
   */
  public DropCopyService dropCopy() {
    return dropCopy(dropCopyConnection().brokers());
  }

  /**
   * Stops what the areas run in the background (the FIX connection); call before closing the
   * workspace.
   */
  @Override
  public void close() {
    areas.forEach(AreaServices::close);
    if (workspace.readOnly().isEmpty()) {
      repositories.audit().anchor("close"); // a reader writes nothing, not even an anchor
    }
  }

  /** Trade file imports: mapping profiles, validation, quarantine, re-import detection. */
  public TradeImportService tradeImports() {
    return trade().imports();
  }

  /** What the trade blotter reads, checked against the reader's permissions. */
  public BlotterService blotter() {
    return trade().blotter();
  }

  /** Notices of trades captured, changed or removed, for screens that show them live. */
  public TradeChanges tradeChanges() {
    return trade().changes();
  }

  private TradeServices trade() {
    return area(TradeServices.class);
  }

  /** Audited backups and restores, for administrators. */
  public BackupService backups() {
    return backups;
  }
}
