package com.tickmark.app.ui.common;

import com.tickmark.app.ui.common.Changes.FieldChange;
import com.tickmark.app.ui.table.Formats;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a trade's values read to a person wherever one is shown field by field (an approval's before
 * and after, the amend dialog, the audit trail's detail): books by code, instruments by symbol and
 * name, counterparties by code and name, accounts by code, never by internal id; notional,
 * commission and fees in their currency's decimals (USD 0.00, JPY 0); prices with at least those
 * decimals and any further digits they carry, without trailing zeros beyond them (USD 20.20,
 * 1.08455); quantities without trailing zeros (1,000); no value as empty; numbers with thousands
 * separators (see {@link Formats}).
 *
 * <p>The reference data it names things with is read once, off the FX thread ({@link #read}).
 */
public final class TradeValues implements Changes.FieldFormat {
  /** The decimals of an amount in a currency the reference data does not list. */
  static final int DEFAULT_MINOR_UNITS = 2;

  /** The most decimals a price shows. */
  static final int PRICE_MAX_SCALE = 8;

  /** The most decimals a quantity shows. */
  static final int QUANTITY_MAX_SCALE = 6;

  /** The fields that make a record a trade as the audit trail writes one ({@code TradeJson}). */
  private static final List<String> TRADE_FIELDS =
      List.of("book", "instrument", "counterparty", "currency", "quantity", "price");

  /** Trade fields named otherwise than their words, as the blotter names them. */
  private static final Map<String, String> LABELS =
      Map.of("id", "Trade", "grossAmount", "Notional", "executionTime", "Executed (UTC)");

  /** No reference data: ids shown as ids, amounts in two decimals. */
  public static final TradeValues NONE = of(List.of(), List.of(), List.of(), List.of(), List.of());

  private final Map<CurrencyCode, Integer> minorUnits = new HashMap<>();
  private final Map<Long, String> instruments = new HashMap<>();
  private final Map<Long, String> books = new HashMap<>();
  private final Map<Long, String> counterparties = new HashMap<>();
  private final Map<Long, String> accounts = new HashMap<>();

  private TradeValues() {}

  /** The firm's reference data as {@code actor} may read it; a blocking read, off the FX thread. */
  public static TradeValues read(ReferenceDataService referenceData, Actor actor) {
    if (!actor.may(Permission.VIEW_DATA)) {
      return NONE;
    }
    return of(
        referenceData.currencies(actor),
        referenceData.instruments(actor),
        referenceData.books(actor),
        referenceData.counterparties(actor),
        referenceData.accounts(actor));
  }

  public static TradeValues of(
      Collection<Currency> currencies,
      Collection<Instrument> instruments,
      Collection<Book> books,
      Collection<Counterparty> counterparties,
      Collection<Account> accounts) {
    TradeValues v = new TradeValues();
    currencies.forEach(c -> v.minorUnits.put(c.code(), c.minorUnits()));
    instruments.forEach(i -> v.instruments.put(i.id().value(), i.symbol() + " · " + i.name()));
    books.forEach(b -> v.books.put(b.id().value(), b.code()));
    counterparties.forEach(c -> v.counterparties.put(c.id().value(), c.code() + " · " + c.name()));
    accounts.forEach(a -> v.accounts.put(a.id().value(), a.code()));
    return v;
  }

  /**
   * The before and after of a record, field by field ({@link Changes}): a trade's fields as this
   * class writes them, any other record's plainly.
   */
  public List<FieldChange> changes(String before, String after) {
    Map<String, String> b = Changes.fields(before);
    Map<String, String> a = Changes.fields(after);
    return Changes.compare(b, a, isTrade(b) || isTrade(a) ? this : Changes.PLAIN);
  }

  private static boolean isTrade(Map<String, String> fields) {
    return fields.keySet().containsAll(TRADE_FIELDS);
  }

  @Override
  public String label(String field) {
    return LABELS.getOrDefault(field, Changes.words(field));
  }

  @Override
  public String value(String field, Map<String, String> trade) {
    String raw = trade.get(field);
    if (raw == null || raw.isEmpty()) {
      return raw;
    }
    try {
      CurrencyCode currency = currencyOf(trade);
      return switch (field) {
        case "book" -> named(books, raw);
        case "instrument" -> named(instruments, raw);
        case "counterparty" -> named(counterparties, raw);
        case "account" -> named(accounts, raw);
        case "quantity" -> quantity(new BigDecimal(raw));
        case "price" -> price(new BigDecimal(raw), currency);
        case "grossAmount", "commission", "fees" -> amount(new BigDecimal(raw), currency);
        case "executionTime" -> Formats.timestamp(Instant.parse(raw));
        default -> raw;
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      return raw; // not written as a trade's field is: as it is
    }
  }

  private static CurrencyCode currencyOf(Map<String, String> trade) {
    String code = trade.get("currency");
    try {
      return code == null || code.isBlank() ? null : CurrencyCode.of(code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The name of an id, or the id when the reference data does not list it. */
  private static String named(Map<Long, String> names, String id) {
    String name = names.get(Long.parseLong(id.trim()));
    return name == null ? "id " + id : name;
  }

  /** The decimals of an amount in {@code currency}. */
  public int minorUnits(CurrencyCode currency) {
    return currency == null
        ? DEFAULT_MINOR_UNITS
        : minorUnits.getOrDefault(currency, DEFAULT_MINOR_UNITS);
  }

  /** An amount in {@code currency}, in its decimals: {@code 1,234.50}. */
  public String amount(BigDecimal amount, CurrencyCode currency) {
    return Formats.grouped(amount, minorUnits(currency));
  }

  /** A price in {@code currency}: {@code 20.20}, {@code 1.08455}. */
  public String price(BigDecimal price, CurrencyCode currency) {
    return Formats.grouped(price, priceScale(price, currency));
  }

  /** The decimals {@link #price} shows. */
  public int priceScale(BigDecimal price, CurrencyCode currency) {
    return Formats.scaleBetween(price, minorUnits(currency), PRICE_MAX_SCALE);
  }

  /** A quantity without trailing zeros: {@code 1,000}, {@code 2.5}. */
  public String quantity(BigDecimal quantity) {
    return Formats.grouped(quantity, quantityScale(quantity));
  }

  /** The decimals {@link #quantity} shows. */
  public int quantityScale(BigDecimal quantity) {
    return Formats.scaleBetween(quantity, 0, QUANTITY_MAX_SCALE);
  }
}
