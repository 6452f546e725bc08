package com.tickmark.model.trade.imports;

import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.intake.Intake;
import com.tickmark.model.intake.IntakeCells;
import com.tickmark.model.intake.IsoInstants;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.settlement.SettlementDateCalculator;
import com.tickmark.model.trade.ReferencePrices;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeService;
import com.tickmark.model.trade.TradeSource;
import com.tickmark.model.trade.TradeStatus;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A trade file's row as a {@link Trade}: every field checked (formats, known book, instrument by
 * symbol or ISIN, broker and account, positive quantity and price, commission and fees not
 * negative, the instrument's currency, trade date not after the business date, price within 10 % of
 * the day's reference price, exec id unique in the file and among stored trades) and the settlement
 * date from the instrument's convention and calendars. One instance per file: the reference data is
 * read once into look-up maps, and dates, reference prices and settlement dates are cached by
 * instrument and day.
 */
final class TradeRows implements Intake.Mapper<ImportField, Trade> {
  private static final int MAX_TEXT = 64;

  private record Key(long instrument, LocalDate date) {}

  /**
   * A day's reference price (null when there is none) and the distance from it a price may have
   * (null: always divide).
   */
  private record Reference(BigDecimal price, BigDecimal allowed) {
    static Reference of(Optional<BigDecimal> close) {
      BigDecimal p = close.orElse(null);
      return new Reference(
          p, p != null && p.signum() > 0 ? p.multiply(TradeService.PRICE_TOLERANCE) : null);
    }
  }

  private final ImportProfile profile;
  private final ReferencePrices prices;
  private final Map<String, Book> books = new HashMap<>();
  private final Map<String, Instrument> bySymbol = new HashMap<>();
  private final Map<String, Instrument> byIsin = new HashMap<>();
  private final Map<String, Counterparty> counterparties = new HashMap<>();

  /** The broker a broker's own profile names, the counterparty of every row; null for others. */
  private final Counterparty profileBroker;

  private final Map<String, Account> accounts = new HashMap<>();
  private final Map<CurrencyCode, Integer> minorUnits = new HashMap<>();
  private final Set<String> storedExecIds;

  /** The line on which each exec id was first seen (0: not seen). */
  private final Object2IntOpenHashMap<String> fileExecIds = new Object2IntOpenHashMap<>();

  private final Map<String, LocalDate> dates = new HashMap<>();
  private final Map<Key, Reference> referencePrices = new HashMap<>();
  private final IsoInstants isoInstant = new IsoInstants();
  private final Map<Key, Object> settlementDates = new HashMap<>();
  private final SettlementDateCalculator settlement;
  private final DateTimeFormatter dateFormat;
  private final DateTimeFormatter timeFormat;
  private final LocalDate today;

  TradeRows(
      ImportProfile profile,
      ReferenceDataStore referenceData,
      ReferencePrices prices,
      Set<String> storedExecIds,
      LocalDate today) {
    this.profile = profile;
    this.prices = prices;
    this.storedExecIds = storedExecIds;
    this.today = today;
    this.settlement = new SettlementDateCalculator(referenceData.calendars());
    referenceData.books().forEach(b -> books.put(upper(b.code()), b));
    referenceData
        .instruments()
        .forEach(
            i -> {
              bySymbol.put(upper(i.symbol()), i);
              if (i.isin() != null) {
                byIsin.put(upper(i.isin().value()), i);
              }
            });
    referenceData.counterparties().forEach(c -> counterparties.put(upper(c.code()), c));
    profileBroker = counterparties.get(profile.broker());
    referenceData.accounts().forEach(a -> accounts.put(upper(a.code()), a));
    referenceData.currencies().forEach(c -> minorUnits.put(c.code(), c.minorUnits()));
    dateFormat = ImportProfile.strict(profile.datePattern());
    timeFormat =
        ImportProfile.ISO.equalsIgnoreCase(profile.timePattern())
            ? null
            : ImportProfile.strict(profile.timePattern());
  }

