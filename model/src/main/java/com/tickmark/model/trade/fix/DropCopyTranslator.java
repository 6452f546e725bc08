package com.tickmark.model.trade.fix;

import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeField;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeReferenceIndex;
import com.tickmark.model.trade.TradeRules;
import com.tickmark.model.trade.TradeSource;
import com.tickmark.model.trade.TradeTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns FIX 4.4 execution reports into trades, against one snapshot of the reference data, through
 * the same {@link TradeRules} as hand-keyed trades and trade files. Pure: no I/O, no clock; the
 * same report and reference data always give the same answer.
 *
 * <p>Book: Account (1) is a book code or a trading account's code (whose book is taken).
 * Instrument: SecurityID (48) when IDSource (22) is 4 (ISIN), else Symbol (55). Counterparty: the
 * sender's comp id mapped to a broker code (or a broker whose code is the comp id itself). Every
 * problem is named with its tag, all of them at once.
 *
 * <p>Deliberate differences from the other capture paths ({@link #POLICY}): a drop copy reports an
 * execution that has already happened at the market, so its price is not held against the reference
 * price (a hand-keyed or file price far from it is likely a typo; a fill's price is what was paid),
 * and its trade date is not held against the business date (the trading system runs ahead of a back
 * office that has not yet rolled its date). Every other rule applies.
 */
public final class DropCopyTranslator {
  /** The rules a drop copy is held to: all but the price tolerance and the business date. */
  public static final TradeRules.Policy POLICY = new TradeRules.Policy(false, false);

  private static final DateTimeFormatter FIX_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  /** UTCTimestamp: yyyyMMdd-HH:mm:ss with optional milli, micro or nano seconds. */
  private static final DateTimeFormatter FIX_TIMESTAMP =
      new DateTimeFormatterBuilder()
          .appendPattern("yyyyMMdd-HH:mm:ss")
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private final TradeRules rules;
  private final Map<String, String> brokerCodeByCompId = new HashMap<>();

  /**
   * @param brokerCodeByCompId the broker code for each counterparty comp id; a comp id not listed
   *     is looked up as a broker code itself
   */
  public DropCopyTranslator(TradeReferenceIndex index, Map<String, String> brokerCodeByCompId) {
    // No reference prices and no business date: the policy checks neither.
    this.rules = new TradeRules(index, (instrument, date) -> Optional.empty(), null, POLICY);
    brokerCodeByCompId.forEach((k, v) -> this.brokerCodeByCompId.put(key(k), v));
  }

  public static DropCopyTranslator of(
      ReferenceDataStore referenceData, Map<String, String> brokerCodeByCompId) {
    return new DropCopyTranslator(TradeReferenceIndex.of(referenceData), brokerCodeByCompId);
  }

  /** A new execution (ExecType F) as version 1 of trade {@code id}. */
  public Translation newTrade(ExecutionReport r, TradeId id) {
    Read read = read(r, true);
    if (read.refusal != null) {
      return new Translation.Refused(read.refusal);
    }
    return new Translation.Accepted(
        read.checked.trade(
            id, r.execId(), r.get(ExecutionReport.ORDER_ID), "", read.executed, TradeSource.FIX));
  }

  /**
   * A correction (ExecType G) of {@code current} as its next version: new quantity, price,
   * commission and settlement date. A correction that would move the trade to another instrument,
   * side, book, broker, currency or trade date is refused: that is a different trade, for a person.
   */
  public Translation correction(Trade current, ExecutionReport r) {
    Read read = read(r, false);
    if (read.refusal != null) {
      return new Translation.Refused(read.refusal);
    }
    TradeRules.Checked t = read.checked;
    String moved =
        !t.instrument().id().equals(current.instrumentId())
            ? "instrument"
            : t.side() != current.side()
                ? "side"
                : !t.book().id().equals(current.bookId())
                    ? "book"
                    : !t.broker().id().equals(current.counterpartyId())
                        ? "broker"
                        : !t.instrument().currency().equals(current.currency())
                            ? "currency"
                            : !t.tradeDate().equals(current.tradeDate()) ? "trade date" : null;
    if (moved != null) {
      return new Translation.Refused(
          "Correction "
              + r.execId()
              + " changes the "
              + moved
              + " of "
              + current.id()
              + "; cancel and re-enter the trade by hand");
    }
    LocalDate settle =
        r.has(ExecutionReport.SETTL_DATE) ? t.settlementDate() : current.settlementDate();
    return new Translation.Accepted(
        new Trade(
            current.id(),
            current.version() + 1,
            current.execId(),
            current.orderId(),
            current.brokerRef(),
            current.bookId(),
            current.instrumentId(),
            current.side(),
            t.quantity(),
            t.price(),
            t.gross().amount(),
            t.commission().amount(),
            current.fees(),
            current.currency(),
            current.tradeDate(),
            current.executionTime(),
            settle,
            current.counterpartyId(),
            current.accountId(),
            current.source(),
            current.status()));
  }

  /** What the rules made of a report, or why it cannot be a trade. */
  private record Read(TradeRules.Checked checked, Instant executed, String refusal) {}

  /**
   * @param newTrade false for a correction of a booked trade, which may name what was retired since
   */
  private Read read(ExecutionReport r, boolean newTrade) {
    TradeRules.Problems problems = new TradeRules.Problems();
    List<String> fixOnly = new ArrayList<>();
    TradeRules.referenceProblem(r.execId()).ifPresent(m -> fixOnly.add("ExecID (17): " + m));
    TradeRules.referenceProblem(r.get(ExecutionReport.ORDER_ID))
        .ifPresent(m -> fixOnly.add("OrderID (37): " + m));
    Instant executed = null;
    if (!r.has(ExecutionReport.TRANSACT_TIME)) {
      fixOnly.add("TransactTime (60): is required");
    } else {
      try {
        executed = timestamp(r.get(ExecutionReport.TRANSACT_TIME));
      } catch (IllegalArgumentException e) {
        fixOnly.add(e.getMessage());
      }
    }
    LocalDate tradeDate = null;
    if (r.has(ExecutionReport.TRADE_DATE)) {
      tradeDate = date(r, ExecutionReport.TRADE_DATE, TradeField.TRADE_DATE, problems);
    } else if (executed != null) {
      tradeDate = executed.atOffset(ZoneOffset.UTC).toLocalDate();
    } else {
      problems.add(TradeField.TRADE_DATE, "is unknown without a TransactTime (60)");
    }
    boolean byIsin =
        ExecutionReport.ID_SOURCE_ISIN.equals(r.get(ExecutionReport.SECURITY_ID_SOURCE))
            && r.has(ExecutionReport.SECURITY_ID);
    TradeTerms terms =
        new TradeTerms(
            book(r.get(ExecutionReport.ACCOUNT), problems),
            byIsin ? null : r.get(ExecutionReport.SYMBOL),
            byIsin ? r.get(ExecutionReport.SECURITY_ID) : null,
            broker(r.senderCompId(), problems),
            null,
            side(r.get(ExecutionReport.SIDE), problems),
            decimal(r, ExecutionReport.LAST_QTY, TradeField.QUANTITY, problems),
            decimal(r, ExecutionReport.LAST_PX, TradeField.PRICE, problems),
            r.has(ExecutionReport.COMMISSION)
                ? decimal(r, ExecutionReport.COMMISSION, TradeField.COMMISSION, problems)
                : null,
            null,
            r.has(ExecutionReport.CURRENCY) ? r.get(ExecutionReport.CURRENCY) : null,
            tradeDate,
            r.has(ExecutionReport.SETTL_DATE)
                ? date(r, ExecutionReport.SETTL_DATE, TradeField.SETTLEMENT_DATE, problems)
                : null);
    TradeRules.Checked checked =
        newTrade ? rules.check(terms, problems) : rules.checkBooked(terms, problems);
    List<String> all = new ArrayList<>(fixOnly);
    problems.list().forEach(p -> all.add(tag(p.field()) + ": " + p.message()));
    if (!all.isEmpty()) {
      return new Read(null, null, "Execution " + r.execId() + ": " + String.join("; ", all));
    }
    return new Read(checked, executed, null);
  }

  /** The tag a rule's field comes from, in the words of the problems. */
  private static String tag(TradeField field) {
    return switch (field) {
      case BOOK -> "Account (1)";
      case SYMBOL -> "Symbol (55)";
      case ISIN -> "SecurityID (48)";
      case COUNTERPARTY -> "SenderCompID (49)";
      case ACCOUNT -> "custody account";
      case SIDE -> "Side (54)";
      case QUANTITY -> "LastQty (32)";
      case PRICE -> "LastPx (31)";
      case COMMISSION -> "Commission (12)";
      case FEES -> "fees";
      case CURRENCY -> "Currency (15)";
      case TRADE_DATE -> "TradeDate (75)";
      case SETTLEMENT_DATE -> "SettlDate (64)";
    };
  }

  /** Account (1) names the book: a book's code, or a trading account's code (whose book it is). */
  private String book(String accountCode, TradeRules.Problems problems) {
    if (accountCode.isEmpty()) {
      problems.add(TradeField.BOOK, "is required: the book is unknown without it");
      return null;
    }
    Book b = rules.index().book(accountCode);
    if (b != null) {
      return b.code();
    }
    Account a = rules.index().account(accountCode);
    Book ofAccount = a == null ? null : rules.index().bookOf(a);
    if (ofAccount == null) {
      problems.add(
          TradeField.BOOK,
          "'" + accountCode + "' is neither a book code nor a trading account's code");
      return null;
    }
    return ofAccount.code();
  }

  /** The broker code the sender's comp id stands for. */
  private String broker(String compId, TradeRules.Problems problems) {
    String brokerCode = brokerCodeByCompId.getOrDefault(key(compId), compId);
    if (rules.index().counterparty(brokerCode) == null) {
      problems.add(
          TradeField.COUNTERPARTY,
          "no broker for comp id '"
              + compId
              + "' (broker code '"
              + brokerCode
              + "'); map it with --broker "
              + compId
              + "=CODE");
      return null;
    }
    return brokerCode;
  }

  private static Side side(String code, TradeRules.Problems problems) {
    return switch (code) {
      case "1", "3" -> Side.BUY; // buy, buy minus
      case "2", "4", "5", "6" -> Side.SELL; // sell, sell plus, sell short, sell short exempt
      default -> {
        problems.add(TradeField.SIDE, "'" + code + "' is not a buy or a sell");
        yield null;
      }
    };
  }

  private static BigDecimal decimal(
      ExecutionReport r, int tag, TradeField field, TradeRules.Problems problems) {
    if (!r.has(tag)) {
      return null; // the rules say it is required
    }
    try {
      return new BigDecimal(r.get(tag));
    } catch (NumberFormatException e) {
      problems.add(field, "'" + r.get(tag) + "' is not a number");
      return null;
    }
  }

  private static LocalDate date(
      ExecutionReport r, int tag, TradeField field, TradeRules.Problems problems) {
    try {
      return LocalDate.parse(r.get(tag), FIX_DATE);
    } catch (DateTimeParseException e) {
      problems.add(field, "'" + r.get(tag) + "' is not a date (YYYYMMDD)");
      return null;
    }
  }

  /**
   * A FIX UTCTimestamp as an instant.
   *
   * @throws IllegalArgumentException naming TransactTime (60) when {@code text} is not one
   */
  public static Instant timestamp(String text) {
    try {
      return LocalDateTime.parse(text, FIX_TIMESTAMP).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "TransactTime (60): '" + text + "' is not a UTC timestamp (YYYYMMDD-HH:MM:SS[.sss])");
    }
  }

  private static String key(String s) {
    return s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
  }
}
