package com.tickmark.app.ledger;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.AreaServices;
import com.tickmark.model.approval.ApprovalHandler;
import com.tickmark.model.ledger.AccountStatement;
import com.tickmark.model.ledger.ChartOfAccounts;
import com.tickmark.model.ledger.FinancialStatement;
import com.tickmark.model.ledger.LedgerService;
import com.tickmark.model.ledger.ProfitAndLoss;
import com.tickmark.model.ledger.TrialBalance;
import com.tickmark.model.ledger.posting.PostingService;
import com.tickmark.model.ledger.report.LedgerReader;
import com.tickmark.model.marketdata.ReportingRates;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.security.Actor;
import com.tickmark.model.time.EndOfDayStep;
import com.tickmark.persistence.ledger.LedgerRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** The ledger area's services over one open workspace. */
public final class LedgerServices implements AreaServices {
  private final LedgerRepository store;
  private final LedgerService ledger;
  private final ReferenceDataService referenceData;
  private final PostingService posting;
  private final Supplier<LocalDate> businessDate;

  LedgerServices(AppServices platform) {
    this.store = LedgerRepository.of(platform.workspace());
    this.referenceData = platform.referenceData();
    Function<Actor, ReportingRates> rates =
        actor -> {
          CurrencyCode base = platform.firm().reportingCurrency(actor);
          return new ReportingRates(base, platform.marketData().fxRatesAgainst(actor, base));
        };
    this.ledger =
        new LedgerService(
            store,
            platform.workspace(),
            platform.repositories().audit(),
            platform.approvals(),
            platform.repositories().referenceData(),
            rates,
            platform.clock());
    this.posting = new PostingService(ledger, store, new LedgerSource(platform, rates));
    this.businessDate = () -> platform.businessDate().businessDate();
  }

  /** The chart, the journal, trial balance, statements, manual journals and periods. */
  public LedgerService ledger() {
    return ledger;
  }

  @Override
  public void addReportReaders(Actor actor, ReportContext.Builder context) {
    context.reader(
        LedgerReader.class,
        new LedgerReader() {
          @Override
          public ChartOfAccounts chart() {
            return ledger.chart(actor);
          }

          @Override
          public List<Book> books() {
            return referenceData.books(actor);
          }

          @Override
          public TrialBalance trialBalance(LocalDate asOf, BookId book) {
            return ledger.trialBalance(actor, asOf, book);
          }

          @Override
          public AccountStatement statement(String account, LocalDate from, LocalDate to) {
            return ledger.statement(actor, account, from, to);
          }

          @Override
          public FinancialStatement incomeStatement(LocalDate from, LocalDate to, BookId book) {
            return ledger.incomeStatement(actor, from, to, book);
          }

          @Override
          public FinancialStatement balanceSheet(LocalDate asOf, BookId book) {
            return ledger.balanceSheet(actor, asOf, book);
          }

          @Override
          public ProfitAndLoss profitAndLoss(LocalDate asOf, ProfitAndLoss.By by) {
            return ledger.profitAndLoss(actor, asOf, by);
          }
        });
  }

  /** The trade lifecycle posted to the ledger through a date (end of day, or on demand). */
  public PostingService posting() {
    return posting;
  }

  /** The end of day posts the business date's events before the date moves on. */
  @Override
  public List<EndOfDayStep> endOfDaySteps() {
    return List.of(posting.endOfDayStep(businessDate));
  }

  /** Manual journals post when a second accountant approves them. */
  @Override
  public List<ApprovalHandler<?>> approvalHandlers() {
    return List.of(ledger.approvalHandler());
  }
}
