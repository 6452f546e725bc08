package com.tickmark.model.trade;

import com.tickmark.model.money.Money;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.ReferenceDataStore;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one set of rules a trade passes before it is recorded, whichever way it arrives: keyed by
 * hand ({@link TradeValidator}), read from a file (the trade import) or received as a FIX drop copy
 * ({@code DropCopyTranslator}). Built once per capture run over one snapshot of the reference data
 * ({@link TradeReferenceIndex}) and the business date; it caches reference prices and settlement
 * dates, so a file of a million rows asks for each once.
 *
 * <p>The rules: a known book; a known instrument (by symbol or ISIN; both must agree when both are
 * given); a known counterparty that is a broker; a known account when one is given; none of these
 * retired (a new trade may not name what is no longer in use, see {@link #checkBooked}); a side;
 * positive quantity and price; commission and fees not negative; the currency, when the source
 * states one, is the instrument's; a trade date not after the business date; a price within {@link
 * #PRICE_TOLERANCE} of the latest reference price on or before the trade date; a settlement date
 * computed from the instrument's convention and calendars (or stated, and not before the trade
 * date). Gross amount is quantity × price rounded half-even to the currency's scale ({@link
 * Money#gross}).
 *
 * <p>Deliberate differences are {@link Policy policies}, written down with the path that uses one.
 */
public final class TradeRules {
  /** A price further than this from the reference price is refused as a likely typo. */
  public static final BigDecimal PRICE_TOLERANCE = new BigDecimal("0.10");

  /** Which of the rules a capture path applies. */
  public record Policy(boolean checkPriceTolerance, boolean checkTradeDateNotAfterBusinessDate) {
    /** Every rule: hand-keyed trades and trade files. */
    public static final Policy ALL = new Policy(true, true);
  }

  /** A problem found with one field. */
  public record Problem(TradeField field, String message) {}

  /**
   * The problems found with one trade, in the order found: what the capture path reported while
   * reading it, then what the rules add. The rules report nothing more about a field the path has
   * reported already. Reusable: {@link #clear()} it for the next trade.
   */
  public static final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(TradeField field, String message) {
      list.add(new Problem(field, message));
    }

    public boolean has(TradeField field) {
      for (int i = 0; i < list.size(); i++) { // asked many times a row, mostly of an empty list
        if (list.get(i).field() == field) {
          return true;
        }
      }
      return false;
    }

    public boolean isEmpty() {
      return list.isEmpty();
    }

    public List<Problem> list() {
      return list;
    }

    public void clear() {
      list.clear();
    }
  }

  /**
   * What the rules made of a trade: what could be looked up or worked out (null where it could not,
   * so a screen can show the settlement date and gross amount as the user types); complete when the
   * problems were empty.
   *
   * @param currency the instrument's currency, or null
   * @param gross quantity × price at the currency's scale, or null
   * @param commission at the currency's scale (zero for none), or null
   * @param fees at the currency's scale (zero for none), or null
   */
  public record Checked(
      Book book,
      Instrument instrument,
      Counterparty broker,
      Account account,
      Side side,
      BigDecimal quantity,
      BigDecimal price,
      Currency currency,
      Money gross,
      Money commission,
      Money fees,
      LocalDate tradeDate,
      LocalDate settlementDate) {

    /**
     * Version 1 of a new trade with these terms; only for a trade the rules found no problem in.
     */
    public Trade trade(
        TradeId id,
        String execId,
        String orderId,
        String brokerRef,
        Instant executionTime,
        TradeSource source) {
      return new Trade(
          id,
          1,
          execId,
          orderId,
          brokerRef,
          book.id(),
          instrument.id(),
          side,
          quantity,
          price,
          gross.amount(),
          commission.amount(),
          fees.amount(),
          instrument.currency(),
          tradeDate,
          executionTime,
          settlementDate,
          broker.id(),
          account == null ? null : account.id(),
          source,
          TradeStatus.NEW);
    }
  }

  /*
   * How large and how precise each number may be: what the trade is stored with, so that nothing
   * is cut or rounded on the way to the database. Quantities and gross amounts carry up to 18
   * digits before the decimal point and 6 after, prices 16 and 8, commission and fees 13 and 6.
   */
  static final int QUANTITY_DIGITS = 18;
  static final int QUANTITY_DECIMALS = 6;
  static final int PRICE_DIGITS = 16;
  static final int PRICE_DECIMALS = 8;
  static final int COST_DIGITS = 13;
  static final int COST_DECIMALS = 6;

  /** The longest execution id, order id or broker reference a trade keeps. */
  public static final int MAX_REFERENCE = 64;

  private final TradeReferenceIndex index;
  private final ReferencePrices prices;
  private final LocalDate businessDate;
  private final Policy policy;
  private final Map<DayKey, Reference> references = new HashMap<>();
  private final Map<DayKey, Object> settlementDates = new HashMap<>();

  public TradeRules(
      TradeReferenceIndex index, ReferencePrices prices, LocalDate businessDate, Policy policy) {
    this.index = index;
    this.prices = prices;
    this.businessDate = businessDate;
    this.policy = policy;
  }

  /** Every rule, over the reference data as {@code referenceData} holds it now. */
  public static TradeRules of(
      ReferenceDataStore referenceData, ReferencePrices prices, LocalDate businessDate) {
    return new TradeRules(TradeReferenceIndex.of(referenceData), prices, businessDate, Policy.ALL);
  }

  public TradeReferenceIndex index() {
    return index;
  }

  public LocalDate businessDate() {
    return businessDate;
  }

  /** Checks a new trade {@code t}, adding what is wrong to {@code problems}. */
  public Checked check(TradeTerms t, Problems problems) {
    return check(t, problems, true);
  }

  /**
   * Checks {@code t}, the terms of a trade already booked (a broker's correction of it): all the
   * rules but one, for what it names may have been retired since it was booked.
   */
  public Checked checkBooked(TradeTerms t, Problems problems) {
    return check(t, problems, false);
  }

  private Checked check(TradeTerms t, Problems problems, boolean newTrade) {
    Book book = lookup(TradeField.BOOK, t.book(), index.book(t.book()), problems, true);
    Instrument instrument = instrument(t.symbol(), t.isin(), problems);
    Counterparty broker = broker(t.counterparty(), problems);
    Account account =
        lookup(TradeField.ACCOUNT, t.account(), index.account(t.account()), problems, false);
    if (newTrade) {
      if (book != null && book.retired()) {
        book = retired(TradeField.BOOK, book.code(), problems);
      }
      if (instrument != null && instrument.retired()) {
        TradeField field =
            t.symbol() == null || t.symbol().isBlank() ? TradeField.ISIN : TradeField.SYMBOL;
        instrument = retired(field, instrument.symbol(), problems);
      }
      if (broker != null && broker.retired()) {
        broker = retired(TradeField.COUNTERPARTY, broker.code(), problems);
      }
      if (account != null && account.retired()) {
        account = retired(TradeField.ACCOUNT, account.code(), problems);
      }
    }
    if (t.side() == null && !problems.has(TradeField.SIDE)) {
      problems.add(TradeField.SIDE, "say BUY or SELL");
    }
    boolean numbersOk = checkNumbers(t.quantity(), t.price(), t.commission(), t.fees(), problems);
    boolean priceOk = numbersOk || (t.price() != null && !problems.has(TradeField.PRICE));
    if (instrument != null && numbersOk) {
      checkQuantityUnit(instrument, t.quantity(), problems);
    }
    if (instrument != null
        && t.currency() != null
        && !t.currency().isBlank()
        && !TradeReferenceIndex.key(t.currency()).equals(instrument.currency().code())) {
      problems.add(
          TradeField.CURRENCY,
          "'"
              + t.currency().trim()
              + "' is not "
              + instrument.symbol()
              + "'s currency "
              + instrument.currency().code());
    }
    LocalDate tradeDate = tradeDate(t.tradeDate(), problems);
    if (instrument != null && tradeDate != null && priceOk && policy.checkPriceTolerance()) {
      checkPrice(instrument, tradeDate, t.price(), problems);
    }
    LocalDate settles = null;
    if (instrument != null && tradeDate != null) {
      settles = settlementDate(instrument, tradeDate, t.settlementDate(), problems);
    }
    Currency currency = instrument == null ? null : index.currencyOrDefault(instrument.currency());
    Money gross =
        currency != null && numbersOk ? Money.gross(currency, t.quantity(), t.price()) : null;
    return new Checked(
        book,
        instrument,
        broker,
        account,
        t.side(),
        t.quantity(),
        t.price(),
        currency,
        gross,
        currency == null ? null : amount(currency, t.commission()),
        currency == null ? null : amount(currency, t.fees()),
        tradeDate,
        settles);
  }

  /**
   * The instrument's quantity rule: shares and fund units trade whole; an FX spot amount (in the
   * base currency) has at most that currency's minor units.
   */
  private void checkQuantityUnit(Instrument instrument, BigDecimal quantity, Problems problems) {
    if (quantity.scale() <= 0) {
      return; // the usual case: written without decimals
    }
    int allowed =
        switch (instrument.assetClass()) {
          case EQUITY, ETF -> 0;
          case FX_SPOT ->
              instrument.baseCurrency() == null
                  ? QUANTITY_DECIMALS
                  : index.currencyOrDefault(instrument.baseCurrency()).minorUnits();
        };
    BigDecimal plain = quantity.stripTrailingZeros();
    if (plain.scale() > allowed) {
      problems.add(
          TradeField.QUANTITY,
          allowed == 0
              ? "'"
                  + plain.toPlainString()
                  + "' is not a whole number: "
                  + instrument.symbol()
                  + " trades in whole "
                  + (instrument.assetClass() == AssetClass.ETF ? "units" : "shares")
              : "'"
                  + plain.toPlainString()
                  + "' has more decimals than "
                  + instrument.baseCurrency().code()
                  + "'s "
                  + allowed);
    }
  }

  /**
   * The rules for a trade's numbers, also for each version an amendment makes: quantity and price
   * positive, commission and fees (null for none) not negative, and each no larger and no more
   * precise than a trade keeps, nor quantity × price. True when quantity and price are both usable.
   */
  public static boolean checkNumbers(
      BigDecimal quantity,
      BigDecimal price,
      BigDecimal commission,
      BigDecimal fees,
      Problems problems) {
    boolean quantityOk =
        positive(TradeField.QUANTITY, quantity, problems)
            && fits(TradeField.QUANTITY, quantity, QUANTITY_DIGITS, QUANTITY_DECIMALS, problems);
    boolean priceOk =
        positive(TradeField.PRICE, price, problems)
            && fits(TradeField.PRICE, price, PRICE_DIGITS, PRICE_DECIMALS, problems);
    if (notNegative(TradeField.COMMISSION, commission, problems)) {
      fits(TradeField.COMMISSION, commission, COST_DIGITS, COST_DECIMALS, problems);
    }
    if (notNegative(TradeField.FEES, fees, problems)) {
      fits(TradeField.FEES, fees, COST_DIGITS, COST_DECIMALS, problems);
    }
    // a product has at most as many digits before the point as its factors together, so the
    // product is only worked out when the factors could make it too large
    if (quantityOk && priceOk && integerDigits(quantity) + integerDigits(price) > QUANTITY_DIGITS) {
      BigDecimal gross = quantity.multiply(price);
      if (integerDigits(gross) > QUANTITY_DIGITS) {
        problems.add(
            TradeField.QUANTITY,
            "× price is "
                + gross.toPlainString()
                + ", more than a trade's gross amount can hold ("
                + QUANTITY_DIGITS
                + " digits)");
        return false;
      }
    }
    return quantityOk && priceOk;
  }

  /**
   * What is wrong with an execution id, order id or broker reference, if anything: one longer than
   * a trade keeps is refused rather than cut.
   */
  public static Optional<String> referenceProblem(String reference) {
    return reference == null || reference.length() <= MAX_REFERENCE
        ? Optional.empty()
        : Optional.of(
            "is "
                + reference.length()
                + " characters long; at most "
                + MAX_REFERENCE
                + " are kept");
  }

  /**
   * A commission or fee in {@code currency}: zero for none, else rounded half-even to the
   * currency's scale.
   */
  public static Money amount(Currency currency, BigDecimal value) {
    return value == null ? Money.zero(currency) : Money.of(currency, value, RoundingMode.HALF_EVEN);
  }

  private <T> T lookup(
      TradeField field, String given, T found, Problems problems, boolean required) {
    if (problems.has(field)) {
      return null;
    }
    if (given == null || given.isBlank()) {
      if (required) {
        problems.add(field, "is required");
      }
      return null;
    }
    if (found == null) {
      problems.add(field, "'" + given.trim() + "' is not in the reference data");
    }
    return found;
  }

  /** A new trade names what is retired: nothing, and the problem says so. */
  private static <T> T retired(TradeField field, String code, Problems problems) {
    problems.add(field, code + " is retired and takes no new trades");
    return null;
  }

  private Instrument instrument(String symbol, String isin, Problems problems) {
    if (problems.has(TradeField.SYMBOL) || problems.has(TradeField.ISIN)) {
      return null;
    }
    boolean noSymbol = symbol == null || symbol.isBlank();
    boolean noIsin = isin == null || isin.isBlank();
    if (noSymbol && noIsin) {
      problems.add(TradeField.SYMBOL, "is required");
      return null;
    }
    Instrument bySymbol =
        noSymbol ? null : lookup(TradeField.SYMBOL, symbol, index.bySymbol(symbol), problems, true);
    if (!noSymbol && bySymbol == null) {
      return null;
    }
    Instrument byIsin =
        noIsin ? null : lookup(TradeField.ISIN, isin, index.byIsin(isin), problems, true);
    if (!noIsin && byIsin == null) {
      return null;
    }
    if (bySymbol != null && byIsin != null && bySymbol != byIsin) {
      problems.add(
          TradeField.ISIN, isin.trim() + " is " + byIsin.symbol() + ", not " + bySymbol.symbol());
      return null;
    }
    return bySymbol != null ? bySymbol : byIsin;
  }

  private Counterparty broker(String code, Problems problems) {
    Counterparty c =
        lookup(TradeField.COUNTERPARTY, code, index.counterparty(code), problems, true);
    if (c != null && c.role() != CounterpartyRole.BROKER) {
      problems.add(
          TradeField.COUNTERPARTY, c.code() + " is a " + c.role().inWords() + ", not a broker");
      return null;
    }
    return c;
  }

  private LocalDate tradeDate(LocalDate date, Problems problems) {
    if (problems.has(TradeField.TRADE_DATE)) {
      return null;
    }
    if (date == null) {
      problems.add(TradeField.TRADE_DATE, "is required");
      return null;
    }
    if (policy.checkTradeDateNotAfterBusinessDate() && date.isAfter(businessDate)) {
      problems.add(TradeField.TRADE_DATE, date + " is after the business date " + businessDate);
      return null;
    }
    return date;
  }

  private LocalDate settlementDate(
      Instrument instrument, LocalDate tradeDate, LocalDate stated, Problems problems) {
    if (stated != null) {
      if (stated.isBefore(tradeDate)) {
        problems.add(TradeField.SETTLEMENT_DATE, stated + " is before the trade date " + tradeDate);
        return null;
      }
      return stated;
    }
    Object computed =
        settlementDates.computeIfAbsent(
            new DayKey(instrument.id().value(), tradeDate),
            k -> {
              try {
                return index.settlement().settlementDate(instrument, k.date());
              } catch (IllegalArgumentException e) {
                return e.getMessage();
              }
            });
    if (computed instanceof LocalDate d) {
      return d;
    }
    problems.add(TradeField.SETTLEMENT_DATE, "cannot be computed: " + computed);
    return null;
  }

  private void checkPrice(
      Instrument instrument, LocalDate tradeDate, BigDecimal price, Problems problems) {
    Reference reference =
        references.computeIfAbsent(
            new DayKey(instrument.id().value(), tradeDate),
            k -> Reference.of(prices.closeOnOrBefore(instrument.id(), k.date()).orElse(null)));
    if (reference.price() == null) {
      return;
    }
    if (price.subtract(reference.price()).abs().compareTo(reference.allowed()) <= 0) {
      return; // within the tolerance exactly, so also after the division below rounds
    }
    BigDecimal distance =
        price.subtract(reference.price()).abs().divide(reference.price(), MathContext.DECIMAL64);
    if (distance.compareTo(PRICE_TOLERANCE) > 0) {
      problems.add(
          TradeField.PRICE,
          price.toPlainString()
              + " is "
              + distance.movePointRight(2).setScale(1, RoundingMode.HALF_UP)
              + "% away from "
              + instrument.symbol()
              + "'s reference price "
              + reference.price().stripTrailingZeros().toPlainString()
              + " of "
              + tradeDate
              + " (allowed: "
              + PRICE_TOLERANCE.movePointRight(2).stripTrailingZeros().toPlainString()
              + "%)");
    }
  }

  private static boolean positive(TradeField field, BigDecimal v, Problems problems) {
    if (problems.has(field)) {
      return false;
    }
    if (v == null) {
      problems.add(field, "is required");
      return false;
    }
    if (v.signum() <= 0) {
      problems.add(field, "must be positive, not " + v.toPlainString());
      return false;
    }
    return true;
  }

  /** False when {@code v} is negative (and says so), or was reported already. */
  private static boolean notNegative(TradeField field, BigDecimal v, Problems problems) {
    if (v == null || problems.has(field)) {
      return false;
    }
    if (v.signum() < 0) {
      problems.add(field, "must not be negative, not " + v.toPlainString());
      return false;
    }
    return true;
  }

  /**
   * Whether {@code v} has at most {@code digits} before the decimal point and {@code decimals}
   * after.
   */
  private static boolean fits(
      TradeField field, BigDecimal v, int digits, int decimals, Problems problems) {
    if (v.scale() <= decimals && integerDigits(v) <= digits) {
      return true; // the common case, without stripping zeros
    }
    BigDecimal plain = v.stripTrailingZeros();
    if (plain.scale() > decimals) {
      problems.add(
          field,
          v.toPlainString()
              + " has "
              + plain.scale()
              + " decimals; at most "
              + decimals
              + " are kept");
      return false;
    }
    if (integerDigits(plain) > digits) {
      problems.add(
          field,
          "is too large: at most "
              + digits
              + " digits before the decimal point, not "
              + integerDigits(plain));
      return false;
    }
    return true;
  }

  /** How many digits {@code v} has before the decimal point (0 for a fraction). */
  private static int integerDigits(BigDecimal v) {
    return Math.max(0, v.precision() - v.scale());
  }

  /** An instrument's day, keyed by the id's number: asked twice for every trade checked. */
  private record DayKey(long instrument, LocalDate date) {}

  /**
   * A day's reference price (null when there is none) and the distance from it a price may have.
   */
  private record Reference(BigDecimal price, BigDecimal allowed) {
    static Reference of(BigDecimal close) {
      return close == null || close.signum() <= 0
          ? new Reference(null, null)
          : new Reference(close, close.multiply(PRICE_TOLERANCE));
    }
  }
}