  @Override
  public void start(List<ImportProblem> problems) {
    if (!profile.broker().isEmpty()
        && (profileBroker == null || profileBroker.role() != CounterpartyRole.BROKER)) {
      problems.add(
          new ImportProblem(
              1,
              ImportField.COUNTERPARTY.key(),
              "profile "
                  + profile.name()
                  + " is for broker '"
                  + profile.broker()
                  + "', which is "
                  + (profileBroker == null
                      ? "not in the reference data"
                      : "a " + role(profileBroker) + ", not a broker")));
    }
  }

  @Override
  public String noRows() {
    return "has no trade rows";
  }

  @Override
  public Trade map(IntakeCells<ImportField> cells, long id) {
    String execId = text(cells, ImportField.EXEC_ID, true);
    if (!execId.isEmpty()) {
      int earlier = fileExecIds.putIfAbsent(execId, cells.line());
      if (earlier != 0) {
        cells.problem(
            ImportField.EXEC_ID, "'" + execId + "' is also on line " + earlier + " of this file");
      } else if (storedExecIds.contains(execId)) {
        cells.problem(
            ImportField.EXEC_ID,
            "'" + execId + "' is already stored (a trade with this execution id exists)");
      }
    }
    String orderId = text(cells, ImportField.ORDER_ID, false);
    String brokerRef = text(cells, ImportField.BROKER_REF, false);
    Book book = lookup(cells, ImportField.BOOK, books, "book", true);
    Instrument instrument = instrument(cells);
    Side side = side(cells);
    BigDecimal quantity = decimal(cells, ImportField.QUANTITY, true, true);
    BigDecimal price = decimal(cells, ImportField.PRICE, true, true);
    BigDecimal commission = decimal(cells, ImportField.COMMISSION, false, false);
    BigDecimal fees = decimal(cells, ImportField.FEES, false, false);
    String currencyText = cells.text(ImportField.CURRENCY);
    if (!currencyText.isEmpty()
        && instrument != null
        && !upper(currencyText).equals(instrument.currency().code())) {
      cells.problem(
          ImportField.CURRENCY,
          "'"
              + currencyText
              + "' is not "
              + instrument.symbol()
              + "'s currency "
              + instrument.currency().code());
    }
    LocalDate tradeDate = tradeDate(cells);
    Instant executed = executionTime(cells);
    Counterparty broker = broker(cells);
    Account account = lookup(cells, ImportField.ACCOUNT, accounts, "account", false);
    LocalDate settles = null;
    if (instrument != null && tradeDate != null) {
      if (price != null && price.signum() > 0) {
        checkPrice(cells, instrument, tradeDate, price);
      }
      settles = settlementDate(cells, instrument, tradeDate);
    }
    if (cells.hasProblems()) {
      return null;
    }
    int units = minorUnits.getOrDefault(instrument.currency(), 2);
    return new Trade(
        new TradeId(id),
        1,
        execId,
        orderId,
        brokerRef,
        book.id(),
        instrument.id(),
        side,
        quantity,
        price,
        quantity.multiply(price).setScale(units, RoundingMode.HALF_EVEN),
        money(commission, units),
        money(fees, units),
        instrument.currency(),
        tradeDate,
        executed,
        settles,
        broker.id(),
        account == null ? null : account.id(),
        TradeSource.FILE,
        TradeStatus.NEW);
  }

  private Side side(IntakeCells<ImportField> cells) {
    String sideText = cells.text(ImportField.SIDE);
    if (sideText.isEmpty()) {
      cells.problem(ImportField.SIDE, "is required");
      return null;
    }
    Side side = profile.sideCodes().get(upper(sideText));
    if (side == null) {
      cells.problem(
          ImportField.SIDE,
          "'"
              + sideText
              + "' is not a side code of profile "
              + profile.name()
              + " "
              + new TreeMap<>(profile.sideCodes()).keySet());
    }
    return side;
  }

