package com.tickmark.app.recon;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.AreaServices;
import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.app.trade.TradeServices;
import com.tickmark.model.approval.ApprovalHandler;
import com.tickmark.model.marketdata.ReportingRates;
import com.tickmark.model.recon.alias.ReconAliases;
import com.tickmark.model.recon.definition.ReconDefinitions;
import com.tickmark.model.recon.input.ReconInputs;
import com.tickmark.model.recon.report.ReconReader;
import com.tickmark.model.recon.run.BreakWork;
import com.tickmark.model.recon.run.Recon;
import com.tickmark.model.recon.run.ReconBreak;
import com.tickmark.model.recon.run.ReconRun;
import com.tickmark.model.recon.run.ReconRunService;
import com.tickmark.model.recon.statement.BankStatementService;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.security.Actor;
import com.tickmark.persistence.Repositories;
import com.tickmark.persistence.recon.ReconRepositories;
import com.tickmark.persistence.settlement.SettlementRepositories;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/** The reconciliation area's services over one open workspace. */
public final class ReconServices implements AreaServices {
  private final ReconInputs inputs;
  private final BankStatementService statements;
  private final ReconDefinitions definitions;
  private final ReconRunService runs;
  private final BreakWork breaks;
  private final ReferenceDataService referenceData;
  private final ReconAliases aliases;
  private final ReconSideReaders sides;

  ReconServices(AppServices platform) {
    ReconRepositories repositories = ReconRepositories.of(platform.workspace());
    Repositories shared = platform.repositories();
    this.inputs =
        new ReconInputs(
            repositories.inputs(), shared.audit(), platform.workspace(), platform.clock());
    this.statements =
        new BankStatementService(
            repositories.statements(),
            shared.referenceData(),
            shared.audit(),
            platform.workspace(),
            platform.clock());
    if (platform.workspace().readOnly().isEmpty()) {
      // an import killed part-way leaves no lines or entries behind
      inputs.recoverUnfinished();
      statements.recoverUnfinished();
    }
    ReconSideReaders sides =
        new ReconSideReaders(
            platform.area(TradeServices.class).repositories().trades(),
            repositories.inputs(),
            repositories.statements(),
            SettlementRepositories.of(platform.workspace()).statuses(),
            platform.area(SettlementServices.class).positions(),
            platform.area(SettlementServices.class).obligations(),
            shared.referenceData(),
            shared.marketData(),
            shared.settings(),
            repositories.aliases());
    this.sides = sides;
    this.definitions =
        new ReconDefinitions(
            repositories.definitions(),
            sides::recons,
            shared.audit(),
            platform.workspace(),
            platform.clock());
    this.runs =
        new ReconRunService(
            repositories.runs(),
            definitions::recons,
            sides,
            sides::businessDay,
            shared.audit(),
            platform.workspace(),
            platform.clock(),
            platform.businessDate(),
            actor -> {
              CurrencyCode base = platform.firm().reportingCurrency(actor);
              return new ReportingRates(base, platform.marketData().fxRatesAgainst(actor, base));
            });
    this.breaks =
        new BreakWork(
            repositories.runs(),
            name ->
                definitions.recons().stream()
                    .filter(r -> r.name().equals(name))
                    .findFirst()
                    .orElseThrow(),
            user -> shared.users().findByUsername(user).isPresent(),
            shared.users()::enabledUsernames,
            platform.approvals(),
            shared.audit(),
            platform.workspace(),
            platform.clock());
    this.referenceData = platform.referenceData();
    this.aliases =
        new ReconAliases(
            repositories.aliases(),
            shared.referenceData()::counterparties,
            shared.audit(),
            platform.workspace(),
            platform.clock());
  }

  /** Broker confirmations and custodian holdings: import, list. */
  public ReconInputs inputs() {
    return inputs;
  }

  /** The bank statements: import, and the stored ones. */
  public BankStatementService statements() {
    return statements;
  }

  /** The recons' settings: as shipped, or as the firm changed them. */
  public ReconDefinitions definitions() {
    return definitions;
  }

  /** The recons: run them for a date, their runs and breaks. */
  public ReconRunService runs() {
    return runs;
  }

  /** Working breaks: assign, comment, resolve, write off, reopen. */
  public BreakWork breaks() {
    return breaks;
  }

  /** The firm's recon aliases (counterparty names as its banks spell them): list, add, remove. */
  public ReconAliases aliases() {
    return aliases;
  }

  /** What the built-in recons read from the workspace (tests run the engine over it). */
  ReconSideReaders sides() {
    return sides;
  }

  @Override
  public List<ApprovalHandler<?>> approvalHandlers() {
    return List.of(breaks.approvalHandler());
  }

  @Override
  public void addReportReaders(Actor actor, ReportContext.Builder context) {
    context.reader(ReconReader.class, reader(actor));
  }

  /** The recons, runs and breaks through the permission-checked services, as {@code actor}. */
  private ReconReader reader(Actor actor) {
    return new ReconReader() {
      @Override
      public List<Recon> recons() {
        return runs.recons(actor);
      }

      @Override
      public List<ReconRun> runs(Optional<String> recon) {
        return runs.runs(actor, recon);
      }

      @Override
      public List<ReconBreak> breaks(Optional<String> recon) {
        return runs.breaks(actor, recon);
      }

      @Override
      public ToIntFunction<ReconBreak> ages() {
        return runs.ages();
      }

      @Override
      public List<Currency> currencies() {
        return referenceData.currencies(actor);
      }
    };
  }
}
