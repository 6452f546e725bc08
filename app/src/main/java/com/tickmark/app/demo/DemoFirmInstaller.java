package com.tickmark.app.demo;

import static com.tickmark.app.FileTrees.countFiles;
import static com.tickmark.app.FileTrees.deleteTree;

import com.tickmark.app.AppServices;
import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.app.trade.TradeServices;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.RowDigests;
import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.calendar.MarketCalendars;
import com.tickmark.model.demo.DemoBankSpellings;
import com.tickmark.model.demo.DemoConfig;
import com.tickmark.model.demo.DemoFirm;
import com.tickmark.model.demo.DemoFirmGenerator;
import com.tickmark.model.demo.DemoLifecycle;
import com.tickmark.model.demo.DemoReferenceData;
import com.tickmark.model.demo.InjectedFault;
import com.tickmark.model.demo.SettlementOutcome;
import com.tickmark.model.demo.inbox.ExpectedMatchManifest;
import com.tickmark.model.demo.inbox.FaultManifest;
import com.tickmark.model.demo.inbox.InboxWriter;
import com.tickmark.model.demo.inbox.WrittenInbox;
import com.tickmark.model.json.Json;
import com.tickmark.model.position.PositionChanges;
import com.tickmark.model.recon.alias.ReconAlias;
import com.tickmark.model.recon.alias.ReconAliases;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.security.Role;
import com.tickmark.model.settlement.status.SettlementRecords;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradePositions;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.TradeVersion;
import com.tickmark.model.trade.integrity.TradeDataCheck;
import com.tickmark.persistence.Repositories;
import com.tickmark.persistence.marketdata.MarketDataRepository;
import com.tickmark.persistence.recon.ReconAliasRepository;
import com.tickmark.persistence.recon.ReconRepositories;
import com.tickmark.persistence.refdata.ReferenceDataRepository;
import com.tickmark.persistence.trade.TradeRepository;
import com.tickmark.persistence.workspace.SettingsRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the demo firm in a workspace: generates it, stores its reference data, market data and
 * trades (each with the versions of its lifecycle, {@link DemoLifecycle}) in one transaction, and
 * writes the external files it receives into {@code inbox/} with the list of injected faults in
 * {@code demo/injected-faults.csv} and of the messy bank entries that still agree in {@code
 * demo/expected-matches.csv}; the banks' spellings of its counterparties are stored as recon
 * aliases ({@link DemoBankSpellings}), as a firm sets them up once. All or nothing: a failure or a
 * cancellation leaves the workspace as it was.
 */
public final class DemoFirmInstaller {
  private static final Logger LOG = LoggerFactory.getLogger(DemoFirmInstaller.class);
  public static final String FAULT_MANIFEST = "demo/injected-faults.csv";

  /** The messy bank entries that still agree, with the pass of the cash recon meant for each. */
  public static final String EXPECTED_MATCHES = "demo/expected-matches.csv";

  /**
   * The demo firm's own BIC (Larkspur Point Capital, New York; invented): the sender of its
   * settlement instructions.
   */
  public static final String FIRM_BIC = "LKPCUS33";

  /** Trade versions stored at a time. */
  private static final int STORE_CHUNK = 20_000;

  /** Where the demo's FX settlement records say they were learnt. */
  static final String CLS_HISTORY = "CLS settlement (demo firm's history)";

  /** Where the installer reports how far it got; {@link #cancelled()} is polled between steps. */
  public interface Progress {
    void update(double fraction, String message);

    default boolean cancelled() {
      return false;
    }

    Progress NONE = (f, m) -> {};
  }

  /** What was created, and how long each phase took. */
  public record Summary(
      Path workspace,
      String firmName,
      LocalDate businessDate,
      int instruments,
      int counterparties,
      int accounts,
      int books,
      int strategies,
      int prices,
      int fxRates,
      int trades,
      int tradingDays,
      int inboxFiles,
      int injectedFaults,
      Duration generate,
      Duration store,
      Duration writeFiles) {
    public Duration total() {
      return generate.plus(store).plus(writeFiles);
    }
  }

  /** True when the workspace already holds a firm or users (the demo never overwrites either). */
  public static boolean holdsFirm(AppServices services) {
    Repositories r = services.repositories();
    return r.settings().businessDate().isPresent()
        || !r.referenceData().instruments().isEmpty()
        || !r.users().isEmpty();
  }

  /**
   * The holiday calendars the demo needs, covering its history and a margin after the business
   * date.
   */
  public static Map<String, HolidayCalendar> calendarsFor(DemoConfig config) {
    int years = config.historyDays() / 250 + 2;
    return MarketCalendars.standard(config.asOf().getYear() - years, config.asOf().getYear() + 2);
  }