  private Counterparty broker(IntakeCells<ImportField> cells) {
    if (profileBroker == null) {
      Counterparty broker =
          lookup(cells, ImportField.COUNTERPARTY, counterparties, "counterparty", true);
      if (broker != null && broker.role() != CounterpartyRole.BROKER) {
        cells.problem(
            ImportField.COUNTERPARTY, broker.code() + " is a " + role(broker) + ", not a broker");
      }
      return broker;
    }
    String named = cells.text(ImportField.COUNTERPARTY);
    if (!named.isEmpty() && !upper(named).equals(profileBroker.code().toUpperCase(Locale.ROOT))) {
      cells.problem(
          ImportField.COUNTERPARTY,
          "'"
              + named
              + "', but profile "
              + profile.name()
              + " is for "
              + profileBroker.code()
              + "'s files");
    }
    return profileBroker;
  }

  private LocalDate settlementDate(
      IntakeCells<ImportField> cells, Instrument instrument, LocalDate tradeDate) {
    Object s =
        settlementDates.computeIfAbsent(
            new Key(instrument.id().value(), tradeDate),
            k -> {
              try {
                return settlement.settlementDate(instrument, k.date());
              } catch (IllegalArgumentException e) {
                return e.getMessage();
              }
            });
    if (s instanceof LocalDate d) {
      return d;
    }
    cells.problem("settlement_date", "cannot be computed: " + s);
    return null;
  }

  private void checkPrice(
      IntakeCells<ImportField> cells,
      Instrument instrument,
      LocalDate tradeDate,
      BigDecimal price) {
    Reference reference =
        referencePrices.computeIfAbsent(
            new Key(instrument.id().value(), tradeDate),
            k -> Reference.of(prices.closeOnOrBefore(instrument.id(), k.date())));
    if (reference.price() == null) {
      return;
    }
    if (reference.allowed() != null
        && price.subtract(reference.price()).abs().compareTo(reference.allowed()) <= 0) {
      return; // within the tolerance exactly, so also after the division below rounds
    }
    BigDecimal ref = reference.price();
    BigDecimal distance = price.subtract(ref).abs().divide(ref, MathContext.DECIMAL64);
    if (distance.compareTo(TradeService.PRICE_TOLERANCE) > 0) {
      cells.problem(
          ImportField.PRICE,
          price.toPlainString()
              + " is "
              + distance.movePointRight(2).setScale(1, RoundingMode.HALF_UP)
              + "% away from "
              + instrument.symbol()
              + "'s reference price "
              + ref.stripTrailingZeros().toPlainString()
              + " of "
              + tradeDate
              + " (allowed: "
              + TradeService.PRICE_TOLERANCE.movePointRight(2).stripTrailingZeros().toPlainString()
              + "%)");
    }
  }

  private Instrument instrument(IntakeCells<ImportField> cells) {
    String symbol = cells.text(ImportField.SYMBOL);
    String isin = cells.text(ImportField.ISIN);
    if (symbol.isEmpty() && isin.isEmpty()) {
      cells.problem(
          profile.columns().containsKey(ImportField.SYMBOL) ? "symbol" : "isin",
          "is required (the instrument by symbol or ISIN)");
      return null;
    }
    Instrument bySym = symbol.isEmpty() ? null : bySymbol.get(upper(symbol));
    Instrument byId = isin.isEmpty() ? null : byIsin.get(upper(isin));
    if (!symbol.isEmpty() && bySym == null) {
      cells.problem(ImportField.SYMBOL, "'" + symbol + "' is not in the reference data");
      return null;
    }
    if (!isin.isEmpty() && byId == null) {
      cells.problem(ImportField.ISIN, "'" + isin + "' is not in the reference data");
      return null;
    }
    if (bySym != null && byId != null && bySym != byId) {
      cells.problem(ImportField.ISIN, isin + " is " + byId.symbol() + ", not " + bySym.symbol());
      return null;
    }
    return bySym != null ? bySym : byId;
  }

