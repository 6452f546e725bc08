package com.tickmark.model.demo.inbox;

import com.tickmark.model.demo.InboxFaultKind;
import com.tickmark.model.demo.InjectedFault;
import com.tickmark.model.position.OpeningPosition;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.AccountType;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.Isin;
import com.tickmark.model.trade.Trade;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes {@code custody/{CUSTODIAN}_positions_{yyyyMMdd}.csv}: per custodian and trading day, the
 * settled holdings at the close of that day per custody account and ISIN: opening positions plus
 * every trade settled by then (by its actual settlement date). Zero holdings are left out.
 */
public final class CustodyPositionFiles {
  public static final String FOLDER = "custody";
  public static final List<String> HEADER =
      List.of(
          "statement_date",
          "account_number",
          "isin",
          "symbol",
          "settled_quantity",
          "currency",
          "close_price",
          "market_value");

  private static final List<String> ISIN_COUNTRIES = List.of("US", "GB", "DE", "FR", "NL", "XS");
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private final InboxData data;
  private final Dice dice;
  private final List<InjectedFault> faults = new ArrayList<>();

  private CustodyPositionFiles(InboxData data) {
    this.data = data;
    this.dice = data.dice("custody");
  }

  public static List<InjectedFault> write(InboxData data, Path inbox) throws IOException {
    CustodyPositionFiles files = new CustodyPositionFiles(data);
    files.writeAll(inbox);
    return files.faults;
  }

  /** One holding as the custodian reports it. */
  private record Row(
      String account,
      String isin,
      String symbol,
      BigDecimal quantity,
      CurrencyCode currency,
      BigDecimal close,
      PendingFault fault) {
    static final Comparator<Row> ORDER =
        Comparator.comparing(Row::account).thenComparing(Row::isin);

    String line(LocalDate date) {
      String price = close == null ? "" : close.toPlainString();
      String value = close == null ? "" : Text.moneyText(quantity.multiply(close));
      return Csv.line(
          Text.iso(date),
          account,
          isin,
          symbol,
          Text.quantity(quantity),
          currency.code(),
          price,
          value);
    }
  }

  private void writeAll(Path inbox) throws IOException {
    List<LocalDate> days = data.days();
    Map<AccountId, TreeMap<String, BigDecimal>> holdings = new HashMap<>();
    Map<String, Instrument> byIsin = new HashMap<>();
    for (OpeningPosition p : data.firm().openingPositions()) {
      Account a = data.account(p.custodyAccount());
      Instrument i = data.instrument(p.instrument());
      if (a != null && a.type() == AccountType.CUSTODY && !i.isFx() && i.isin() != null) {
        add(holdings, a.id(), i, p.quantity(), byIsin);
      }
    }
    List<List<Trade>> settling = new ArrayList<>();
    for (int d = 0; d < days.size(); d++) {
      settling.add(new ArrayList<>());
    }
    for (Trade t : data.trades()) {
      int day = data.settlement(t).day();
      if (day >= 0 && data.custodyAccount(t) != null) {
        settling.get(day).add(t);
      }
    }
    List<Counterparty> custodians = data.providers(AccountType.CUSTODY);
    for (int d = 0; d < days.size(); d++) {
      for (Trade t : settling.get(d)) {
        add(
            holdings,
            t.accountId(),
            data.instrument(t.instrumentId()),
            t.quantity().multiply(BigDecimal.valueOf(t.side().sign())),
            byIsin);
      }
      LocalDate day = days.get(d);
      for (Counterparty custodian : custodians) {
        String file =
            FOLDER
                + "/"
                + Text.fileCode(custodian.code())
                + "_positions_"
                + Text.basic(day)
                + ".csv";
        List<Row> rows = new ArrayList<>();
        for (Account account : data.accountsAt(custodian.id(), AccountType.CUSTODY)) {
          TreeMap<String, BigDecimal> held = holdings.getOrDefault(account.id(), new TreeMap<>());
          for (Map.Entry<String, BigDecimal> h : held.entrySet()) {
            if (h.getValue().signum() != 0) {
              Instrument i = byIsin.get(h.getKey());
              addRow(rows, file, custodian, account, i, h.getValue(), day);
            }
          }
        }
        rows.sort(Row.ORDER);
        try (LineOutput out = LineOutput.create(inbox.resolve(file), Csv.EOL)) {
          out.write(Csv.line(HEADER));
          for (Row row : rows) {
            int line = out.write(row.line(day));
            if (row.fault() != null) {
              faults.add(row.fault().at(file, line));
            }
          }
        }
      }
    }
  }

