package com.tickmark.model.trade.blotter;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the trade blotter, in their default order. Each says what it holds, which decides
 * how it filters, sorts, totals and exports.
 */
public enum BlotterColumn {
  TRADE_ID("tradeId", "Trade", Kind.ID, 100),
  VERSION("version", "Ver", Kind.INTEGER, 46),
  STATUS("status", "Status", Kind.CATEGORY, 104),
  TRADE_DATE("tradeDate", "Trade date", Kind.DATE, 104),
  BOOK("book", "Book", Kind.CATEGORY, 104),
  SIDE("side", "Side", Kind.CATEGORY, 52),
  INSTRUMENT("instrument", "Instrument", Kind.CATEGORY, 96),
  QUANTITY("quantity", "Quantity", Kind.QUANTITY, 104),
  PRICE("price", "Price", Kind.PRICE, 96),
  CURRENCY("currency", "Ccy", Kind.CATEGORY, 50),
  NOTIONAL("notional", "Notional", Kind.MONEY, 124),
  NOTIONAL_BASE("notionalBase", "Notional (base)", Kind.BASE_MONEY, 130),
  COMMISSION_BASE("commissionBase", "Commission (base)", Kind.BASE_MONEY, 120),
  SAME_DAY("sameDay", "Affirmed same day", Kind.CATEGORY, 120),
  COUNTERPARTY("counterparty", "Counterparty", Kind.CATEGORY, 100),
  SETTLEMENT_DATE("settlementDate", "Settles", Kind.DATE, 100),
  EXECUTION_TIME("executionTime", "Executed (UTC)", Kind.TIMESTAMP, 160),
  STRATEGY("strategy", "Strategy", Kind.CATEGORY, 90),
  ISIN("isin", "ISIN", Kind.CATEGORY, 116),
  COMMISSION("commission", "Commission", Kind.MONEY, 96),
  FEES("fees", "Fees", Kind.MONEY, 80),
  ACCOUNT("account", "Account", Kind.CATEGORY, 110),
  EXEC_ID("execId", "Exec ID", Kind.TEXT, 150),
  ORDER_ID("orderId", "Order ID", Kind.TEXT, 130),
  BROKER_REF("brokerRef", "Broker ref", Kind.TEXT, 120),
  SOURCE("source", "Source", Kind.CATEGORY, 64),
  AFFIRMED_AT("affirmedAt", "Affirmed (UTC)", Kind.TIMESTAMP, 150);

  /** What a column holds. */
  public enum Kind {
    /** The trade id: a number, searched as text by the quick filter. */
    ID,
    INTEGER,
    /** One of a few values (a book, a status): filtered by picking values, grouped on. */
    CATEGORY,
    DATE,
    TIMESTAMP,
    QUANTITY,
    PRICE,
    /** An amount in the trade's currency. */
    MONEY,
    /** An amount converted to the firm's reporting currency, so it can be totalled. */
    BASE_MONEY,
    /** Free text (references): filtered by "contains". */
    TEXT;

    public boolean isNumeric() {
      return this == ID
          || this == INTEGER
          || this == QUANTITY
          || this == PRICE
          || this == MONEY
          || this == BASE_MONEY;
    }
  }

  private final String id;
  private final String title;
  private final Kind kind;
  private final double width;

  BlotterColumn(String id, String title, Kind kind, double width) {
    this.id = id;
    this.title = title;
    this.kind = kind;
    this.width = width;
  }

  /** A stable name for saved layouts and views. */
  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  /**
   * The title in full words, for menus and messages where a header's abbreviation would puzzle:
   * "Currency" for the "Ccy" column, "Settlement date" for "Settles".
   */
  public String fullTitle() {
    return switch (this) {
      case VERSION -> "Version";
      case CURRENCY -> "Currency";
      case SETTLEMENT_DATE -> "Settlement date";
      default -> title;
    };
  }

  public Kind kind() {
    return kind;
  }

  /** The default width on screen, in pixels. */
  public double width() {
    return width;
  }

  /**
   * Whether the quick filter looks in this column: every column that holds text, dates or the trade
   * id.
   */
  public boolean searchable() {
    return kind == Kind.CATEGORY || kind == Kind.TEXT || kind == Kind.DATE || kind == Kind.ID;
  }

  /** The columns the blotter can group by, with subtotals. */
  public static final List<BlotterColumn> GROUPABLE =
      List.of(
          BOOK,
          STRATEGY,
          INSTRUMENT,
          COUNTERPARTY,
          STATUS,
          TRADE_DATE,
          SETTLEMENT_DATE,
          CURRENCY,
          ACCOUNT,
          SAME_DAY);

  public static Optional<BlotterColumn> byId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }
}
