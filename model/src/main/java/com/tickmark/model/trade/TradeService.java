package com.tickmark.model.trade;

import com.tickmark.model.approval.ApprovalHandler;
import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.approval.ApprovalService;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.time.BusinessDateProvider;
import com.tickmark.model.tx.Transactions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A trade's life after capture: manual entry with validation, confirmation and affirmation,
 * settlement (or a fail, then late settlement), amendments and cancellations. Every change is a new
 * version (the old ones are kept) and is audited. Once the broker has confirmed a trade, amending
 * or cancelling it needs a second person holding APPROVE_TRADE_CHANGES.
 */
public final class TradeService {
  public static final String ENTITY = "Trade";
  public static final String AMEND = "TRADE_AMEND";
  public static final String CANCEL = "TRADE_CANCEL";

  /**
   * The steps of the lifecycle that need no approval and may be taken by several trades at once.
   */
  private static final Set<TradeStatus> STEPS =
      EnumSet.of(
          TradeStatus.CONFIRMED, TradeStatus.AFFIRMED, TradeStatus.SETTLED, TradeStatus.FAILED);

  /** A hand-keyed price further than this from the reference price is refused as a likely typo. */
  public static final BigDecimal PRICE_TOLERANCE = TradeRules.PRICE_TOLERANCE;

  private final TradeStore trades;
  private final ApprovalService approvals;
  private final ReferenceDataStore referenceData;
  private final ReferencePrices prices;
  private final AuditTrail audit;
  private final Transactions tx;
  private final Clock clock;
  private final BusinessDateProvider businessDate;
  private final List<TradeStatusHook> statusHooks = new CopyOnWriteArrayList<>();

  public TradeService(
      TradeStore trades,
      ReferenceDataStore referenceData,
      ReferencePrices prices,
      ApprovalService approvals,
      AuditTrail audit,
      Transactions tx,
      Clock clock,
      BusinessDateProvider businessDate) {
    this.trades = trades;
    this.referenceData = referenceData;
    this.prices = prices;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
    this.businessDate = businessDate;
    this.approvals = approvals;
  }

  /**
   * What applies an approved amendment or cancellation of a confirmed trade; the composition root
   * registers them with the {@link ApprovalService} this service submits its requests to.
   */
  public List<ApprovalHandler<?>> approvalHandlers() {
    return List.of(new AmendHandler(), new CancelHandler());
  }

  /**
   * Calls {@code hook} with every status change from now on (confirm, affirm, settle, fail), in the
   * change's transaction: an area that opens after the trade area records its side of the move.
   */
  public void addStatusHook(TradeStatusHook hook) {
    statusHooks.add(hook);
  }

  public Optional<Trade> find(Actor actor, TradeId id) {
    actor.require(Permission.VIEW_DATA);
    return trades.find(id);
  }

  public List<TradeVersion> history(Actor actor, TradeId id) {
    actor.require(Permission.VIEW_DATA);
    return trades.history(id);
  }

  /** Records a hand-keyed trade after checking every field; refuses with all the problems found. */
  public Trade capture(Actor actor, NewTrade n, String reason) {
    actor.require(Permission.CAPTURE_TRADES);
    TradeValidator.Checked checked = validator().check(n, businessDate.businessDate()).orThrow();
    Instant executed = n.executionTime() == null ? clock.instant() : n.executionTime();
    return tx.inTransaction(
        () -> {
          TradeId id = trades.nextId();
          Trade trade =
              checked
                  .terms()
                  .trade(
                      id,
                      "MANUAL-" + id.value(),
                      n.orderId(),
                      n.brokerRef(),
                      executed,
                      TradeSource.MANUAL);
          Instant now = clock.instant();
          trades.insert(trade, actor.username(), now, reason);
          audit.append(
              new AuditEvent(
                  actor.username(),
                  now,
                  ENTITY,
                  id.display(),
                  AuditAction.CREATE,
                  "",
                  TradeJson.of(trade),
                  reason));
          return trade;
        });
  }

  private TradeValidator validator() {
    return TradeValidator.of(referenceData, prices);
  }

  /**
   * The reference price a hand-keyed price of {@code instrument} traded on {@code date} is checked
   * against (see {@link TradeValidator}), for a screen that checks as the user types.
   */
  public Optional<BigDecimal> referencePrice(Actor actor, InstrumentId instrument, LocalDate date) {
    actor.require(Permission.VIEW_DATA);
    return prices.closeOnOrBefore(instrument, date);
  }

  /** The broker confirmed the trade. */
  public Trade confirm(Actor actor, TradeId id, String reason) {
    return changeStatus(actor, id, TradeStatus.CONFIRMED, reason);
  }

  /** The trade is affirmed (allocation and confirmation agreed, SEC Rule 15c6-2). */
  public Trade affirm(Actor actor, TradeId id, String reason) {
    return changeStatus(actor, id, TradeStatus.AFFIRMED, reason);
  }