  private static void add(
      Map<AccountId, TreeMap<String, BigDecimal>> holdings,
      AccountId account,
      Instrument i,
      BigDecimal quantity,
      Map<String, Instrument> byIsin) {
    byIsin.putIfAbsent(i.isin().value(), i);
    holdings
        .computeIfAbsent(account, k -> new TreeMap<>())
        .merge(i.isin().value(), quantity, BigDecimal::add);
  }

  /**
   * Adds the holding's line, unless the custodian gets it wrong: a different quantity, no line, or
   * an extra unknown line.
   */
  private void addRow(
      List<Row> rows,
      String file,
      Counterparty custodian,
      Account account,
      Instrument i,
      BigDecimal quantity,
      LocalDate day) {
    String number = InboxData.number(account);
    String isin = i.isin().value();
    BigDecimal close = data.close(i.id(), day);
    String reference = number + "/" + isin;
    if (!dice.chance(data.rates().positionMismatch())) {
      rows.add(new Row(number, isin, i.symbol(), quantity, i.currency(), close, null));
      return;
    }
    double kind = dice.roll();
    if (kind < 0.6) {
      BigDecimal wrong = wrongQuantity(quantity);
      rows.add(
          new Row(
              number,
              isin,
              i.symbol(),
              wrong,
              i.currency(),
              close,
              new PendingFault(
                  InboxFaultKind.POSITION_MISMATCH,
                  reference,
                  Text.quantity(quantity),
                  Text.quantity(wrong),
                  custodian.code()
                      + " reports "
                      + Text.quantity(wrong)
                      + " "
                      + i.symbol()
                      + " in "
                      + number
                      + ", the books "
                      + Text.quantity(quantity))));
    } else if (kind < 0.8) {
      faults.add(
          new PendingFault(
                  InboxFaultKind.MISSING_POSITION,
                  reference,
                  Text.quantity(quantity),
                  "",
                  custodian.code()
                      + " does not report the "
                      + Text.quantity(quantity)
                      + " "
                      + i.symbol()
                      + " held in "
                      + number)
              .at(file, 0));
    } else {
      rows.add(new Row(number, isin, i.symbol(), quantity, i.currency(), close, null));
      Row extra = unknownHolding(number, i.currency(), rows);
      rows.add(
          new Row(
              extra.account(),
              extra.isin(),
              extra.symbol(),
              extra.quantity(),
              extra.currency(),
              extra.close(),
              new PendingFault(
                  InboxFaultKind.UNEXPECTED_POSITION,
                  number + "/" + extra.isin(),
                  "0",
                  Text.quantity(extra.quantity()),
                  custodian.code()
                      + " reports "
                      + Text.quantity(extra.quantity())
                      + " of "
                      + extra.isin()
                      + " ("
                      + extra.symbol()
                      + ") in "
                      + number
                      + ", which the firm does not hold or know")));
    }
  }

  private BigDecimal wrongQuantity(BigDecimal quantity) {
    BigDecimal size = quantity.abs();
    BigDecimal delta =
        size.multiply(BigDecimal.valueOf(dice.between(1, 10)))
            .movePointLeft(2)
            .setScale(0, RoundingMode.HALF_EVEN);
    if (delta.signum() == 0) {
      delta = BigDecimal.ONE;
    }
    return dice.chance(0.5) ? quantity.add(delta) : quantity.subtract(delta);
  }

  /** A holding of a valid ISIN the firm does not know, with a made-up ticker and price. */
  private Row unknownHolding(String account, CurrencyCode currency, List<Row> rows) {
    Set<String> taken = new HashSet<>();
    for (Row r : rows) {
      taken.add(r.isin());
    }
    String isin;
    do {
      StringBuilder body = new StringBuilder(dice.pick(ISIN_COUNTRIES));
      for (int k = 0; k < 9; k++) {
        body.append((char) ('0' + dice.between(0, 9)));
      }
      isin = Isin.withCheckDigit(body.toString()).value();
    } while (data.isKnownIsin(isin) || taken.contains(isin));
    StringBuilder symbol = new StringBuilder();
    for (int k = dice.between(3, 4); k > 0; k--) {
      symbol.append(LETTERS.charAt(dice.between(0, LETTERS.length() - 1)));
    }
    BigDecimal quantity = BigDecimal.valueOf(dice.between(1, 100) * 100L);
    return new Row(account, isin, symbol.toString(), quantity, currency, dice.amount(5, 400), null);
  }
}
