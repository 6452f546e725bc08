package com.tickmark.model.refdata;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of reference data an administrator adds, edits and retires, with their fields as forms,
 * the command line ({@code symbol=ACME}) and the audit trail name them.
 */
public enum ReferenceDataKind {
  INSTRUMENT(
      "instrument",
      "instruments",
      "Instrument",
      List.of(
          Field.text(Field.SYMBOL, "Symbol", true, "e.g. ACME or EUR/USD"),
          Field.text(Field.NAME, "Name", true, "e.g. Acme Corp"),
          Field.choice(Field.ASSET_CLASS, "Asset class", true, Choices.ASSET_CLASS),
          Field.text(Field.ISIN, "ISIN", false, "12 characters with check digit (not FX)"),
          Field.text(Field.MIC, "MIC", false, "listing venue, e.g. XNYS (not FX)"),
          Field.choice(Field.CURRENCY, "Currency", true, Choices.CURRENCY),
          Field.choice(Field.BASE_CURRENCY, "Base currency", false, Choices.CURRENCY),
          Field.text(Field.SECTOR, "Sector", false, "e.g. Information Technology"),
          Field.text(Field.COUNTRY, "Country", false, "ISO 3166 code, e.g. US"),
          Field.text(Field.SETTLEMENT, "Settlement", true, "lag and calendars, e.g. T+1 XNYS"))),
  COUNTERPARTY(
      "counterparty",
      "counterparties",
      "Counterparty",
      List.of(
          Field.text(Field.CODE, "Code", true, "e.g. NBS"),
          Field.text(Field.NAME, "Name", true, "e.g. Northbridge Securities LLC"),
          Field.choice(Field.ROLE, "Role", true, Choices.ROLE),
          Field.text(Field.LEI, "LEI", true, "20 characters with check digits"),
          Field.text(Field.BIC, "BIC", true, "8 or 11 characters, e.g. NBSCUS33"),
          Field.text(Field.COUNTRY, "Country", false, "ISO 3166 code, e.g. US"))),
  ACCOUNT(
      "account",
      "accounts",
      "Account",
      List.of(
          Field.text(Field.CODE, "Code", true, "e.g. CUST-HTC-01"),
          Field.text(Field.NAME, "Name", true, "e.g. Hudson Trust safekeeping"),
          Field.choice(Field.TYPE, "Type", true, Choices.ACCOUNT_TYPE),
          Field.choice(Field.PROVIDER, "Provider", false, Choices.COUNTERPARTY),
          Field.choice(Field.CURRENCY, "Currency", false, Choices.CURRENCY),
          Field.text(Field.NUMBER, "Number", false, "safekeeping account number or IBAN"),
          Field.choice(Field.BOOK, "Book", false, Choices.BOOK))),
  BOOK(
      "book",
      "books",
      "Book",
      List.of(
          Field.text(Field.CODE, "Code", true, "e.g. STATARB-US"),
          Field.text(Field.NAME, "Name", true, "e.g. Statistical arbitrage US"),
          Field.choice(Field.STRATEGY, "Strategy", true, Choices.STRATEGY),
          Field.choice(Field.BASE_CURRENCY, "Base currency", true, Choices.CURRENCY))),
  CALENDAR(
      "calendar",
      "calendars",
      "HolidayCalendar",
      List.of(
          Field.text(Field.CODE, "Code", true, "e.g. XNYS"),
          Field.text(Field.NAME, "Name", true, "e.g. New York Stock Exchange"))),
  SSI(
      "SSI",
      "SSIs",
      "Ssi",
      List.of(
          Field.text(Field.CODE, "Code", true, "e.g. GSX-EQ-US"),
          Field.choice(Field.COUNTERPARTY, "Counterparty", true, Choices.BROKER),
          Field.choice(Field.ASSET_CLASS, "Asset class", true, Choices.ASSET_CLASS),
          Field.choice(Field.CURRENCY, "Currency", true, Choices.CURRENCY),
          Field.text(
              Field.COUNTRY,
              "Market country",
              false,
              "ISO 3166 code of the market, e.g. US; empty for any market (and for FX)"),
          Field.text(
              Field.PLACE_OF_SETTLEMENT,
              "Place of settlement",
              false,
              "BIC of the CSD, e.g. DTCYUS33 (not FX)"),
          Field.choice(
              Field.CUSTODY_ACCOUNT, "Our custody account", false, Choices.CUSTODY_ACCOUNT),
          Field.choice(Field.CASH_ACCOUNT, "Our cash account", true, Choices.CASH_ACCOUNT),
          Field.text(Field.AGENT_BIC, "Their agent's BIC", true, "e.g. IRVTUS3N"),
          Field.text(
              Field.THEIR_ACCOUNT,
              "Their account",
              true,
              "safekeeping account (securities) or cash account (FX) at their agent")));

