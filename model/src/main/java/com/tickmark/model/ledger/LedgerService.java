package com.tickmark.model.ledger;

import com.tickmark.model.approval.ApprovalHandler;
import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.approval.ApprovalService;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.json.Json;
import com.tickmark.model.marketdata.ReportingRates;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.ReferenceData;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.tx.Transactions;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The ledger as its users work it: the chart, entries posted from the lifecycle, manual journals
 * under four eyes, the trial balance and account statements, and the closing of periods. Posted
 * entries are never changed; a correction is a reversal.
 */
public final class LedgerService {
  public static final String ENTITY_ACCOUNT = "LedgerAccount";
  public static final String ENTITY_ENTRY = "JournalEntry";
  public static final String ENTITY_PERIOD = "LedgerPeriod";
  public static final String MANUAL_JOURNAL = "MANUAL_JOURNAL";
  private static final int EXPORT_CHUNK = 5_000;

  private final LedgerStore store;
  private final Transactions tx;
  private final AuditTrail audit;
  private final ApprovalService approvals;
  private final ReferenceDataStore referenceData;
  private final Function<Actor, ReportingRates> rates;
  private final Clock clock;

  /**
   * @param rates the firm's reporting currency and its closing rates, as {@code actor} reads them
   */
  public LedgerService(
      LedgerStore store,
      Transactions tx,
      AuditTrail audit,
      ApprovalService approvals,
      ReferenceDataStore referenceData,
      Function<Actor, ReportingRates> rates,
      Clock clock) {
    this.store = store;
    this.tx = tx;
    this.audit = audit;
    this.approvals = approvals;
    this.referenceData = referenceData;
    this.rates = rates;
    this.clock = clock;
  }

  /** The firm's chart: as stored, or the standard chart before the ledger first posts. */
  public ChartOfAccounts chart(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return chart();
  }

  private ChartOfAccounts chart() {
    List<LedgerAccount> stored = store.accounts();
    return stored.isEmpty() ? ChartOfAccounts.standard() : new ChartOfAccounts(stored);
  }

  /** Stores the standard chart when the workspace has none yet, in the caller's transaction. */
  private ChartOfAccounts seededChart(String by, Instant at) {
    List<LedgerAccount> stored = store.accounts();
    if (!stored.isEmpty()) {
      return new ChartOfAccounts(stored);
    }
    ChartOfAccounts standard = ChartOfAccounts.standard();
    standard.accounts().forEach(a -> store.saveAccount(a, by, at));
    return standard;
  }

  /**
   * Adds an account to the chart, or changes one (its name, parent, currency or class while nothing
   * is posted to it); audited with the account before and after.
   */
  public LedgerAccount saveAccount(Actor actor, LedgerAccount account, String reason) {
    actor.require(Permission.POST_JOURNALS);
    return tx.inTransaction(
        () -> {
          Instant now = now();
          ChartOfAccounts chart = seededChart(actor.username(), now);
          Optional<LedgerAccount> before = chart.find(account.code());
          ChartOfAccounts next = chart.with(account);
          if (before.isPresent()
              && (before.get().accountClass() != account.accountClass()
                  || before.get().header() != account.header())
              && store.hasPostings(account.code())) {
            throw new IllegalArgumentException(
                "Account "
                    + account.code()
                    + " has postings: its class and whether it is a header cannot change.");
          }
          next.get(account.code());
          store.saveAccount(account, actor.username(), now);
          audit.append(
              new AuditEvent(
                  actor.username(),
                  now,
                  ENTITY_ACCOUNT,
                  account.code(),
                  before.isPresent() ? AuditAction.AMEND : AuditAction.CREATE,
                  before.map(Json::write).orElse(""),
                  Json.write(account),
                  reason));
          return account;
        });
  }

  /** The trial balance as of {@code asOf}, for {@code book} or (null) consolidated. */
  public TrialBalance trialBalance(Actor actor, LocalDate asOf, BookId book) {
    actor.require(Permission.VIEW_DATA);
    return TrialBalance.of(
        chart(), asOf, book, rates.apply(actor).reportingCurrency(), store.balances(asOf));
  }

