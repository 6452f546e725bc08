package com.tickmark.model.trade.fix;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.settlement.SettlementDateCalculator;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeSource;
import com.tickmark.model.trade.TradeStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns FIX 4.4 execution reports into trades, against one snapshot of the reference data. Pure: no
 * I/O, no clock; the same report and reference data always give the same answer.
 *
 * <p>Book: Account (1) is a book code or a trading account's code (whose book is taken).
 * Instrument: SecurityID (48) when IDSource (22) is 4 (ISIN), else Symbol (55). Counterparty: the
 * sender's comp id mapped to a broker code (or a broker whose code is the comp id itself).
 */
public final class DropCopyTranslator {
  private static final DateTimeFormatter FIX_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  /** UTCTimestamp: yyyyMMdd-HH:mm:ss with optional milli, micro or nano seconds. */
  private static final DateTimeFormatter FIX_TIMESTAMP =
      new DateTimeFormatterBuilder()
          .appendPattern("yyyyMMdd-HH:mm:ss")
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private final Map<String, Instrument> bySymbol = new HashMap<>();
  private final Map<String, Instrument> byIsin = new HashMap<>();
  private final Map<String, Book> books = new HashMap<>();
  private final Map<String, Account> accounts = new HashMap<>();
  private final Map<String, Counterparty> brokers = new HashMap<>();
  private final Map<String, Integer> minorUnits = new HashMap<>();
  private final Map<String, String> brokerCodeByCompId = new HashMap<>();
  private final SettlementDateCalculator settlement;

  /**
   * @param brokerCodeByCompId the broker code for each counterparty comp id; a comp id not listed
   *     is looked up as a broker code itself
   */
  public DropCopyTranslator(
      List<Instrument> instruments,
      List<Book> books,
      List<Account> accounts,
      List<Counterparty> counterparties,
      List<Currency> currencies,
      Map<String, HolidayCalendar> calendars,
      Map<String, String> brokerCodeByCompId) {
    for (Instrument i : instruments) {
      bySymbol.put(key(i.symbol()), i);
      if (i.isin() != null) {
        byIsin.put(key(i.isin().value()), i);
      }
    }
    books.forEach(b -> this.books.put(key(b.code()), b));
    accounts.forEach(a -> this.accounts.put(key(a.code()), a));
    counterparties.stream()
        .filter(c -> c.role() == CounterpartyRole.BROKER)
        .forEach(c -> brokers.put(key(c.code()), c));
    currencies.forEach(c -> minorUnits.put(c.code().code(), c.minorUnits()));
    brokerCodeByCompId.forEach((k, v) -> this.brokerCodeByCompId.put(key(k), v));
    this.settlement = new SettlementDateCalculator(calendars);
  }

  public static DropCopyTranslator of(
      ReferenceDataStore referenceData, Map<String, String> brokerCodeByCompId) {
    return new DropCopyTranslator(
        referenceData.instruments(),
        referenceData.books(),
        referenceData.accounts(),
        referenceData.counterparties(),
        referenceData.currencies(),
        referenceData.calendars(),
        brokerCodeByCompId);
  }

  /** A new execution (ExecType F) as version 1 of trade {@code id}. */
  public Translation newTrade(ExecutionReport r, TradeId id) {
    try {
      Terms t = terms(r);
      return new Translation.Accepted(
          new Trade(
              id,
              1,
              r.execId(),
              r.get(ExecutionReport.ORDER_ID),
              "",
              t.book,
              t.instrument.id(),
              t.side,
              t.quantity,
              t.price,
              gross(t),
              t.commission,
              BigDecimal.ZERO,
              t.currency,
              t.tradeDate,
              t.executed,
              t.settlement,
              t.broker.id(),
              t.account,
              TradeSource.FIX,
              TradeStatus.NEW));
    } catch (Unusable e) {
      return new Translation.Refused(e.getMessage());
    } catch (IllegalArgumentException e) {
      return new Translation.Refused(
          "Execution " + r.execId() + " is not a valid trade: " + e.getMessage());
    }
  }

