package com.tickmark.model.refdata;

import static com.tickmark.model.refdata.ReferenceDataKind.Field.AGENT_BIC;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.ASSET_CLASS;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.BASE_CURRENCY;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.BIC;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.BOOK;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.CASH_ACCOUNT;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.CODE;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.COUNTERPARTY;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.COUNTRY;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.CURRENCY;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.CUSTODY_ACCOUNT;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.ISIN;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.LEI;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.MIC;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.NAME;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.NUMBER;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.PLACE_OF_SETTLEMENT;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.PROVIDER;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.ROLE;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.SECTOR;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.SETTLEMENT;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.STRATEGY;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.SYMBOL;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.THEIR_ACCOUNT;
import static com.tickmark.model.refdata.ReferenceDataKind.Field.TYPE;

import com.tickmark.model.calendar.HolidayCalendar;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules an instrument, counterparty, account, book, calendar or SSI passes before it is added
 * or changed, applied to its fields as text (a form, the command line): what the demo firm's data
 * passes — ISIN and LEI check digits, BIC and MIC form, ISO country codes, currencies the firm
 * keeps, known calendars, strategies, books and providers — and unique symbols, codes and ISINs,
 * each no longer than the database keeps. Every problem names its field ("isin: check digit is
 * wrong, expected 5").
 *
 * <p>A retired calendar, strategy, book or provider is refused only when it is newly given: an edit
 * that keeps an instrument's settlement on a calendar retired since is accepted.
 */
public final class ReferenceDataRules {
  private static final Pattern CODE_TEXT = Pattern.compile("\\S+");
  private static final Pattern CALENDAR_CODE = Pattern.compile("[A-Z0-9]{2,16}");
  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
  private static final int CODE_LENGTH = 32;

  /** The id an SSI not yet added is checked under: one no stored SSI has. */
  private static final long NOT_YET_ADDED = Long.MAX_VALUE;

  /** A problem with one field. */
  public record Problem(String field, String message) {
    @Override
    public String toString() {
      return field + ": " + message;
    }
  }

  /**
   * What the rules made of the fields: the item when there were no problems (and an id to give it),
   * else the problems.
   */
  public record Checked<T>(T item, List<Problem> problems) {
    public Checked {
      problems = List.copyOf(problems);
    }

    public boolean valid() {
      return problems.isEmpty();
    }

    /** The item, unless there were problems: then a {@link ReferenceDataException} naming all. */
    public T orThrow() {
      if (!problems.isEmpty()) {
        throw new ReferenceDataException(problems);
      }
      return item;
    }
  }

  private final ReferenceData data;

  public ReferenceDataRules(ReferenceData data) {
    this.data = data;
  }

  public ReferenceData data() {
    return data;
  }

  // ---- the fields of what is stored, as text

  public Map<String, String> values(Instrument i) {
    return ordered(
        ReferenceDataKind.INSTRUMENT,
        Map.of(
            SYMBOL, i.symbol(),
            NAME, i.name(),
            ASSET_CLASS, i.assetClass().name(),
            ISIN, i.isin() == null ? "" : i.isin().value(),
            MIC, i.mic() == null ? "" : i.mic().value(),
            CURRENCY, i.currency().code(),
            BASE_CURRENCY, i.baseCurrency() == null ? "" : i.baseCurrency().code(),
            SECTOR, i.sector(),
            COUNTRY, i.country(),
            SETTLEMENT, i.settlement().toString()));
  }

  public Map<String, String> values(Counterparty c) {
    return ordered(
        ReferenceDataKind.COUNTERPARTY,
        Map.of(
            CODE, c.code(),
            NAME, c.name(),
            ROLE, c.role().name(),
            LEI, c.lei().value(),
            BIC, c.bic().value(),
            COUNTRY, c.country()));
  }

  /** An account's fields; its provider and book by their codes. */
  public Map<String, String> values(Account a) {
    return ordered(
        ReferenceDataKind.ACCOUNT,
        Map.of(
            CODE, a.code(),
            NAME, a.name(),
            TYPE, a.type().name(),
            PROVIDER,
                a.provider() == null
                    ? ""
                    : data.counterparty(a.provider()).map(Counterparty::code).orElse(""),
            CURRENCY, a.currency() == null ? "" : a.currency().code(),
            NUMBER, a.number(),
            BOOK, a.book() == null ? "" : data.book(a.book()).map(Book::code).orElse("")));
  }

  public Map<String, String> values(Book b) {
    return ordered(
        ReferenceDataKind.BOOK,
        Map.of(
            CODE, b.code(),
            NAME, b.name(),
            STRATEGY, b.strategyCode(),
            BASE_CURRENCY, b.baseCurrency().code()));
  }

  /** An SSI's fields; its counterparty and accounts by their codes. */
  public Map<String, String> values(Ssi s) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put(CODE, s.code());
    v.put(COUNTERPARTY, data.counterparty(s.counterparty()).map(Counterparty::code).orElse(""));
    v.put(ASSET_CLASS, s.assetClass().name());
    v.put(CURRENCY, s.currency().code());
    v.put(COUNTRY, s.marketCountry());
    v.put(PLACE_OF_SETTLEMENT, s.placeOfSettlement() == null ? "" : s.placeOfSettlement().value());
    v.put(CUSTODY_ACCOUNT, accountCode(s.custodyAccount()));
    v.put(CASH_ACCOUNT, accountCode(s.cashAccount()));
    v.put(AGENT_BIC, s.agent().value());
    v.put(THEIR_ACCOUNT, s.theirAccount());
    return ordered(ReferenceDataKind.SSI, v);
  }

  private String accountCode(AccountId id) {
    return id == null ? "" : data.account(id).map(Account::code).orElse("");
  }

  public Map<String, String> values(HolidayCalendar c) {
    return ordered(ReferenceDataKind.CALENDAR, Map.of(CODE, c.code(), NAME, c.name()));
  }

  private static Map<String, String> ordered(ReferenceDataKind kind, Map<String, String> values) {
    Map<String, String> inOrder = new LinkedHashMap<>();
    kind.fields().forEach(f -> inOrder.put(f.name(), values.getOrDefault(f.name(), "")));
    return inOrder;
  }

  // ---- checks

  /**
   * Checks an instrument's fields.
   *
   * @param id the instrument's id, or 0 for one not yet added (then no item is made)
   * @param before its fields as stored (empty for a new one)
   */
  public Checked<Instrument> instrument(
      long id, Map<String, String> before, Map<String, String> values) {
    Fields f = new Fields(before, values);
    String symbol = f.code(SYMBOL, CODE_LENGTH);
    if (symbol != null) {
      data.instruments().stream()
          .filter(i -> i.id().value() != id && i.symbol().equalsIgnoreCase(symbol))
          .findFirst()
          .ifPresent(i -> f.problem(SYMBOL, symbol + " is already " + i.name()));
    }
    String name = f.name(NAME, 200);
    AssetClass assetClass = f.choice(ASSET_CLASS, AssetClass.class, true);
    boolean fx = assetClass == AssetClass.FX_SPOT;
    Isin isin = f.identifier(ISIN, !fx && assetClass != null, Isin::problem, Isin::new);
    if (isin != null) {
      data.instruments().stream()
          .filter(i -> i.id().value() != id && isin.equals(i.isin()))
          .findFirst()
          .ifPresent(i -> f.problem(ISIN, isin + " is already " + i.symbol() + "'s"));
    }
    Mic mic = f.identifier(MIC, !fx && assetClass != null, Mic::problem, Mic::new);
    CurrencyCode currency = f.currency(CURRENCY, true);
    CurrencyCode base = f.currency(BASE_CURRENCY, fx);
    if (fx && base != null && base.equals(currency)) {
      f.problem(BASE_CURRENCY, "must differ from the quote currency " + currency);
    } else if (assetClass != null && !fx && base != null) {
      f.problem(BASE_CURRENCY, "only FX spot has a base currency; leave it empty");
      base = null;
    }
    String sector = f.optional(SECTOR, 64);
    String country = f.country(COUNTRY);
    SettlementConvention settlement = settlement(f);
    if (id <= 0 || !f.problems.isEmpty()) {
      return f.checked(null);
    }
    return f.checked(
        new Instrument(
            new InstrumentId(id),
            symbol,
            name,
            assetClass,
            isin,
            mic,
            currency,
            base,
            sector,
            country,
            settlement));
  }

  private SettlementConvention settlement(Fields f) {
    String text = f.required(SETTLEMENT);
    if (text == null) {
      return null;
    }
    SettlementConvention convention;
    try {
      convention = SettlementConvention.parse(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      f.problem(SETTLEMENT, "write the lag and the calendars, e.g. T+1 XNYS or T+2 TARGET,USNY");
      return null;
    }
    boolean changed = f.changed(SETTLEMENT, convention.toString());
    for (String code : convention.calendars()) {
      Optional<HolidayCalendar> calendar = data.calendar(code);
      if (calendar.isEmpty()) {
        f.problem(
            SETTLEMENT,
            "there is no calendar " + code + "; the calendars are " + data.calendars().keySet());
        return null;
      }
      if (calendar.get().retired() && changed) {
        f.problem(SETTLEMENT, "calendar " + code + " is retired");
        return null;
      }
    }
    return convention;
  }

  /** Checks a counterparty's fields; see {@link #instrument}. */
  public Checked<Counterparty> counterparty(
      long id, Map<String, String> before, Map<String, String> values) {
    Fields f = new Fields(before, values);
    String code = f.code(CODE, CODE_LENGTH);
    if (code != null) {
      data.counterparties().stream()
          .filter(c -> c.id().value() != id && c.code().equalsIgnoreCase(code))
          .findFirst()
          .ifPresent(c -> f.problem(CODE, code + " is already " + c.name()));
    }
    String name = f.name(NAME, 200);
    CounterpartyRole role = f.choice(ROLE, CounterpartyRole.class, true);
    Lei lei = f.identifier(LEI, true, Lei::problem, Lei::new);
    Bic bic = f.identifier(BIC, true, Bic::problem, Bic::new);
    String country = f.country(COUNTRY);
    if (id <= 0 || !f.problems.isEmpty()) {
      return f.checked(null);
    }
    return f.checked(new Counterparty(new CounterpartyId(id), code, name, role, lei, bic, country));
  }

  /**
   * Checks an account's fields: a trading account names its book, a custody account its custodian,
   * a cash account its bank and currency. See {@link #instrument}.
   */
  public Checked<Account> account(long id, Map<String, String> before, Map<String, String> values) {
    Fields f = new Fields(before, values);
    String code = f.code(CODE, CODE_LENGTH);
    if (code != null) {
      data.accounts().stream()
          .filter(a -> a.id().value() != id && a.code().equalsIgnoreCase(code))
          .findFirst()
          .ifPresent(a -> f.problem(CODE, code + " is already " + a.name()));
    }
    String name = f.name(NAME, 200);
    AccountType type = f.choice(TYPE, AccountType.class, true);
    Counterparty provider =
        f.reference(
            PROVIDER,
            type == AccountType.CUSTODY || type == AccountType.CASH,
            data::counterparty,
            Counterparty::retired,
            "counterparty");
    if (provider != null) {
      CounterpartyRole expected =
          type == AccountType.CUSTODY
              ? CounterpartyRole.CUSTODIAN
              : type == AccountType.CASH ? CounterpartyRole.BANK : null;
      if (expected != null && provider.role() != expected && f.changed(PROVIDER, provider.code())) {
        f.problem(
            PROVIDER,
            provider.code()
                + " is a "
                + provider.role().inWords()
                + "; a "
                + type.name().toLowerCase(Locale.ROOT)
                + " account is kept by a "
                + expected.inWords());
      }
    }
    CurrencyCode currency = f.currency(CURRENCY, type == AccountType.CASH);
    String number = f.optional(NUMBER, 64);
    Book book = f.reference(BOOK, type == AccountType.TRADING, data::book, Book::retired, "book");
    if (id <= 0 || !f.problems.isEmpty()) {
      return f.checked(null);
    }
    return f.checked(
        new Account(
            new AccountId(id),
            code,
            name,
            type,
            provider == null ? null : provider.id(),
            currency,
            number,
            book == null ? null : book.id()));
  }

  /** Checks a book's fields; see {@link #instrument}. */
  public Checked<Book> book(long id, Map<String, String> before, Map<String, String> values) {
    Fields f = new Fields(before, values);
    String code = f.code(CODE, CODE_LENGTH);
    if (code != null) {
      data.books().stream()
          .filter(b -> b.id().value() != id && b.code().equalsIgnoreCase(code))
          .findFirst()
          .ifPresent(b -> f.problem(CODE, code + " is already " + b.name()));
    }
    String name = f.name(NAME, 100);
    String strategy = f.code(STRATEGY, CODE_LENGTH);
    if (strategy != null
        && data.strategies().stream().noneMatch(s -> s.code().equalsIgnoreCase(strategy))) {
      f.problem(
          STRATEGY,
          "there is no strategy "
              + strategy
              + "; the strategies are "
              + data.strategies().stream().map(Strategy::code).toList());
    }
    CurrencyCode base = f.currency(BASE_CURRENCY, true);
    if (id <= 0 || !f.problems.isEmpty()) {
      return f.checked(null);
    }
    String strategyCode =
        data.strategies().stream()
            .map(Strategy::code)
            .filter(s -> s.equalsIgnoreCase(strategy))
            .findFirst()
            .orElseThrow();
    return f.checked(new Book(new BookId(id), code, name, strategyCode, base));
  }

  /**
   * Checks an SSI's fields: a broker; for equities and ETFs the place of settlement (a CSD's BIC)
   * and one of the firm's custody accounts; the firm's cash account in the SSI's currency; the
   * agent's BIC and the counterparty's account there. FX spot SSIs settle cash only, in any market.
   * An SSI in use must not have the same counterparty, asset class, currency and market as another
   * in use: trades would find two equally specific ones ({@link SsiResolver#sameScope}).
   *
   * @param retired whether the SSI is retired (then it may share its scope with one in use)
   * @see #instrument
   */
  public Checked<Ssi> ssi(
      long id, boolean retired, Map<String, String> before, Map<String, String> values) {
    Fields f = new Fields(before, values);
    String code = f.code(CODE, CODE_LENGTH);
    if (code != null) {
      data.ssis().stream()
          .filter(s -> s.id().value() != id && s.code().equalsIgnoreCase(code))
          .findFirst()
          .ifPresent(s -> f.problem(CODE, code + " is already another SSI"));
    }
    Counterparty counterparty =
        f.reference(COUNTERPARTY, true, data::counterparty, Counterparty::retired, "counterparty");
    if (counterparty != null
        && counterparty.role() != CounterpartyRole.BROKER
        && f.changed(COUNTERPARTY, counterparty.code())) {
      f.problem(
          COUNTERPARTY,
          counterparty.code()
              + " is a "
              + counterparty.role().inWords()
              + "; SSIs are for the brokers the firm trades with");
    }
    AssetClass assetClass = f.choice(ASSET_CLASS, AssetClass.class, true);
    boolean fx = assetClass == AssetClass.FX_SPOT;
    boolean securities = assetClass != null && !fx;
    CurrencyCode currency = f.currency(CURRENCY, true);
    String country = f.country(COUNTRY);
    if (fx && country != null && !country.isEmpty()) {
      f.problem(COUNTRY, "FX spot settles per currency, not per market; leave it empty");
    }
    Bic place = f.identifier(PLACE_OF_SETTLEMENT, securities, Bic::problem, Bic::new);
    if (fx && place != null) {
      f.problem(PLACE_OF_SETTLEMENT, "FX spot settles cash only, through no CSD; leave it empty");
    }
    Account custody = account(f, CUSTODY_ACCOUNT, securities, AccountType.CUSTODY);
    if (fx && custody != null) {
      f.problem(CUSTODY_ACCOUNT, "FX spot settles cash only; leave it empty");
    }
    Account cash = account(f, CASH_ACCOUNT, true, AccountType.CASH);
    if (cash != null && currency != null && !currency.equals(cash.currency())) {
      f.problem(
          CASH_ACCOUNT,
          cash.code() + " is a " + cash.currency() + " account; this SSI settles " + currency);
    }
    Bic agent = f.identifier(AGENT_BIC, true, Bic::problem, Bic::new);
    String theirAccount = f.required(THEIR_ACCOUNT);
    if (theirAccount != null && !f.fits(THEIR_ACCOUNT, theirAccount, 64)) {
      theirAccount = null;
    }
    if (!f.problems.isEmpty()) {
      return f.checked(null);
    }
    Ssi ssi =
        new Ssi(
            new SsiId(id > 0 ? id : NOT_YET_ADDED),
            code,
            counterparty.id(),
            assetClass,
            currency,
            country,
            place,
            custody == null ? null : custody.id(),
            cash.id(),
            agent,
            theirAccount,
            retired);
    sameScope(ssi).ifPresent(p -> f.problem(p.field(), p.message()));
    return f.checked(id > 0 ? ssi : null);
  }

  /**
   * The problem with {@code ssi} being in use: another SSI in use has the same counterparty, asset
   * class, currency and market, so the two would tie for the same trades.
   */
  public Optional<Problem> sameScope(Ssi ssi) {
    if (ssi.retired()) {
      return Optional.empty();
    }
    return SsiResolver.sameScope(ssi, data.ssis())
        .map(
            other ->
                new Problem(
                    COUNTRY,
                    other.code()
                        + " already settles "
                        + data.counterparty(other.counterparty())
                            .map(Counterparty::code)
                            .orElse("its counterparty")
                        + "'s "
                        + other.assetClass().name()
                        + " trades in "
                        + other.currency()
                        + (other.anyMarket() ? " in any market" : " in " + other.marketCountry())
                        + "; two would be ambiguous, so retire or change "
                        + other.code()
                        + " first"));
  }

  /** An account named by its code, of {@code type}; a retired one only if it was named before. */
  private Account account(Fields f, String field, boolean required, AccountType type) {
    Account account = f.reference(field, required, data::account, Account::retired, "account");
    if (account != null && account.type() != type) {
      f.problem(
          field,
          account.code()
              + " is a "
              + account.type().name().toLowerCase(Locale.ROOT)
              + " account, not a "
              + type.name().toLowerCase(Locale.ROOT)
              + " account");
      return null;
    }
    return account;
  }

  /**
   * Checks a calendar's code and name; its holidays are added and removed one by one.
   *
   * @param existing the calendar as stored, or null for a new one
   */
  public Checked<HolidayCalendar> calendar(HolidayCalendar existing, Map<String, String> values) {
    Fields f = new Fields(existing == null ? Map.of() : values(existing), values);
    String code = f.code(CODE, 16);
    if (code != null && !CALENDAR_CODE.matcher(code).matches()) {
      f.problem(CODE, "must be 2 to 16 capital letters or digits, e.g. XNYS");
    } else if (existing != null && code != null && !code.equals(existing.code())) {
      f.problem(
          CODE,
          "stays "
              + existing.code()
              + ": instruments name the calendar in their settlement; add a new one instead");
    } else if (existing == null && code != null && data.calendars().containsKey(code)) {
      f.problem(CODE, code + " is already " + data.calendars().get(code).name());
    }
    String name = f.name(NAME, 100);
    if (!f.problems.isEmpty()) {
      return f.checked(null);
    }
    return f.checked(
        existing == null ? new HolidayCalendar(code, name, List.of()) : existing.withName(name));
  }

  /**
   * The problems of the fields of a new item of {@code kind} (when {@code key} is null) or of an
   * edit of the one named {@code key}: what a form shows as the user types.
   */
  public List<Problem> problems(ReferenceDataKind kind, String key, Map<String, String> values) {
    return switch (kind) {
      case INSTRUMENT -> {
        Instrument i = key == null ? null : data.instrument(key).orElseThrow();
        yield instrument(i == null ? 0 : i.id().value(), i == null ? Map.of() : values(i), values)
            .problems();
      }
      case COUNTERPARTY -> {
        Counterparty c = key == null ? null : data.counterparty(key).orElseThrow();
        yield counterparty(c == null ? 0 : c.id().value(), c == null ? Map.of() : values(c), values)
            .problems();
      }
      case ACCOUNT -> {
        Account a = key == null ? null : data.account(key).orElseThrow();
        yield account(a == null ? 0 : a.id().value(), a == null ? Map.of() : values(a), values)
            .problems();
      }
      case BOOK -> {
        Book b = key == null ? null : data.book(key).orElseThrow();
        yield book(b == null ? 0 : b.id().value(), b == null ? Map.of() : values(b), values)
            .problems();
      }
      case CALENDAR ->
          calendar(key == null ? null : data.calendar(key).orElseThrow(), values).problems();
      case SSI -> {
        Ssi s = key == null ? null : data.ssi(key).orElseThrow();
        yield ssi(
                s == null ? 0 : s.id().value(),
                s != null && s.retired(),
                s == null ? Map.of() : values(s),
                values)
            .problems();
      }
    };
  }

  /** The field names of a holiday: its date and its name ("Christmas Eve"). */
  public static final String HOLIDAY_DATE = "date";

  public static final String HOLIDAY_NAME = "name";

  /** What is wrong with a new holiday: a weekend day, or no name. */
  public static List<Problem> holidayProblems(LocalDate date, String name) {
    List<Problem> problems = new ArrayList<>();
    if (HolidayCalendar.isWeekend(date)) {
      problems.add(
          new Problem(
              HOLIDAY_DATE,
              date
                  + " is a "
                  + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                  + "; weekends are never business days anyway"));
    }
    if (name == null || name.isBlank()) {
      problems.add(new Problem(HOLIDAY_NAME, "say what the day is called"));
    }
    return problems;
  }

  /** One check's fields as given, the fields stored before, and the problems found. */
  private final class Fields {
    private final Map<String, String> before;
    private final Map<String, String> values;
    private final List<Problem> problems = new ArrayList<>();

    Fields(Map<String, String> before, Map<String, String> values) {
      this.before = before;
      this.values = values;
    }

    <T> Checked<T> checked(T item) {
      return new Checked<>(problems.isEmpty() ? item : null, problems);
    }

    void problem(String field, String message) {
      if (problems.stream().noneMatch(p -> p.field().equals(field))) {
        problems.add(new Problem(field, message));
      }
    }

    /** Whether {@code normalised} differs from what was stored (always, for a new item). */
    boolean changed(String field, String normalised) {
      return !normalised.equalsIgnoreCase(before.getOrDefault(field, ""));
    }

    String text(String field) {
      String v = values.get(field);
      return v == null ? "" : v.trim();
    }

    String required(String field) {
      String v = text(field);
      if (v.isEmpty()) {
        problem(field, "is required");
        return null;
      }
      return v;
    }

    String optional(String field, int maxLength) {
      String v = text(field);
      return fits(field, v, maxLength) ? v : null;
    }

    String name(String field, int maxLength) {
      String v = required(field);
      return v != null && fits(field, v, maxLength) ? v : null;
    }

    /** A symbol or code: required, one word, kept in capitals. */
    String code(String field, int maxLength) {
      String v = required(field);
      if (v == null) {
        return null;
      }
      if (!CODE_TEXT.matcher(v).matches()) {
        problem(field, "must be one word without spaces: '" + v + "'");
        return null;
      }
      v = v.toUpperCase(Locale.ROOT);
      return fits(field, v, maxLength) ? v : null;
    }

    private boolean fits(String field, String v, int maxLength) {
      if (v.length() > maxLength) {
        problem(field, "is " + v.length() + " characters long; at most " + maxLength + " are kept");
        return false;
      }
      return true;
    }

    <E extends Enum<E>> E choice(String field, Class<E> type, boolean required) {
      String v = required ? required(field) : text(field);
      if (v == null || v.isEmpty()) {
        return null;
      }
      String name = v.toUpperCase(Locale.ROOT).replace(' ', '_');
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(name)) {
          return e;
        }
      }
      problem(
          field,
          "say "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", "))
              + ", not '"
              + v
              + "'");
      return null;
    }

    /** An ISIN, LEI, BIC or MIC: its own rule says what is wrong. */
    <T> T identifier(
        String field,
        boolean required,
        Function<String, Optional<String>> problemOf,
        Function<String, T> make) {
      String v = required ? required(field) : text(field);
      if (v == null || v.isEmpty()) {
        return null;
      }
      String upper = v.toUpperCase(Locale.ROOT);
      Optional<String> wrong = problemOf.apply(upper);
      if (wrong.isPresent()) {
        problem(field, wrong.get());
        return null;
      }
      return make.apply(upper);
    }

    CurrencyCode currency(String field, boolean required) {
      String v = required ? required(field) : text(field);
      if (v == null || v.isEmpty()) {
        return null;
      }
      String code = v.toUpperCase(Locale.ROOT);
      Optional<Currency> known =
          data.currencies().stream().filter(c -> c.code().code().equals(code)).findFirst();
      if (known.isEmpty()) {
        problem(
            field,
            code
                + " is not one of the firm's currencies ("
                + data.currencies().stream()
                    .map(c -> c.code().code())
                    .collect(Collectors.joining(", "))
                + ")");
        return null;
      }
      return known.get().code();
    }

    String country(String field) {
      String v = text(field).toUpperCase(Locale.ROOT);
      if (!v.isEmpty() && !COUNTRY_CODE.matcher(v).matches()) {
        problem(field, "must be a two-letter ISO 3166 code such as US, not '" + v + "'");
        return null;
      }
      return v;
    }

    /** A book or provider named by its code; a retired one only if it was named before. */
    <T> T reference(
        String field,
        boolean required,
        Function<String, Optional<T>> byCode,
        Function<T, Boolean> retired,
        String what) {
      String v = required ? required(field) : text(field);
      if (v == null || v.isEmpty()) {
        return null;
      }
      Optional<T> found = byCode.apply(v);
      if (found.isEmpty()) {
        problem(field, "there is no " + what + " " + v.toUpperCase(Locale.ROOT));
        return null;
      }
      if (retired.apply(found.get()) && changed(field, v)) {
        problem(field, v.toUpperCase(Locale.ROOT) + " is retired");
        return null;
      }
      return found.get();
    }
  }
}