  /** The income statement of {@code from} to {@code to}, for {@code book} or consolidated. */
  public FinancialStatement incomeStatement(
      Actor actor, LocalDate from, LocalDate to, BookId book) {
    actor.require(Permission.VIEW_DATA);
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "The period ends (" + to + ") before it starts (" + from + ").");
    }
    return FinancialStatement.incomeStatement(
        chart(),
        from,
        to,
        book,
        rates.apply(actor).reportingCurrency(),
        store.balances(to),
        store.balances(from.minusDays(1)));
  }

  /**
   * The P&amp;L as of {@code asOf} by book, strategy or instrument: day, month to date, year to
   * date.
   */
  public ProfitAndLoss profitAndLoss(Actor actor, LocalDate asOf, ProfitAndLoss.By by) {
    actor.require(Permission.VIEW_DATA);
    ChartOfAccounts chart = chart();
    List<String> pnlAccounts =
        chart.accounts().stream()
            .filter(a -> !a.header() && !a.accountClass().balanceSheet())
            .map(LedgerAccount::code)
            .toList();
    return ProfitAndLoss.of(
        chart,
        PostingAccounts.standard(),
        asOf,
        rates.apply(actor).reportingCurrency(),
        by,
        store.lines(pnlAccounts, asOf.withDayOfYear(1), asOf));
  }

  /** The balance sheet as of {@code asOf}, for {@code book} or consolidated. */
  public FinancialStatement balanceSheet(Actor actor, LocalDate asOf, BookId book) {
    actor.require(Permission.VIEW_DATA);
    return FinancialStatement.balanceSheet(
        chart(), asOf, book, rates.apply(actor).reportingCurrency(), store.balances(asOf));
  }

  /** The statement of the account {@code code} from {@code from} to {@code to}. */
  public AccountStatement statement(Actor actor, String code, LocalDate from, LocalDate to) {
    actor.require(Permission.VIEW_DATA);
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "The statement ends (" + to + ") before it starts (" + from + ").");
    }
    LedgerAccount account =
        chart()
            .find(code)
            .orElseThrow(
                () ->
                    new IllegalArgumentException("There is no account " + code + " in the chart."));
    return AccountStatement.of(
        account, from, to, store.balances(from.minusDays(1)), store.lines(code, from, to));
  }

  /** The journal's entries {@code filter} selects, newest first, at most {@code limit}. */
  public List<JournalEntry> entries(Actor actor, EntryFilter filter, int limit) {
    actor.require(Permission.VIEW_DATA);
    return store.entries(filter, limit);
  }

  public Optional<JournalEntry> entry(Actor actor, long id) {
    actor.require(Permission.VIEW_DATA);
    return store.entry(id);
  }

  /**
   * Writes the posted journal in {@code format} to {@code out}, for ledger-cli, hledger or
   * beancount to check the balances; returns the number of entries written.
   */
  public long export(Actor actor, PlainTextJournal.Format format, Writer out) {
    actor.require(Permission.EXPORT_DATA);
    PlainTextJournal text = new PlainTextJournal(chart(), format);
    long next = 1;
    long written = 0;
    boolean first = true;
    while (true) {
      List<JournalEntry> chunk = store.entriesFrom(next, EXPORT_CHUNK);
      if (chunk.isEmpty()) {
        break;
      }
      for (JournalEntry e : chunk) {
        if (first) {
          text.writeHeader(out, e.content().date());
          first = false;
        }
        if (e.posted()) {
          text.writeEntry(out, e);
          written++;
        }
      }
      next = chunk.get(chunk.size() - 1).id() + 1;
    }
    if (first) {
      text.writeHeader(out, LocalDate.now(clock));
    }
    return written;
  }

  /**
   * Posts entries of the lifecycle (trades, settlements, marks, revaluations, penalties,
   * write-offs) in order, each once: an entry whose event is already in the journal is skipped.
   * Returns the entries stored.
   *
   * @throws IllegalStateException when an entry falls in a closed period
   */
  public List<JournalEntry> postLifecycle(Actor actor, List<EntryDraft> drafts) {
    return postLifecycle(actor, drafts, keys -> store.postedEvents(keys)::contains);
  }

  /**
   * As {@link #postLifecycle(Actor, List)}, for a caller that already knows which events the
   * journal holds ({@code posted}, asked of the drafts' keys): the posting rules read every key of
   * the journal when they start, so asking the database again would only cost time.
   */
  public List<JournalEntry> postLifecycle(
      Actor actor, List<EntryDraft> drafts, Function<List<String>, Predicate<String>> posted) {
    actor.require(Permission.ROLL_BUSINESS_DATE);
    String by = actor.username();
    return tx.inTransaction(
        () -> {
          Instant now = now();
          ChartOfAccounts chart = seededChart(by, now);
          Set<YearMonth> closed = closedMonths();
          List<JournalEntry> entries = new ArrayList<>(drafts.size());
          long id = store.lastEntryId();
          Predicate<String> inJournal =
              posted.apply(drafts.stream().map(EntryDraft::eventKey).toList());
          Set<String> seen = new HashSet<>();
          for (EntryDraft d : drafts) {
            if (d.eventKey() == null) {
              throw new IllegalArgumentException("A lifecycle entry needs its event key");
            }
            if (!seen.add(d.eventKey()) || inJournal.test(d.eventKey())) {
              continue;
            }
            requireOpen(closed, d.date());
            requirePostable(chart, d);
            entries.add(new JournalEntry(++id, d, EntryState.POSTED, by, now, by, now));
          }
          store.insert(entries);
          return entries;
        });
  }

  /**
   * Submits a manual journal for a second accountant's approval; it posts when approved. Checked
   * now as it will be then: accounts, currencies, books, balance and an open period.
   */
  public ApprovalRequest submitManual(Actor actor, ManualJournal journal, String reason) {
    actor.require(Permission.POST_JOURNALS);
    EntryDraft draft = draftOf(journal, actor);
    requireOpen(closedMonths(), draft.date());
    return approvals.submit(
        actor,
        MANUAL_JOURNAL,
        ENTITY_ENTRY,
        "",
        "Manual journal of "
            + draft.date()
            + ": "
            + draft.description()
            + " ("
            + draft.lines().size()
            + " lines, "
            + totalsText(draft)
            + ")",
        "",
        readable(journal, draft),
        journal,
        reason);
  }

  /**
   * What the approver reads of a manual journal (the request's after): its date, description and
   * each line in words ("5200 · Fees: debit 150.00 USD, book MOMO-US, memo audit 2025").
   */
  private String readable(ManualJournal journal, EntryDraft draft) {
    ChartOfAccounts chart = chart();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("Date", draft.date().toString());
    fields.put("Description", draft.description());
    // the fields are written in key order: "Line 01" … "Line 12" when there are ten or more
    String number = "%0" + Integer.toString(draft.lines().size()).length() + "d";
    for (int i = 0; i < draft.lines().size(); i++) {
      JournalLine l = draft.lines().get(i);
      String book = journal.lines().get(i).book();
      fields.put(
          "Line " + String.format(Locale.ROOT, number, i + 1),
          chart.get(l.account()).label()
              + (l.amount().signum() > 0 ? ": debit " : ": credit ")
              + l.amount().abs().toPlainString()
              + " "
              + l.currency().code()
              + (book == null || book.isBlank() ? "" : ", book " + book.trim())
              + (l.memo().isBlank() ? "" : ", memo " + l.memo()));
    }
    return Json.write(fields);
  }

  /** What applies an approved manual journal: it posts, as the approver. */
  public ApprovalHandler<ManualJournal> approvalHandler() {
    return new ApprovalHandler<>() {
      @Override
      public String kind() {
        return MANUAL_JOURNAL;
      }

      @Override
      public Permission approvePermission() {
        return Permission.APPROVE_JOURNALS;
      }

      @Override
      public Class<ManualJournal> payloadType() {
        return ManualJournal.class;
      }

      @Override
      public void apply(ApprovalRequest request, ManualJournal journal, Actor checker) {
        EntryDraft draft = draftOf(journal, checker);
        requireOpen(closedMonths(), draft.date());
        Instant now = now();
        seededChart(checker.username(), now);
        long id = store.lastEntryId() + 1;
        store.insert(
            List.of(
                new JournalEntry(
                    id,
                    draft,
                    EntryState.POSTED,
                    request.maker(),
                    request.submittedAt(),
                    checker.username(),
                    now)));
        audit.append(
            new AuditEvent(
                checker.username(),
                now,
                ENTITY_ENTRY,
                Long.toString(id),
                AuditAction.CREATE,
                "",
                Json.write(journal),
                "Manual journal of request " + request.id() + " posted"));
      }
    };
  }

  /** The manual journals waiting for approval. */
  public List<ApprovalRequest> pendingManual(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return approvals.pending(MANUAL_JOURNAL);
  }

  /**
   * Closes and locks {@code period}: refused while a manual journal dated in it waits for approval,
   * or when the trial balance at its end does not balance. Audited.
   */
  public ClosedPeriod closePeriod(Actor actor, YearMonth period) {
    actor.require(Permission.CLOSE_PERIODS);
    return tx.inTransaction(
        () -> {
          if (closedMonths().contains(period)) {
            throw new IllegalArgumentException(period + " is already closed.");
          }
          List<ApprovalRequest> waiting =
              approvals.pending(MANUAL_JOURNAL).stream()
                  .filter(
                      r ->
                          YearMonth.from(dateOf(Json.read(r.payload(), ManualJournal.class)))
                              .equals(period))
                  .toList();
          if (!waiting.isEmpty()) {
            throw new IllegalArgumentException(
                period
                    + " cannot close: "
                    + waiting.size()
                    + " manual journal(s) dated in it wait for approval (request "
                    + waiting.stream().map(r -> r.id().toString()).collect(Collectors.joining(", "))
                    + ").");
          }
          TrialBalance tb =
              TrialBalance.of(
                  chart(),
                  period.atEndOfMonth(),
                  null,
                  rates.apply(actor).reportingCurrency(),
                  store.balances(period.atEndOfMonth()));
          if (!tb.balanced()) {
            throw new IllegalStateException(
                period
                    + " cannot close: its trial balance does not balance ("
                    + tb.totals()
                    + ").");
          }
          ClosedPeriod closed = new ClosedPeriod(period, actor.username(), now());
          store.closePeriod(closed);
          audit.append(
              new AuditEvent(
                  actor.username(),
                  closed.closedAt(),
                  ENTITY_PERIOD,
                  period.toString(),
                  AuditAction.STATUS_CHANGE,
                  "OPEN",
                  "CLOSED",
                  "Period closed"));
          return closed;
        });
  }

  public List<ClosedPeriod> closedPeriods(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.closedPeriods();
  }

  private Set<YearMonth> closedMonths() {
    return store.closedPeriods().stream()
        .map(ClosedPeriod::period)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static void requireOpen(Set<YearMonth> closed, LocalDate date) {
    if (closed.contains(YearMonth.from(date))) {
      throw new IllegalStateException(
          "The period "
              + YearMonth.from(date)
              + " is closed: nothing more posts on "
              + date
              + ". Date the entry in an open period.");
    }
  }

  private static void requirePostable(ChartOfAccounts chart, EntryDraft d) {
    for (JournalLine l : d.lines()) {
      LedgerAccount a =
          chart
              .find(l.account())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "Entry "
                              + d.eventKey()
                              + " posts to account "
                              + l.account()
                              + ", not in the chart"));
      if (a.header()) {
        throw new IllegalArgumentException(
            "Entry "
                + d.eventKey()
                + " posts to "
                + a.label()
                + ", a header that takes no postings");
      }
      if (a.currency() != null && !a.currency().equals(l.currency())) {
        throw new IllegalArgumentException(
            "Entry "
                + d.eventKey()
                + " posts "
                + l.currency()
                + " to "
                + a.label()
                + ", which holds only "
                + a.currency());
      }
    }
  }

  /** The entry a manual journal posts, checked: accounts, currencies, books and balance. */
  EntryDraft draftOf(ManualJournal journal, Actor actor) {
    LocalDate date = dateOf(journal);
    if (journal.description() == null || journal.description().isBlank()) {
      throw new IllegalArgumentException("A manual journal needs a description.");
    }
    ChartOfAccounts chart = chart();
    ReferenceData ref = ReferenceData.of(referenceData);
    List<JournalLine> lines = new ArrayList<>();
    int n = 0;
    for (ManualJournal.Line l : journal.lines()) {
      n++;
      String where = (l.source() == null || l.source().isBlank() ? "line " + n : l.source()) + ": ";
      LedgerAccount account =
          chart
              .find(l.account() == null ? null : l.account().trim())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          where
                              + "account: there is no account '"
                              + l.account()
                              + "' in the chart"));
      if (account.header()) {
        throw new IllegalArgumentException(
            where + "account: " + account.label() + " is a header and takes no postings");
      }
      CurrencyCode currency;
      try {
        currency = CurrencyCode.of(l.currency());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + "currency: " + e.getMessage());
      }
      if (account.currency() != null && !account.currency().equals(currency)) {
        throw new IllegalArgumentException(
            where + "currency: " + account.label() + " holds only " + account.currency());
      }
      BigDecimal amount;
      try {
        amount = new BigDecimal(l.amount().trim());
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            where
                + "amount: '"
                + l.amount()
                + "' is not a number (debit positive, credit negative)");
      }
      if (amount.signum() == 0) {
        throw new IllegalArgumentException(where + "amount: a line must move something");
      }
      Book book = null;
      if (l.book() != null && !l.book().isBlank()) {
        book =
            ref.book(l.book().trim())
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            where + "book: there is no book '" + l.book() + "'"));
      }
      lines.add(
          new JournalLine(
              account.code(),
              currency,
              amount,
              BigDecimal.ZERO,
              book == null ? null : book.id(),
              book == null ? null : book.strategyCode(),
              null,
              l.memo()));
    }
    return new EntryDraft(
        date,
        EntryKind.MANUAL,
        null,
        null,
        journal.description().trim(),
        ReportingAmounts.assign(lines, rates.apply(actor), date),
        null);
  }

  private static LocalDate dateOf(ManualJournal journal) {
    try {
      return LocalDate.parse(journal.date() == null ? "" : journal.date().trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "date: '" + journal.date() + "' is not a date as YYYY-MM-DD");
    }
  }

  private static String totalsText(EntryDraft d) {
    return d.lines().stream()
        .filter(l -> l.amount().signum() > 0)
        .collect(
            Collectors.groupingBy(
                JournalLine::currency,
                java.util.TreeMap::new,
                Collectors.reducing(BigDecimal.ZERO, JournalLine::amount, BigDecimal::add)))
        .entrySet()
        .stream()
        .map(e -> e.getValue().toPlainString() + " " + e.getKey())
        .collect(Collectors.joining(", "));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