  /**
   * A correction (ExecType G) of {@code current} as its next version: new quantity, price,
   * commission and settlement date. A correction that would move the trade to another instrument,
   * side, book, broker, currency or trade date is refused: that is a different trade, for a person.
   */
  public Translation correction(Trade current, ExecutionReport r) {
    try {
      Terms t = terms(r);
      String moved =
          !t.instrument.id().equals(current.instrumentId())
              ? "instrument"
              : t.side != current.side()
                  ? "side"
                  : !t.book.equals(current.bookId())
                      ? "book"
                      : !t.broker.id().equals(current.counterpartyId())
                          ? "broker"
                          : !t.currency.equals(current.currency())
                              ? "currency"
                              : !t.tradeDate.equals(current.tradeDate()) ? "trade date" : null;
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
          r.has(ExecutionReport.SETTL_DATE) ? t.settlement : current.settlementDate();
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
              t.quantity,
              t.price,
              gross(t),
              t.commission,
              current.fees(),
              current.currency(),
              current.tradeDate(),
              current.executionTime(),
              settle,
              current.counterpartyId(),
              current.accountId(),
              current.source(),
              current.status()));
    } catch (Unusable e) {
      return new Translation.Refused(e.getMessage());
    } catch (IllegalArgumentException e) {
      return new Translation.Refused(
          "Correction " + r.execId() + " is not a valid trade: " + e.getMessage());
    }
  }

  private BigDecimal gross(Terms t) {
    return t.quantity
        .multiply(t.price)
        .setScale(minorUnits.getOrDefault(t.currency.code(), 2), RoundingMode.HALF_EVEN);
  }

  private record Terms(
      BookId book,
      AccountId account,
      Instrument instrument,
      Side side,
      BigDecimal quantity,
      BigDecimal price,
      BigDecimal commission,
      CurrencyCode currency,
      LocalDate tradeDate,
      Instant executed,
      LocalDate settlement,
      Counterparty broker) {}

  private Terms terms(ExecutionReport r) {
    Instrument instrument = instrument(r);
    String accountCode = r.get(ExecutionReport.ACCOUNT);
    if (accountCode.isEmpty()) {
      throw new Unusable("No Account (1): the book is unknown");
    }
    BookId book;
    // A trading account names the book; the custody account the trade settles into is enrichment's.
    AccountId account = null;
    Book b = books.get(key(accountCode));
    if (b != null) {
      book = b.id();
    } else {
      Account a = accounts.get(key(accountCode));
      if (a == null || a.book() == null) {
        throw new Unusable(
            "Unknown account '"
                + accountCode
                + "': neither a book code nor a trading account's code");
      }
      book = a.book();
    }
    String compId = r.senderCompId();
    String brokerCode = brokerCodeByCompId.getOrDefault(key(compId), compId);
    Counterparty broker = brokers.get(key(brokerCode));
    if (broker == null) {
      throw new Unusable(
          "Unknown broker for comp id '"
              + compId
              + "' (broker code '"
              + brokerCode
              + "'); map it with --broker "
              + compId
              + "=CODE");
    }
    Side side =
        switch (r.get(ExecutionReport.SIDE)) {
          case "1", "3" -> Side.BUY; // buy, buy minus
          case "2", "4", "5", "6" -> Side.SELL; // sell, sell plus, sell short, sell short exempt
          default ->
              throw new Unusable(
                  "Side (54) '" + r.get(ExecutionReport.SIDE) + "' is not a buy or a sell");
        };
    BigDecimal quantity = positive(r, ExecutionReport.LAST_QTY, "LastQty");
    BigDecimal price = positive(r, ExecutionReport.LAST_PX, "LastPx");
    BigDecimal commission = BigDecimal.ZERO;
    if (r.has(ExecutionReport.COMMISSION)) {
      commission = decimal(r, ExecutionReport.COMMISSION, "Commission");
      if (commission.signum() < 0) {
        throw new Unusable("Commission (12) is negative: " + commission.toPlainString());
      }
    }
    CurrencyCode currency = instrument.currency();
    if (r.has(ExecutionReport.CURRENCY)) {
      String c = r.get(ExecutionReport.CURRENCY).toUpperCase(Locale.ROOT);
      if (!minorUnits.containsKey(c)) {
        throw new Unusable("Unknown currency '" + c + "' in Currency (15)");
      }
      currency = new CurrencyCode(c);
    }
    if (!r.has(ExecutionReport.TRANSACT_TIME)) {
      throw new Unusable("No TransactTime (60)");
    }
    Instant executed = timestamp(r.get(ExecutionReport.TRANSACT_TIME));
    LocalDate tradeDate =
        r.has(ExecutionReport.TRADE_DATE)
            ? date(r, ExecutionReport.TRADE_DATE, "TradeDate")
            : executed.atOffset(ZoneOffset.UTC).toLocalDate();
    LocalDate settle =
        r.has(ExecutionReport.SETTL_DATE)
            ? date(r, ExecutionReport.SETTL_DATE, "SettlDate")
            : settlement.settlementDate(instrument, tradeDate);
    if (settle.isBefore(tradeDate)) {
      throw new Unusable("SettlDate (64) " + settle + " is before the trade date " + tradeDate);
    }
    return new Terms(
        book,
        account,
        instrument,
        side,
        quantity,
        price,
        commission,
        currency,
        tradeDate,
        executed,
        settle,
        broker);
  }

  private Instrument instrument(ExecutionReport r) {
    String securityId = r.get(ExecutionReport.SECURITY_ID);
    if (!securityId.isEmpty()
        && ExecutionReport.ID_SOURCE_ISIN.equals(r.get(ExecutionReport.SECURITY_ID_SOURCE))) {
      Instrument i = byIsin.get(key(securityId));
      if (i == null) {
        throw new Unusable("Unknown instrument: no instrument has the ISIN " + securityId);
      }
      return i;
    }
    String symbol = r.get(ExecutionReport.SYMBOL);
    if (symbol.isEmpty()) {
      throw new Unusable(
          "No instrument: neither an ISIN in SecurityID (48/22=4) nor a Symbol (55)");
    }
    Instrument i = bySymbol.get(key(symbol));
    if (i == null) {
      throw new Unusable("Unknown instrument: no instrument has the symbol " + symbol);
    }
    return i;
  }

  private static BigDecimal positive(ExecutionReport r, int tag, String name) {
    BigDecimal v = decimal(r, tag, name);
    if (v.signum() <= 0) {
      throw new Unusable(name + " (" + tag + ") must be positive: " + v.toPlainString());
    }
    return v;
  }

  private static BigDecimal decimal(ExecutionReport r, int tag, String name) {
    if (!r.has(tag)) {
      throw new Unusable("No " + name + " (" + tag + ")");
    }
    try {
      return new BigDecimal(r.get(tag));
    } catch (NumberFormatException e) {
      throw new Unusable(name + " (" + tag + ") is not a number: '" + r.get(tag) + "'");
    }
  }

  private static LocalDate date(ExecutionReport r, int tag, String name) {
    try {
      return LocalDate.parse(r.get(tag), FIX_DATE);
    } catch (DateTimeParseException e) {
      throw new Unusable(name + " (" + tag + ") is not a date (YYYYMMDD): '" + r.get(tag) + "'");
    }
  }

  /** A FIX UTCTimestamp as an instant. */
  public static Instant timestamp(String text) {
    try {
      return LocalDateTime.parse(text, FIX_TIMESTAMP).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new Unusable(
          "TransactTime (60) is not a UTC timestamp (YYYYMMDD-HH:MM:SS[.sss]): '" + text + "'");
    }
  }

  private static String key(String s) {
    return s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
  }

  /** Why a report cannot become a trade; becomes a {@link Translation.Refused}. */
  private static final class Unusable extends RuntimeException {
    Unusable(String message) {
      super(message, null, false, false);
    }
  }
}
