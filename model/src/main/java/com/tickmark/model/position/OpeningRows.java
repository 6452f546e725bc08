package com.tickmark.model.position;

import static com.tickmark.model.intake.CellValues.date;
import static com.tickmark.model.intake.CellValues.number;

import com.tickmark.model.intake.Intake;
import com.tickmark.model.intake.IntakeCells;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.AccountType;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.ReferenceDataStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An opening balances file's line as an {@link OpeningLine}: every field checked against the
 * reference data (book by code, custody and cash accounts by number, instrument by ISIN or symbol,
 * currency), amounts in their currency's minor units, one date for the whole file, each holding and
 * cash account once; every problem named by its field.
 */
final class OpeningRows implements Intake.Mapper<OpeningField, OpeningLine> {
  /** Digits before the decimal point a quantity or amount may have (DECIMAL(24,6)). */
  private static final int DIGITS = 18;

  /** Decimals a quantity keeps. */
  private static final int QUANTITY_DECIMALS = 6;

  private static final List<OpeningField> POSITION_ONLY =
      List.of(
          OpeningField.BOOK,
          OpeningField.CUSTODY_ACCOUNT,
          OpeningField.INSTRUMENT,
          OpeningField.QUANTITY,
          OpeningField.COST);
  private static final List<OpeningField> CASH_ONLY =
      List.of(OpeningField.CASH_ACCOUNT, OpeningField.BALANCE);

  /** A holding: what a line of the book is about, which may appear once. */
  private record Holding(BookId book, AccountId account, InstrumentId instrument) {}

  private final long importId;
  private final Map<String, Book> books = new HashMap<>();
  private final Map<String, Account> accountsByNumber = new HashMap<>();
  private final Map<String, Instrument> instruments = new HashMap<>();
  private final Map<String, Currency> currencies = new HashMap<>();
  private final Map<Holding, Integer> holdings = new HashMap<>();
  private final Map<Account, Integer> cashLines = new HashMap<>();
  private LocalDate asOf;
  private int asOfLine;

  OpeningRows(ReferenceDataStore referenceData, long importId) {
    this.importId = importId;
    referenceData.books().forEach(b -> books.put(b.code(), b));
    referenceData.accounts().stream()
        .filter(a -> !a.number().isEmpty())
        .forEach(a -> accountsByNumber.put(a.number(), a));
    for (Instrument i : referenceData.instruments()) {
      instruments.put(i.symbol(), i);
      if (i.isin() != null) {
        instruments.putIfAbsent(i.isin().value(), i);
      }
    }
    referenceData.currencies().forEach(c -> currencies.put(c.code().code(), c));
  }

  /** The file's date, once a line gave it. */
  LocalDate asOf() {
    return asOf;
  }

  @Override
  public String noRows() {
    return "has no lines: an opening book needs at least one POSITION or CASH line";
  }

  @Override
  public OpeningLine map(IntakeCells<OpeningField> cells, long id) {
    String type = cells.text(OpeningField.TYPE).toUpperCase(Locale.ROOT);
    LocalDate date = date(cells, OpeningField.AS_OF, true);
    if (date != null) {
      if (asOf == null) {
        asOf = date;
        asOfLine = cells.line();
      } else if (!asOf.equals(date)) {
        cells.problem(
            OpeningField.AS_OF,
            "is "
                + date
                + ", but line "
                + asOfLine
                + " says "
                + asOf
                + "; every line of an opening book is as of the same close");
      }
    }
    return switch (type) {
      case "POSITION" -> position(cells, id, date);
      case "CASH" -> cash(cells, id, date);
      default -> {
        cells.problem(
            OpeningField.TYPE,
            type.isEmpty()
                ? "is required (POSITION or CASH)"
                : "'" + cells.text(OpeningField.TYPE) + "' is not POSITION or CASH");
        yield null;
      }
    };
  }

  private OpeningLine position(IntakeCells<OpeningField> cells, long id, LocalDate date) {
    mustBeEmpty(cells, CASH_ONLY, "POSITION");
    Book book = book(cells);
    Account account = account(cells, OpeningField.CUSTODY_ACCOUNT, AccountType.CUSTODY);
    Instrument instrument = instrument(cells);
    BigDecimal quantity = number(cells, OpeningField.QUANTITY);
    if (quantity != null) {
      if (quantity.signum() == 0) {
        cells.problem(OpeningField.QUANTITY, "must not be 0 (leave a holding of nothing out)");
      } else {
        fits(cells, OpeningField.QUANTITY, quantity, QUANTITY_DECIMALS);
      }
    }
    Currency currency =
        currency(
            cells,
            instrument == null ? null : instrument.currency(),
            "the instrument " + (instrument == null ? "" : instrument.symbol()));
    BigDecimal cost = number(cells, OpeningField.COST);
    if (cost != null && currency != null) {
      fits(cells, OpeningField.COST, cost, currency.minorUnits());
    }
    if (cost != null && quantity != null && cost.signum() * quantity.signum() < 0) {
      cells.problem(
          OpeningField.COST,
          "is "
              + cost.toPlainString()
              + " for a quantity of "
              + quantity.toPlainString()
              + "; a long holding's cost is positive, a short's negative (what selling it brought"
              + " in)");
    }
    if (book != null && account != null && instrument != null) {
      Integer earlier =
          holdings.putIfAbsent(new Holding(book.id(), account.id(), instrument.id()), cells.line());
      if (earlier != null) {
        cells.problem(
            OpeningField.INSTRUMENT,
            instrument.symbol()
                + " in "
                + book.code()
                + " at "
                + account.number()
                + " is on line "
                + earlier
                + " already; each holding is one line");
      }
    }
    if (cells.hasProblems() || date == null) {
      return null;
    }
    return new OpeningLine(
        id,
        importId,
        cells.line(),
        new OpeningPosition(date, book.id(), account.id(), instrument.id(), quantity, cost),
        null);
  }