  /**
   * The last business day before {@code today} on the New York and London calendars: the default
   * business date.
   */
  public static LocalDate defaultBusinessDate(LocalDate today) {
    Map<String, HolidayCalendar> cals =
        MarketCalendars.standard(today.getYear() - 1, today.getYear());
    LocalDate d = today.minusDays(1);
    while (!cals.get("XNYS").isBusinessDay(d) || !cals.get("XLON").isBusinessDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  public Summary install(AppServices services, DemoConfig config, Progress progress) {
    Workspace workspace = services.workspace();
    if (holdsFirm(services)) {
      throw new IllegalStateException(
          "The workspace " + workspace.directory() + " already holds a firm");
    }
    long t0 = System.nanoTime();
    progress.update(0, "Generating the demo firm");
    DemoFirm firm =
        new DemoFirmGenerator(calendarsFor(config))
            .generate(
                config,
                f -> progress.update(0.45 * f, "Generating prices and trades"),
                progress::cancelled);
    long t1 = System.nanoTime();

    Path staging = workspace.directory().resolve("inbox.partial");
    deleteTree(staging);
    List<InjectedFault> faults;
    try {
      checkCancelled(progress);
      progress.update(0.45, "Writing broker, custodian and bank files");
      WrittenInbox written = new InboxWriter().write(firm, staging);
      faults = written.faults();
      FaultManifest.write(faults, staging.resolve(".injected-faults.csv"));
      ExpectedMatchManifest.write(
          written.expectedMatches(), staging.resolve(".expected-matches.csv"));
      long t2 = System.nanoTime();

      checkCancelled(progress);
      store(services, firm, progress);
      long t3 = System.nanoTime();

      publishInbox(workspace, staging);
      int files = countFiles(workspace.inbox());
      DemoReferenceData rd = firm.referenceData();
      Summary summary =
          new Summary(
              workspace.directory(),
              rd.firmName(),
              firm.businessDate(),
              rd.instruments().size(),
              rd.counterparties().size(),
              rd.accounts().size(),
              rd.books().size(),
              rd.strategies().size(),
              firm.prices().size(),
              firm.fxRates().size(),
              firm.trades().size(),
              firm.tradingDays().size(),
              files,
              faults.size(),
              Duration.ofNanos(t1 - t0),
              Duration.ofNanos(t3 - t2),
              Duration.ofNanos(t2 - t1));
      progress.update(1, "Demo firm ready");
      LOG.info(
          "Demo firm '{}' created in {}: {} trades, {} prices, {} inbox files, {} injected faults"
              + " in {} ms",
          rd.firmName(),
          workspace.directory(),
          summary.trades(),
          summary.prices(),
          files,
          faults.size(),
          summary.total().toMillis());
      return summary;
    } finally {
      deleteTree(staging);
    }
  }

  private static void store(AppServices services, DemoFirm firm, Progress progress) {
    DemoReferenceData rd = firm.referenceData();
    Repositories r = services.repositories();
    services
        .workspace()
        .run(
            () -> {
              ReferenceDataRepository refdata = r.referenceData();
              refdata.insertCurrencies(rd.currencies());
              refdata.insertCalendars(rd.calendars().values());
              refdata.insertStrategies(rd.strategies());
              refdata.insertBooks(rd.books());
              refdata.insertCounterparties(rd.counterparties());
              refdata.insertInstruments(rd.instruments());
              refdata.insertAccounts(rd.accounts());
              refdata.insertSsis(rd.ssis());
              ReconAliasRepository aliases = ReconRepositories.of(services.workspace()).aliases();
              for (Counterparty c : rd.counterparties()) {
                aliases.put(
                    new ReconAlias(
                        ReconAliases.COUNTERPARTY_NAMES, DemoBankSpellings.of(c), c.code()));
              }
              progress.update(0.55, "Storing price and FX history");
              MarketDataRepository marketData = r.marketData();
              marketData.insertPrices(firm.prices());
              marketData.insertFxRates(firm.fxRates());
              checkCancelled(progress);
              progress.update(0.8, "Storing " + firm.trades().size() + " trades");
              services
                  .area(SettlementServices.class)
                  .positionStore()
                  .insertOpening(firm.openingPositions(), firm.openingCash());
              List<String> tradeDigests =
                  storeTrades(
                      services.area(TradeServices.class).repositories().trades(), firm, progress);
              services
                  .area(SettlementServices.class)
                  .records()
                  .settledInFull(settledFx(firm), CLS_HISTORY);
              checkCancelled(progress);
              progress.update(0.9, "Creating the demo users");
              DemoUsers.create(services.users());
              SettingsRepository settings = r.settings();
              settings.put(SettingsRepository.FIRM_NAME, rd.firmName());
              settings.put(SettingsRepository.BASE_CURRENCY, rd.baseCurrency().code().code());
              settings.put(SettingsRepository.FIRM_BIC, FIRM_BIC);
              settings.put(SettingsRepository.DEMO_SEED, Long.toString(firm.config().seed()));
              settings.put(
                  SettingsRepository.FIRM_CALENDARS,
                  String.join(
                      ",", MarketCalendars.XETR, MarketCalendars.XLON, MarketCalendars.XNYS));
              settings.setBusinessDate(firm.businessDate());
              r.audit()
                  .append(
                      new AuditEvent(
                          DemoUsers.ALL.get(0).username(),
                          services.clock().instant(),
                          TradeDataCheck.DEMO_ENTITY,
                          services.workspace().directory().toString(),
                          AuditAction.IMPORT,
                          "",
                          Json.write(
                              new Generated(
                                  rd.firmName(),
                                  firm.businessDate(),
                                  firm.config().seed(),
                                  rd.instruments().size(),
                                  firm.prices().size(),
                                  firm.fxRates().size(),
                                  firm.trades().size(),
                                  tradeDigests)),
                          "demo firm generated"));
              progress.update(0.97, "Committing");
            });
  }

  /**
   * The demo's FX trades that settled by the business date, each on its day. FX settles through
   * CLS, which writes no custodian status file, so the firm keeps their settlement records as it is
   * made; securities settle as the custodians' files in the inbox report them.
   */
  private static List<SettlementRecords.Settlement> settledFx(DemoFirm firm) {
    Set<InstrumentId> fx =
        firm.referenceData().instruments().stream()
            .filter(Instrument::isFx)
            .map(Instrument::id)
            .collect(Collectors.toSet());
    Map<TradeId, SettlementOutcome> outcomes =
        firm.settlementOutcomes().stream()
            .collect(Collectors.toMap(SettlementOutcome::tradeId, Function.identity()));
    List<SettlementRecords.Settlement> settled = new ArrayList<>();
    for (Trade t : firm.trades()) {
      SettlementOutcome o = outcomes.get(t.id());
      if (fx.contains(t.instrumentId())
          && o != null
          && !o.stillFailing()
          && t.status() != TradeStatus.CANCELLED) {
        settled.add(new SettlementRecords.Settlement(t, o.actualDate()));
      }
    }
    return settled;
  }

  private static void publishInbox(Workspace workspace, Path staging) {
    try {
      Path manifest = workspace.directory().resolve(FAULT_MANIFEST);
      Files.createDirectories(manifest.getParent());
      Files.move(
          staging.resolve(".injected-faults.csv"), manifest, StandardCopyOption.REPLACE_EXISTING);
      Files.move(
          staging.resolve(".expected-matches.csv"),
          workspace.directory().resolve(EXPECTED_MATCHES),
          StandardCopyOption.REPLACE_EXISTING);
      Files.createDirectories(workspace.inbox());
      try (Stream<Path> children = Files.list(staging)) {
        for (Path child : children.toList()) {
          Path target = workspace.inbox().resolve(child.getFileName().toString());
          deleteTree(target);
          Files.move(child, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not move the demo inbox files into " + workspace.inbox(), e);
    }
  }

  private static void checkCancelled(Progress progress) {
    if (progress.cancelled()) {
      throw new CancellationException("Demo firm creation cancelled");
    }
  }

  /** What the audit trail records of the generated firm. */
  private record Generated(
      String firm,
      LocalDate businessDate,
      long seed,
      int instruments,
      int prices,
      int fxRates,
      int trades,
      List<String> rowDigests) {}

  /**
   * Stores the trades with the versions of their lifecycle, a few thousand trades at a time, and
   * returns their digests as stored, for {@code audit verify --data}.
   */
  private static List<String> storeTrades(
      TradeRepository trades, DemoFirm firm, Progress progress) {
    DemoLifecycle lifecycle = DemoLifecycle.of(firm, DemoUsers.usernameOf(Role.CLERK));
    RowDigests digests = new RowDigests();
    List<TradeVersion> chunk = new ArrayList<>(STORE_CHUNK + 8);
    PositionChanges positions = new PositionChanges();
    for (Trade t : firm.trades()) { // in id order, as the generator numbers them
      List<TradeVersion> versions = lifecycle.versionsOf(t);
      TradePositions.add(positions, versions.get(versions.size() - 1).trade());
      digests.add(
          t.id().value(),
          TradeDataCheck.loadedRow(versions.stream().map(TradeVersion::trade).toList()));
      chunk.addAll(versions);
      if (chunk.size() >= STORE_CHUNK) {
        trades.insertWithHistory(chunk);
        chunk.clear();
        checkCancelled(progress);
      }
    }
    trades.insertWithHistory(chunk);
    trades.postBulk(positions);
    return digests.texts();
  }
}