  private final String word;
  private final String plural;
  private final String entity;
  private final List<Field> fields;

  ReferenceDataKind(String word, String plural, String entity, List<Field> fields) {
    this.word = word;
    this.plural = plural;
    this.entity = entity;
    this.fields = fields;
  }

  /** The kind in a sentence and on the command line: "instrument", "SSI". */
  public String word() {
    return word;
  }

  public String plural() {
    return plural;
  }

  /** The entity type its changes are audited under. */
  public String entity() {
    return entity;
  }

  /** The fields in the order forms show them; the first names the item ({@link #keyField}). */
  public List<Field> fields() {
    return fields;
  }

  /** The field that names an item: the symbol of an instrument, else the code. */
  public String keyField() {
    return fields.get(0).name();
  }

  public Field field(String name) {
    return fields.stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "'"
                        + name
                        + "' is not a field of "
                        + plural
                        + "; they have "
                        + fields.stream().map(Field::name).collect(Collectors.joining(", "))));
  }

  /** The kind named {@code text}, singular or plural, in any case: "instrument", "Books", "ssi". */
  public static ReferenceDataKind parse(String text) {
    String t = text == null ? "" : text.trim();
    return Arrays.stream(values())
        .filter(k -> k.word.equalsIgnoreCase(t) || k.plural.equalsIgnoreCase(t))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "'"
                        + text
                        + "' is not a kind of reference data: say "
                        + Arrays.stream(values())
                            .map(k -> k.word.toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "))));
  }

  /** Where a field's choices come from: the values of an enum or the reference data itself. */
  public enum Choices {
    NONE,
    ASSET_CLASS,
    ROLE,
    ACCOUNT_TYPE,
    CURRENCY,
    COUNTERPARTY,
    /** The counterparties in the broker role. */
    BROKER,
    BOOK,
    STRATEGY,
    /** The accounts of type CUSTODY. */
    CUSTODY_ACCOUNT,
    /** The accounts of type CASH. */
    CASH_ACCOUNT
  }

  /**
   * One field of a kind of reference data.
   *
   * @param name as the command line, the audit trail and problems name it: "isin", "asset-class"
   * @param label as a form shows it: "ISIN", "Asset class"
   * @param hint what to write, for an empty form field
   */
  public record Field(String name, String label, boolean required, Choices choices, String hint) {
    public static final String SYMBOL = "symbol";
    public static final String CODE = "code";
    public static final String NAME = "name";
    public static final String ASSET_CLASS = "asset-class";
    public static final String ISIN = "isin";
    public static final String MIC = "mic";
    public static final String CURRENCY = "currency";
    public static final String BASE_CURRENCY = "base-currency";
    public static final String SECTOR = "sector";
    public static final String COUNTRY = "country";
    public static final String SETTLEMENT = "settlement";
    public static final String ROLE = "role";
    public static final String LEI = "lei";
    public static final String BIC = "bic";
    public static final String TYPE = "type";
    public static final String PROVIDER = "provider";
    public static final String NUMBER = "number";
    public static final String BOOK = "book";
    public static final String STRATEGY = "strategy";
    public static final String COUNTERPARTY = "counterparty";
    public static final String PLACE_OF_SETTLEMENT = "place-of-settlement";
    public static final String CUSTODY_ACCOUNT = "our-custody-account";
    public static final String CASH_ACCOUNT = "our-cash-account";
    public static final String AGENT_BIC = "agent-bic";
    public static final String THEIR_ACCOUNT = "their-account";

    static Field text(String name, String label, boolean required, String hint) {
      return new Field(name, label, required, Choices.NONE, hint);
    }

    static Field choice(String name, String label, boolean required, Choices choices) {
      return new Field(name, label, required, choices, "");
    }
  }
}
