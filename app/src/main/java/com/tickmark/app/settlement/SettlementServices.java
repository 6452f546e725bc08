package com.tickmark.app.settlement;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.AreaServices;
import com.tickmark.app.trade.TradeServices;
import com.tickmark.model.position.OpeningBookService;
import com.tickmark.model.position.PositionService;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.security.Actor;
import com.tickmark.model.settlement.CashLadderService;
import com.tickmark.model.settlement.ObligationService;
import com.tickmark.model.settlement.penalty.CentralBankRates;
import com.tickmark.model.settlement.penalty.PenaltyBookingService;
import com.tickmark.model.settlement.penalty.PenaltyReader;
import com.tickmark.model.settlement.penalty.PenaltyService;
import com.tickmark.model.settlement.report.SettlementReader;
import com.tickmark.model.settlement.status.FailsReader;
import com.tickmark.model.settlement.status.SettlementFails;
import com.tickmark.model.settlement.status.SettlementRecords;
import com.tickmark.model.settlement.status.SettlementStatusService;
import com.tickmark.persistence.Repositories;
import com.tickmark.persistence.settlement.SettlementRepositories;
import com.tickmark.persistence.trade.PositionRepository;
import com.tickmark.persistence.trade.TradeRepository;

/** The settlement area's services over one open workspace. */
public final class SettlementServices implements AreaServices {
  private final PositionRepository positionStore;
  private final PositionService positions;
  private final ObligationService obligations;
  private final SettlementStatusService statusImports;
  private final SettlementRecords records;
  private final OpeningBookService openingBook;
  private final SettlementFails fails;
  private final SettlementReports ladder;
  private final PenaltyService penalties;
  private final PenaltyBookingService penaltyBookings;

  SettlementServices(AppServices platform) {
    TradeRepository trades = platform.area(TradeServices.class).repositories().trades();
    this.positionStore =
        platform.area(TradeServices.class).repositories().positions(); // posted as trades are
    this.positions = new PositionService(positionStore, platform.repositories().referenceData());
    SettlementRepositories repositories = SettlementRepositories.of(platform.workspace());
    this.obligations =
        new ObligationService(
            trades::forEachLive,
            repositories.settledQuantities()::through,
            platform.repositories().referenceData());
    Repositories shared = platform.repositories();
    this.statusImports =
        new SettlementStatusService(
            repositories.statuses(),
            trades::liveByExecId,
            positionStore,
            shared.audit(),
            platform.workspace(),
            platform.clock());
    this.records = new SettlementRecords(repositories.statuses(), positionStore, platform.clock());
    // a trade marked settled (trade settle, the blotter) writes its settlement record
    platform.area(TradeServices.class).trades().addStatusHook(records);
    this.openingBook =
        new OpeningBookService(
            repositories.openingBook(),
            positionStore,
            shared.referenceData(),
            platform.businessDate(),
            shared.audit(),
            platform.workspace(),
            platform.clock());
    if (platform.workspace().readOnly().isEmpty()) {
      statusImports.recoverUnfinished(); // an import killed part-way leaves no lines behind
      openingBook.recoverUnfinished();
    }
    this.fails =
        new SettlementFails(
            repositories.statuses(),
            trades::find,
            shared.referenceData(),
            user -> shared.users().findByUsername(user).isPresent(),
            shared.users()::enabledUsernames,
            shared.audit(),
            platform.workspace(),
            platform.clock(),
            platform.businessDate());
    this.ladder = new SettlementReports(positions, obligations, platform);
    this.penalties =
        new PenaltyService(
            fails,
            repositories.statuses(),
            shared.referenceData(),
            shared.marketData(),
            new CentralBankRates(),
            platform.businessDate());
    this.penaltyBookings =
        new PenaltyBookingService(
            penalties::between,
            repositories.penaltyBookings(),
            shared.audit(),
            platform.workspace(),
            platform.clock(),
            platform.businessDate());
  }

  /** Positions and cash as of a date: the one place screens and commands read them from. */
  public PositionService positions() {
    return positions;
  }

  /** Settlement obligations and their netting as of a date. */
  public ObligationService obligations() {
    return obligations;
  }

  /** Settlement records learnt otherwise than from a status file (a trade marked settled). */
  public SettlementRecords records() {
    return records;
  }

  /** The custodians' settlement status files: import, unknown references. */
  public SettlementStatusService statusImports() {
    return statusImports;
  }

  /** Opening balances files, loaded once as a real firm's opening book. */
  public OpeningBookService openingBook() {
    return openingBook;
  }

  /** The fails list, with owners and comments. */
  public SettlementFails fails() {
    return fails;
  }

  /** The opening book and daily movements as stored (the demo firm stores its opening book). */
  public PositionRepository positionStore() {
    return positionStore;
  }

  /** The cash ladder: the next business days' cash per currency and cash account. */
  public CashLadderService cashLadder() {
    return ladder.service();
  }

  /** CSDR cash penalties of the fails in EU CSDs. */
  public PenaltyService penalties() {
    return penalties;
  }

  /** Which CSDR penalties an accountant has marked booked; booking them. */
  public PenaltyBookingService penaltyBookings() {
    return penaltyBookings;
  }

  @Override
  public void addReportReaders(Actor actor, ReportContext.Builder context) {
    context.reader(SettlementReader.class, ladder.reader(actor));
    context.reader(
        PenaltyReader.class,
        month -> penaltyBookings.between(actor, month.atDay(1), month.atEndOfMonth()));
    context.reader(FailsReader.class, (date, all) -> fails.asOf(actor, date, all));
  }
}
