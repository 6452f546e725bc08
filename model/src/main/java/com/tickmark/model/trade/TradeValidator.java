package com.tickmark.model.trade;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.settlement.SettlementDateCalculator;
import com.tickmark.model.trade.TradeValidationException.Problem;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The rules a hand-keyed trade must pass, over one snapshot of the reference data: known book,
 * instrument and broker (and account, when given), a side, positive quantity and price, commission
 * and fees not negative, a trade date not after the business date, and a price within {@link
 * #PRICE_TOLERANCE} of the reference price. {@link TradeService#capture} applies exactly these; a
 * screen applies them as the user types, so it refuses what the service would refuse. Pure apart
 * from the reference prices it is given.
 */
public final class TradeValidator {
  /** A hand-keyed price further than this from the reference price is refused as a likely typo. */
  public static final BigDecimal PRICE_TOLERANCE = new BigDecimal("0.10");

  /** The field names problems are reported under. */
  public static final String BOOK = "book";

  public static final String INSTRUMENT = "instrument";
  public static final String COUNTERPARTY = "counterparty";
  public static final String ACCOUNT = "account";
  public static final String SIDE = "side";
  public static final String QUANTITY = "quantity";
  public static final String PRICE = "price";
  public static final String COMMISSION = "commission";
  public static final String FEES = "fees";
  public static final String TRADE_DATE = "trade date";

  private final List<Book> books;
  private final List<Instrument> instruments;
  private final List<Counterparty> counterparties;
  private final List<Account> accounts;
  private final List<Currency> currencies;
  private final SettlementDateCalculator settlement;
  private final ReferencePrices prices;

  public TradeValidator(
      List<Book> books,
      List<Instrument> instruments,
      List<Counterparty> counterparties,
      List<Account> accounts,
      List<Currency> currencies,
      Map<String, HolidayCalendar> calendars,
      ReferencePrices prices) {
    this.books = List.copyOf(books);
    this.instruments = List.copyOf(instruments);
    this.counterparties = List.copyOf(counterparties);
    this.accounts = List.copyOf(accounts);
    this.currencies = List.copyOf(currencies);
    this.settlement = new SettlementDateCalculator(calendars);
    this.prices = prices;
  }

  /** A validator over the reference data as the store holds it now. */
  public static TradeValidator of(ReferenceDataStore referenceData, ReferencePrices prices) {
    return new TradeValidator(
        referenceData.books(),
        referenceData.instruments(),
        referenceData.counterparties(),
        referenceData.accounts(),
        referenceData.currencies(),
        referenceData.calendars(),
        prices);
  }

  /**
   * What the trade would be: every problem found (empty when it may be recorded), and what could be
   * worked out so far, so a screen can show the settlement date and gross amount as the user types.
   *
   * @param book null when the code is not known (likewise instrument, broker, account)
   * @param settlementDate null until the instrument and trade date are known
   * @param grossAmount null until instrument, quantity and price are known
   */
  public record Checked(
      List<Problem> problems,
      Book book,
      Instrument instrument,
      Counterparty broker,
      Account account,
      LocalDate tradeDate,
      LocalDate settlementDate,
      BigDecimal grossAmount,
      int minorUnits) {
    public Checked {
      problems = List.copyOf(problems);
    }

    public boolean valid() {
      return problems.isEmpty();
    }

    /** The first problem with {@code field}, if any. */
    public Optional<String> problem(String field) {
      return problems.stream()
          .filter(p -> p.field().equals(field))
          .map(Problem::message)
          .findFirst();
    }

    /** Throws {@link TradeValidationException} naming every problem, unless there are none. */
    public Checked orThrow() {
      if (!problems.isEmpty()) {
        throw new TradeValidationException(problems);
      }
      return this;
    }
  }

  /** Checks {@code n} as of {@code businessDate} (its trade date, when it has none). */
  public Checked check(NewTrade n, LocalDate businessDate) {
    List<Problem> problems = new ArrayList<>();
    Book book =
        find(books, b -> b.code().equalsIgnoreCase(text(n.book())), BOOK, n.book(), problems);
    Instrument instrument =
        find(
            instruments,
            i -> i.symbol().equalsIgnoreCase(text(n.instrument())),
            INSTRUMENT,
            n.instrument(),
            problems);
    Counterparty broker =
        find(
            counterparties,
            c -> c.code().equalsIgnoreCase(text(n.counterparty())),
            COUNTERPARTY,
            n.counterparty(),
            problems);
    if (broker != null && broker.role() != CounterpartyRole.BROKER) {
      problems.add(
          new Problem(
              COUNTERPARTY,
              broker.code()
                  + " is a "
                  + broker.role().name().toLowerCase(Locale.ROOT)
                  + ", not a broker"));
      broker = null;
    }
    Account account =
        n.account() == null || n.account().isBlank()
            ? null
            : find(
                accounts,
                a -> a.code().equalsIgnoreCase(n.account().trim()),
                ACCOUNT,
                n.account(),
                problems);
    if (n.side() == null) {
      problems.add(new Problem(SIDE, "say BUY or SELL"));
    }
    positive(n.quantity(), QUANTITY, problems);
    positive(n.price(), PRICE, problems);
    notNegative(n.commission(), COMMISSION, problems);
    notNegative(n.fees(), FEES, problems);
    LocalDate tradeDate = n.tradeDate() == null ? businessDate : n.tradeDate();
    if (tradeDate.isAfter(businessDate)) {
      problems.add(
          new Problem(TRADE_DATE, tradeDate + " is after the business date " + businessDate));
    }
    if (instrument != null && n.price() != null && n.price().signum() > 0) {
      Instrument i = instrument;
      prices
          .closeOnOrBefore(i.id(), tradeDate)
          .filter(ref -> ref.signum() > 0)
          .ifPresent(
              ref -> {
                BigDecimal distance =
                    n.price().subtract(ref).abs().divide(ref, MathContext.DECIMAL64);
                if (distance.compareTo(PRICE_TOLERANCE) > 0) {
                  problems.add(
                      new Problem(
                          PRICE,
                          n.price().toPlainString()
                              + " is "
                              + distance
                                  .multiply(BigDecimal.valueOf(100))
                                  .setScale(1, RoundingMode.HALF_UP)
                              + "% away from "
                              + i.symbol()
                              + "'s reference price "
                              + ref.stripTrailingZeros().toPlainString()
                              + " (allowed: "
                              + PRICE_TOLERANCE
                                  .movePointRight(2)
                                  .stripTrailingZeros()
                                  .toPlainString()
                              + "%)"));
                }
              });
    }
    int minorUnits = instrument == null ? 2 : minorUnits(instrument.currency());
    LocalDate settles = null;
    if (instrument != null) {
      try {
        settles = settlement.settlementDate(instrument, tradeDate);
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(INSTRUMENT, e.getMessage()));
      }
    }
    BigDecimal gross =
        instrument != null
                && n.quantity() != null
                && n.price() != null
                && n.quantity().signum() > 0
                && n.price().signum() > 0
            ? n.quantity().multiply(n.price()).setScale(minorUnits, RoundingMode.HALF_EVEN)
            : null;
    return new Checked(
        problems, book, instrument, broker, account, tradeDate, settles, gross, minorUnits);
  }

  /**
   * The number of decimals amounts in {@code currency} carry (2 when the currency is not known).
   */
  public int minorUnits(CurrencyCode currency) {
    return currencies.stream()
        .filter(c -> c.code().equals(currency))
        .findFirst()
        .map(Currency::minorUnits)
        .orElse(2);
  }

  private static String text(String s) {
    return s == null ? "" : s.trim();
  }

  private static <T> T find(
      List<T> all, Predicate<T> match, String field, String given, List<Problem> problems) {
    if (given == null || given.isBlank()) {
      problems.add(new Problem(field, "is required"));
      return null;
    }
    Optional<T> found = all.stream().filter(match).findFirst();
    if (found.isEmpty()) {
      problems.add(new Problem(field, "'" + given.trim() + "' is not in the reference data"));
    }
    return found.orElse(null);
  }

  private static void positive(BigDecimal v, String field, List<Problem> problems) {
    if (v == null) {
      problems.add(new Problem(field, "is required"));
    } else if (v.signum() <= 0) {
      problems.add(new Problem(field, "must be positive, not " + v.toPlainString()));
    }
  }

  private static void notNegative(BigDecimal v, String field, List<Problem> problems) {
    if (v != null && v.signum() < 0) {
      problems.add(new Problem(field, "must not be negative, not " + v.toPlainString()));
    }
  }
}