  private OpeningLine cash(IntakeCells<OpeningField> cells, long id, LocalDate date) {
    mustBeEmpty(cells, POSITION_ONLY, "CASH");
    Account account = account(cells, OpeningField.CASH_ACCOUNT, AccountType.CASH);
    Currency currency =
        currency(
            cells,
            account == null ? null : account.currency(),
            "the cash account " + (account == null ? "" : account.number()));
    BigDecimal balance = number(cells, OpeningField.BALANCE);
    if (balance != null && currency != null) {
      fits(cells, OpeningField.BALANCE, balance, currency.minorUnits());
    }
    if (account != null) {
      Integer earlier = cashLines.putIfAbsent(account, cells.line());
      if (earlier != null) {
        cells.problem(
            OpeningField.CASH_ACCOUNT,
            account.number()
                + " is on line "
                + earlier
                + " already; each cash account is one line");
      }
    }
    if (cells.hasProblems() || date == null) {
      return null;
    }
    return new OpeningLine(
        id, importId, cells.line(), null, new OpeningCash(date, account.id(), balance));
  }

  private static void mustBeEmpty(
      IntakeCells<OpeningField> cells, List<OpeningField> fields, String type) {
    for (OpeningField f : fields) {
      if (!cells.text(f).isEmpty()) {
        cells.problem(f, "must be empty on a " + type + " line");
      }
    }
  }

  private Book book(IntakeCells<OpeningField> cells) {
    String code = cells.text(OpeningField.BOOK);
    if (code.isEmpty()) {
      cells.problem(OpeningField.BOOK, "is required on a POSITION line");
      return null;
    }
    Book book = books.get(code);
    if (book == null) {
      cells.problem(OpeningField.BOOK, "'" + code + "' is not a book (see refdata list book)");
    } else if (book.retired()) {
      cells.problem(OpeningField.BOOK, code + " is retired");
      return null;
    }
    return book;
  }

  private Account account(IntakeCells<OpeningField> cells, OpeningField field, AccountType type) {
    String kind = type == AccountType.CASH ? "cash account" : "custody account";
    String number = cells.text(field);
    if (number.isEmpty()) {
      cells.problem(field, "is required (the " + kind + "'s number)");
      return null;
    }
    Account account = accountsByNumber.get(number);
    if (account == null || account.type() != type) {
      cells.problem(
          field,
          "'"
              + number
              + "' is not the number of a "
              + kind
              + (account == null
                  ? ""
                  : " (it is " + account.code() + ", a " + account.type() + " account)"));
      return null;
    }
    if (account.retired()) {
      cells.problem(field, account.code() + " (" + number + ") is retired");
      return null;
    }
    return account;
  }

  private Instrument instrument(IntakeCells<OpeningField> cells) {
    String text = cells.text(OpeningField.INSTRUMENT);
    if (text.isEmpty()) {
      cells.problem(OpeningField.INSTRUMENT, "is required (ISIN or symbol)");
      return null;
    }
    Instrument instrument = instruments.get(text);
    if (instrument == null) {
      cells.problem(
          OpeningField.INSTRUMENT,
          "'" + text + "' is neither the ISIN nor the symbol of an instrument");
      return null;
    }
    if (instrument.isFx()) {
      cells.problem(
          OpeningField.INSTRUMENT,
          instrument.symbol() + " is FX: currencies are held as CASH lines of their cash accounts");
      return null;
    }
    if (instrument.retired()) {
      cells.problem(OpeningField.INSTRUMENT, instrument.symbol() + " is retired");
      return null;
    }
    return instrument;
  }

  /** The line's currency, which must be {@code expected} ({@code whose}), when that is known. */
  private Currency currency(IntakeCells<OpeningField> cells, CurrencyCode expected, String whose) {
    String code = cells.text(OpeningField.CURRENCY);
    if (code.isEmpty()) {
      cells.problem(OpeningField.CURRENCY, "is required");
      return null;
    }
    Currency currency = currencies.get(code);
    if (currency == null) {
      cells.problem(OpeningField.CURRENCY, "'" + code + "' is not a currency of the firm");
      return null;
    }
    if (expected != null && !expected.equals(currency.code())) {
      cells.problem(
          OpeningField.CURRENCY, "is " + code + ", but " + whose + " is in " + expected.code());
      return null;
    }
    return currency;
  }

  /** Whether {@code v} is kept exactly: at most {@code decimals} decimals and 18 digits before. */
  private static void fits(
      IntakeCells<OpeningField> cells, OpeningField field, BigDecimal v, int decimals) {
    BigDecimal plain = v.stripTrailingZeros();
    if (plain.scale() > decimals) {
      cells.problem(
          field,
          v.toPlainString()
              + " has "
              + plain.scale()
              + (plain.scale() == 1 ? " decimal; " : " decimals; ")
              + (field == OpeningField.QUANTITY
                  ? "a quantity has"
                  : cells.text(OpeningField.CURRENCY) + " has")
              + " at most "
              + decimals);
    } else if (plain.precision() - plain.scale() > DIGITS) {
      cells.problem(field, "is too large: at most " + DIGITS + " digits before the decimal point");
    }
  }
}