  private LocalDate tradeDate(IntakeCells<ImportField> cells) {
    LocalDate d;
    if (cells.value(ImportField.TRADE_DATE) instanceof LocalDate cell) {
      d = cell; // a workbook's date cell
    } else {
      String t = cells.text(ImportField.TRADE_DATE);
      if (t.isEmpty()) {
        cells.problem(ImportField.TRADE_DATE, "is required");
        return null;
      }
      d = dates.get(t);
      if (d == null) {
        try {
          d = LocalDate.parse(t, dateFormat);
        } catch (DateTimeParseException e) {
          cells.problem(
              ImportField.TRADE_DATE,
              "'" + t + "' is not a date in the pattern " + profile.datePattern());
          return null;
        }
        if (dates.size() < 10_000) {
          dates.put(t, d);
        }
      }
    }
    if (d.isAfter(today)) {
      cells.problem(ImportField.TRADE_DATE, d + " is after the business date " + today);
      return null;
    }
    return d;
  }

  private Instant executionTime(IntakeCells<ImportField> cells) {
    if (cells.value(ImportField.EXECUTION_TIME) instanceof LocalDateTime cell) {
      return cell.toInstant(ZoneOffset.UTC); // a workbook's date-time cell, read as UTC
    }
    String t = cells.text(ImportField.EXECUTION_TIME);
    if (t.isEmpty()) {
      cells.problem(ImportField.EXECUTION_TIME, "is required");
      return null;
    }
    try {
      if (timeFormat == null) {
        Instant fast = isoInstant.parse(t);
        return fast != null ? fast : Instant.parse(t);
      }
      return LocalDateTime.parse(t, timeFormat).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      cells.problem(
          ImportField.EXECUTION_TIME,
          "'"
              + t
              + "' does not match "
              + (timeFormat == null
                  ? "ISO-8601 UTC (2025-11-20T14:31:05Z)"
                  : "the pattern " + profile.timePattern()));
      return null;
    }
  }

  private static String text(IntakeCells<ImportField> cells, ImportField f, boolean required) {
    String t = cells.text(f);
    if (required && t.isEmpty()) {
      cells.problem(f, "is required");
    } else if (t.length() > MAX_TEXT) {
      cells.problem(f, "is " + t.length() + " characters long; at most " + MAX_TEXT + " are kept");
    }
    return t;
  }

  private static <T> T lookup(
      IntakeCells<ImportField> cells,
      ImportField f,
      Map<String, T> known,
      String what,
      boolean required) {
    String t = cells.text(f);
    if (t.isEmpty()) {
      if (required) {
        cells.problem(f, "is required");
      }
      return null;
    }
    T found = known.get(upper(t));
    if (found == null) {
      cells.problem(f, "'" + t + "' is not a " + what + " in the reference data");
    }
    return found;
  }

  private BigDecimal decimal(
      IntakeCells<ImportField> cells, ImportField f, boolean required, boolean positive) {
    String t = cells.text(f);
    if (t.isEmpty()) {
      if (required) {
        cells.problem(f, "is required");
      }
      return null;
    }
    BigDecimal v;
    if (cells.value(f) instanceof BigDecimal cell) {
      v = cell; // a workbook's number cell
    } else {
      String normal = t;
      if (profile.decimalSeparator() == ',') {
        if (t.indexOf('.') >= 0) {
          cells.problem(
              f, "'" + t + "' is not a number with decimal comma (no thousands separators)");
          return null;
        }
        normal = t.replace(',', '.');
      }
      try {
        v = new BigDecimal(normal);
      } catch (NumberFormatException e) {
        cells.problem(
            f,
            "'"
                + t
                + "' is not a number"
                + (profile.decimalSeparator() == ',' ? " with decimal comma" : ""));
        return null;
      }
    }
    if (positive && v.signum() <= 0) {
      cells.problem(f, "must be positive, not " + t);
      return null;
    }
    if (!positive && v.signum() < 0) {
      cells.problem(f, "must not be negative, not " + t);
      return null;
    }
    return v;
  }

  private static BigDecimal money(BigDecimal v, int units) {
    return (v == null ? BigDecimal.ZERO : v).setScale(units, RoundingMode.HALF_EVEN);
  }

  static String role(Counterparty c) {
    return c.role().name().toLowerCase(Locale.ROOT);
  }

  private static String upper(String s) {
    return s.trim().toUpperCase(Locale.ROOT);
  }
}
