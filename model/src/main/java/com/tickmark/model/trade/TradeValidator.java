package com.tickmark.model.trade;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.trade.TradeValidationException.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link TradeRules} as they apply to a hand-keyed trade, in the words of the trade-entry form:
 * problems are reported under the form's field names, and the trade date defaults to the business
 * date. {@link TradeService#capture} applies exactly these; the form applies them as the user
 * types, so it refuses what the service would refuse.
 */
public final class TradeValidator {
  /** A hand-keyed price further than this from the reference price is refused as a likely typo. */
  public static final BigDecimal PRICE_TOLERANCE = TradeRules.PRICE_TOLERANCE;

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

  private final TradeReferenceIndex index;
  private final ReferencePrices prices;

  public TradeValidator(
      List<Book> books,
      List<Instrument> instruments,
      List<Counterparty> counterparties,
      List<Account> accounts,
      List<Currency> currencies,
      Map<String, HolidayCalendar> calendars,
      ReferencePrices prices) {
    this(
        new TradeReferenceIndex(
            books, instruments, counterparties, accounts, currencies, calendars),
        prices);
  }

  private TradeValidator(TradeReferenceIndex index, ReferencePrices prices) {
    this.index = index;
    this.prices = prices;
  }

  /** A validator over the reference data as the store holds it now. */
  public static TradeValidator of(ReferenceDataStore referenceData, ReferencePrices prices) {
    return new TradeValidator(TradeReferenceIndex.of(referenceData), prices);
  }

  /**
   * What the trade would be: every problem found (empty when it may be recorded), and what could be
   * worked out so far, so a screen can show the settlement date and gross amount as the user types.
   *
   * @param terms what the rules made of the trade (its book is null when the code is not known,
   *     likewise instrument, broker, account; its settlement date is null until the instrument and
   *     trade date are known, its gross amount until instrument, quantity and price are)
   */
  public record Checked(List<Problem> problems, TradeRules.Checked terms) {
    public Checked {
      problems = List.copyOf(problems);
    }

    public boolean valid() {
      return problems.isEmpty();
    }

    public Book book() {
      return terms.book();
    }

    public Instrument instrument() {
      return terms.instrument();
    }

    public LocalDate settlementDate() {
      return terms.settlementDate();
    }

    /** Quantity × price at the currency's scale, or null until they are known. */
    public BigDecimal grossAmount() {
      return terms.gross() == null ? null : terms.gross().amount();
    }

    /** The decimals of the instrument's currency (2 while the instrument is not known). */
    public int minorUnits() {
      return terms.currency() == null ? 2 : terms.currency().minorUnits();
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
    TradeRules rules = new TradeRules(index, prices, businessDate, TradeRules.Policy.ALL);
    TradeRules.Problems problems = new TradeRules.Problems();
    TradeRules.Checked terms =
        rules.check(
            new TradeTerms(
                n.book(),
                n.instrument(),
                null,
                n.counterparty(),
                n.account(),
                n.side(),
                n.quantity(),
                n.price(),
                n.commission(),
                n.fees(),
                null,
                n.tradeDate() == null ? businessDate : n.tradeDate(),
                null),
            problems);
    return new Checked(
        problems.list().stream().map(p -> new Problem(name(p.field()), p.message())).toList(),
        terms);
  }

  /** The form's name for {@code field}: the instrument's problems are the instrument field's. */
  static String name(TradeField field) {
    return switch (field) {
      case BOOK -> BOOK;
      case SYMBOL, ISIN, CURRENCY, SETTLEMENT_DATE -> INSTRUMENT;
      case COUNTERPARTY -> COUNTERPARTY;
      case ACCOUNT -> ACCOUNT;
      case SIDE -> SIDE;
      case QUANTITY -> QUANTITY;
      case PRICE -> PRICE;
      case COMMISSION -> COMMISSION;
      case FEES -> FEES;
      case TRADE_DATE -> TRADE_DATE;
    };
  }
}