  /**
   * The trade settled at the custodian: an AFFIRMED trade on its settlement date, or a FAILED one
   * late. Not before its settlement date (the workspace's business date says what day it is).
   */
  public Trade settle(Actor actor, TradeId id, String reason) {
    return changeStatus(actor, id, TradeStatus.SETTLED, reason);
  }

  /**
   * The AFFIRMED trade did not settle on its settlement date: it is FAILED until it settles late.
   * Not before its settlement date.
   */
  public Trade fail(Actor actor, TradeId id, String reason) {
    return changeStatus(actor, id, TradeStatus.FAILED, reason);
  }

  /**
   * Confirms, affirms, settles or fails ({@code to}) every trade in {@code ids} in one transaction:
   * all of them move, or none does when one is refused.
   *
   * @return their new versions, in the order of {@code ids}
   */
  public List<Trade> changeStatus(Actor actor, List<TradeId> ids, TradeStatus to, String reason) {
    if (!STEPS.contains(to)) {
      throw new IllegalArgumentException(
          "Trades move together only to " + STEPS + "; " + to + " is a change of its own.");
    }
    return tx.inTransaction(
        () -> ids.stream().map(id -> changeStatus(actor, id, to, reason)).toList());
  }

  private Trade changeStatus(Actor actor, TradeId id, TradeStatus to, String reason) {
    actor.require(Permission.CAPTURE_TRADES);
    return tx.inTransaction(
        () -> {
          Trade before = existing(id);
          TradeLifecycle.require(before, to);
          LocalDate today = businessDate.businessDate();
          if (TradeLifecycle.isSettlementOutcome(to)
              && !TradeLifecycle.settlementDue(before, today)) {
            throw new IllegalStateException(
                "Trade "
                    + id
                    + " settles on "
                    + before.settlementDate()
                    + "; on business date "
                    + today
                    + " it can neither settle nor fail yet.");
          }
          Trade after = before.nextVersionWithStatus(to);
          record(actor.username(), before, after, AuditAction.STATUS_CHANGE, reason);
          for (TradeStatusHook hook : statusHooks) {
            hook.statusChanged(actor.username(), before, after, today);
          }
          return after;
        });
  }

  /**
   * Amends a trade: at once while it is NEW; once confirmed, as a request a second person approves.
   *
   * @return the amended trade, or empty when the amendment waits for approval (see {@link
   *     ApprovalService})
   */
  public Outcome amend(Actor actor, TradeId id, TradeAmendment amendment, String reason) {
    actor.require(Permission.AMEND_TRADES);
    if (amendment.isEmpty()) {
      throw new IllegalArgumentException(
          "The amendment changes nothing: give a new quantity, price, commission, fees or"
              + " settlement date.");
    }
    requireReason(reason);
    Trade before = existing(id);
    if (!TradeLifecycle.isAmendable(before.status())) {
      throw new IllegalStateException(
          "Trade " + id + " is " + before.status() + " and can no longer be amended.");
    }
    List<TradeValidationException.Problem> problems = amendment.problems(before);
    if (!problems.isEmpty()) {
      throw new TradeValidationException(problems);
    }
    Currency currency = currency(before);
    Trade after = amendment.applyTo(before, currency);
    if (TradeLifecycle.isConfirmed(before.status())) {
      return Outcome.waiting(
          approvals.submit(
              actor,
              AMEND,
              ENTITY,
              id.display(),
              "Amend " + id + " (" + describe(before, after, currency) + ")",
              TradeJson.of(before),
              TradeJson.of(after),
              TradeAmendPayload.of(before, amendment),
              reason));
    }
    return Outcome.done(
        tx.inTransaction(
            () -> {
              Trade current = existing(id);
              Trade next = amendment.applyTo(current, currency(current));
              record(actor.username(), current, next, AuditAction.AMEND, reason);
              return next;
            }));
  }

  /**
   * Cancels a trade: at once while it is NEW; once confirmed, as a request a second person
   * approves.
   */
  public Outcome cancel(Actor actor, TradeId id, String reason) {
    actor.require(Permission.AMEND_TRADES);
    requireReason(reason);
    Trade before = existing(id);
    TradeLifecycle.require(before, TradeStatus.CANCELLED);
    if (TradeLifecycle.isConfirmed(before.status())) {
      Trade after = before.nextVersionWithStatus(TradeStatus.CANCELLED);
      return Outcome.waiting(
          approvals.submit(
              actor,
              CANCEL,
              ENTITY,
              id.display(),
              "Cancel " + id,
              TradeJson.of(before),
              TradeJson.of(after),
              new TradeCancelPayload(id.value(), before.version()),
              reason));
    }
    return Outcome.done(
        tx.inTransaction(
            () -> {
              Trade current = existing(id);
              TradeLifecycle.require(current, TradeStatus.CANCELLED);
              Trade next = current.nextVersionWithStatus(TradeStatus.CANCELLED);
              record(actor.username(), current, next, AuditAction.CANCEL, reason);
              return next;
            }));
  }

  /** What an amendment or cancellation did: changed the trade, or asked a second person to. */
  public record Outcome(Trade trade, ApprovalRequest request) {
    static Outcome done(Trade trade) {
      return new Outcome(trade, null);
    }

    static Outcome waiting(ApprovalRequest request) {
      return new Outcome(null, request);
    }

    public boolean waitsForApproval() {
      return request != null;
    }
  }

  private void record(String by, Trade before, Trade after, AuditAction action, String reason) {
    Instant now = clock.instant();
    trades.supersede(after, by, now, reason);
    audit.append(
        new AuditEvent(
            by,
            now,
            ENTITY,
            after.id().display(),
            action,
            TradeJson.of(before),
            TradeJson.of(after),
            reason));
  }

  private Trade existing(TradeId id) {
    return trades
        .find(id)
        .orElseThrow(() -> new IllegalArgumentException("There is no trade " + id + "."));
  }

  private Currency currency(Trade trade) {
    return TradeReferenceIndex.of(referenceData).currencyOrDefault(trade.currency());
  }

  /**
   * What an amendment changes, as the screens write it: amounts in the currency's decimals, prices
   * with at least those, quantities without trailing zeros.
   */
  private static String describe(Trade before, Trade after, Currency currency) {
    List<String> parts = new ArrayList<>();
    if (before.quantity().compareTo(after.quantity()) != 0) {
      parts.add(
          "quantity "
              + before.quantity().stripTrailingZeros().toPlainString()
              + " → "
              + after.quantity().stripTrailingZeros().toPlainString());
    }
    if (before.price().compareTo(after.price()) != 0) {
      parts.add(
          "price " + price(before.price(), currency) + " → " + price(after.price(), currency));
    }
    if (before.commission().compareTo(after.commission()) != 0) {
      parts.add(
          "commission "
              + amount(before.commission(), currency)
              + " → "
              + amount(after.commission(), currency));
    }
    if (before.fees().compareTo(after.fees()) != 0) {
      parts.add("fees " + amount(before.fees(), currency) + " → " + amount(after.fees(), currency));
    }
    if (!before.settlementDate().equals(after.settlementDate())) {
      parts.add("settlement " + before.settlementDate() + " → " + after.settlementDate());
    }
    return String.join(", ", parts);
  }

  private static String amount(BigDecimal amount, Currency currency) {
    return currency.round(amount, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String price(BigDecimal price, Currency currency) {
    BigDecimal p = price.stripTrailingZeros();
    return (p.scale() < currency.minorUnits() ? p.setScale(currency.minorUnits()) : p)
        .toPlainString();
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Say why: amending or cancelling a trade needs a reason.");
    }
  }

  /**
   * Applies an approved amendment or cancellation, if the trade has not changed since it was asked
   * for.
   */
  private abstract class ChangeHandler<P extends Record> implements ApprovalHandler<P> {
    @Override
    public Permission approvePermission() {
      return Permission.APPROVE_TRADE_CHANGES;
    }

    /** The trade as it is now, refused if it is no longer the version the maker saw. */
    Trade unchanged(ApprovalRequest request, long trade, int version) {
      Trade current = existing(new TradeId(trade));
      if (current.version() != version) {
        throw new IllegalStateException(
            "Trade "
                + current.id()
                + " changed after request "
                + request.id()
                + " was made (it is now version "
                + current.version()
                + "); reject it and ask again.");
      }
      return current;
    }

    String why(ApprovalRequest request) {
      return "approved request "
          + request.id()
          + " of "
          + request.maker()
          + ": "
          + request.reason();
    }
  }

  private final class AmendHandler extends ChangeHandler<TradeAmendPayload> {
    @Override
    public String kind() {
      return AMEND;
    }

    @Override
    public Class<TradeAmendPayload> payloadType() {
      return TradeAmendPayload.class;
    }

    @Override
    public void apply(ApprovalRequest request, TradeAmendPayload p, Actor checker) {
      Trade current = unchanged(request, p.trade(), p.version());
      record(
          checker.username(),
          current,
          p.amendment().applyTo(current, currency(current)),
          AuditAction.AMEND,
          why(request));
    }
  }

  private final class CancelHandler extends ChangeHandler<TradeCancelPayload> {
    @Override
    public String kind() {
      return CANCEL;
    }

    @Override
    public Class<TradeCancelPayload> payloadType() {
      return TradeCancelPayload.class;
    }

    @Override
    public void apply(ApprovalRequest request, TradeCancelPayload p, Actor checker) {
      Trade current = unchanged(request, p.trade(), p.version());
      TradeLifecycle.require(current, TradeStatus.CANCELLED);
      record(
          checker.username(),
          current,
          current.nextVersionWithStatus(TradeStatus.CANCELLED),
          AuditAction.CANCEL,
          why(request));
    }
  }
}
