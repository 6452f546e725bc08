package com.tickmark.model.demo.inbox;

import com.tickmark.model.demo.FaultRates;
import com.tickmark.model.demo.InboxFaultKind;
import com.tickmark.model.demo.InjectedFault;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code confirmations/{BROKER}_{yyyyMMdd}.csv}: one file per broker and trading day, a
 * header and one line per execution, or, for an aggregating broker, one line per parent order
 * (total quantity, average price to 6 decimals, summed amounts, empty client_exec_id).
 */
public final class ConfirmationFiles {
  public static final String FOLDER = "confirmations";
  public static final List<String> HEADER =
      List.of(
          "broker_ref",
          "client_exec_id",
          "order_id",
          "trade_date",
          "settlement_date",
          "isin_or_symbol",
          "side",
          "quantity",
          "price",
          "gross_amount",
          "commission",
          "fees",
          "net_amount",
          "currency",
          "account",
          "fills");

  private static final int[] QUANTITY_ERROR_PERCENT = {1, 2, 5, 10, 50};

  private final InboxData data;
  private final Set<String> aggregating;
  private final FaultRates rates;
  private final Dice dice;
  private final List<InjectedFault> faults = new ArrayList<>();

  private ConfirmationFiles(InboxData data, Set<String> aggregating) {
    this.data = data;
    this.aggregating = aggregating;
    this.rates = data.rates();
    this.dice = data.dice("confirmations");
  }

  /** Writes every confirmation file and returns the faults put into them. */
  public static List<InjectedFault> write(
      InboxData data, Set<String> aggregatingBrokerCodes, Path inbox) throws IOException {
    ConfirmationFiles files = new ConfirmationFiles(data, aggregatingBrokerCodes);
    files.writeAll(inbox);
    return files.faults;
  }

  /** One confirmation line: of an execution, or of a parent order for an aggregating broker. */
  record Row(
      String brokerRef,
      String clientExecId,
      String orderId,
      LocalDate tradeDate,
      LocalDate settlementDate,
      String security,
      Side side,
      BigDecimal quantity,
      BigDecimal price,
      BigDecimal gross,
      BigDecimal commission,
      BigDecimal fees,
      CurrencyCode currency,
      String account,
      int fills,
      int tickScale) {

    boolean aggregated() {
      return clientExecId.isEmpty();
    }

    /** What a fault on this line concerns: the exec id, or the order id of an aggregated line. */
    String reference() {
      return aggregated() ? orderId : clientExecId;
    }

    /** What the firm pays (buy) or receives (sell), as a positive amount. */
    BigDecimal net() {
      BigDecimal costs = commission.add(fees);
      return side == Side.BUY ? gross.add(costs) : gross.subtract(costs);
    }

    Row withPrice(BigDecimal newPrice) {
      return new Row(
          brokerRef,
          clientExecId,
          orderId,
          tradeDate,
          settlementDate,
          security,
          side,
          quantity,
          newPrice,
          Text.money(quantity.multiply(newPrice)),
          commission,
          fees,
          currency,
          account,
          fills,
          tickScale);
    }

    Row withQuantity(BigDecimal newQuantity) {
      return new Row(
          brokerRef,
          clientExecId,
          orderId,
          tradeDate,
          settlementDate,
          security,
          side,
          newQuantity,
          price,
          Text.money(newQuantity.multiply(price)),
          commission,
          fees,
          currency,
          account,
          fills,
          tickScale);
    }

    String summary() {
      return side + " " + Text.quantity(quantity) + " " + security + " @ " + price.toPlainString();
    }

    String line() {
      return Csv.line(
          brokerRef,
          clientExecId,
          orderId,
          Text.iso(tradeDate),
          Text.iso(settlementDate),
          security,
          side.name(),
          Text.quantity(quantity),
          price.toPlainString(),
          Text.moneyText(gross),
          Text.moneyText(commission),
          Text.moneyText(fees),
          Text.moneyText(net()),
          currency.code(),
          account,
          Integer.toString(fills));
    }
  }

  private void writeAll(Path inbox) throws IOException {
    Map<CounterpartyId, Map<LocalDate, List<Trade>>> byBrokerAndDay = new HashMap<>();
    for (Trade t : data.trades()) {
      byBrokerAndDay
          .computeIfAbsent(t.counterpartyId(), k -> new HashMap<>())
          .computeIfAbsent(t.tradeDate(), k -> new ArrayList<>())
          .add(t);
    }
    for (Counterparty broker : data.confirmingCounterparties()) {
      boolean aggregates = aggregating.contains(broker.code());
      Map<LocalDate, List<Trade>> byDay = byBrokerAndDay.getOrDefault(broker.id(), Map.of());
      for (LocalDate day : data.days()) {
        List<Trade> trades = byDay.getOrDefault(day, List.of());
        List<Row> rows =
            aggregates ? aggregatedRows(broker, day, trades) : executionRows(broker, day, trades);
        String file = FOLDER + "/" + Text.fileCode(broker.code()) + "_" + Text.basic(day) + ".csv";
        writeFile(inbox, file, broker, rows);
      }
    }
  }

  private List<Row> executionRows(Counterparty broker, LocalDate day, List<Trade> trades) {
    List<Row> rows = new ArrayList<>(trades.size());
    int seq = 0;
    String prefix = brokerRefPrefix(broker, day, "");
    for (Trade t : trades) {
      String ref =
          t.brokerRef().isEmpty() ? prefix + Text.pad(++seq, 5) : Text.oneLine(t.brokerRef());
      rows.add(executionRow(t, ref));
    }
    return rows;
  }

  private Row executionRow(Trade t, String brokerRef) {
    return new Row(
        brokerRef,
        Text.oneLine(t.execId()),
        Text.oneLine(t.orderId()),
        t.tradeDate(),
        t.settlementDate(),
        security(t),
        t.side(),
        t.quantity(),
        t.price(),
        Text.money(t.grossAmount()),
        Text.money(t.commission()),
        Text.money(t.fees()),
        t.currency(),
        accountCode(t),
        1,
        Math.max(2, t.price().scale()));
  }

  /**
   * One line per parent order (and settlement terms); an execution without an order id stays on its
   * own.
   */
  private List<Row> aggregatedRows(Counterparty broker, LocalDate day, List<Trade> trades) {
    Map<String, List<Trade>> orders = new LinkedHashMap<>();
    for (Trade t : trades) {
      String key =
          t.orderId().isEmpty()
              ? "#" + t.id().value()
              : t.orderId()
                  + "|"
                  + t.settlementDate()
                  + "|"
                  + t.instrumentId()
                  + "|"
                  + t.side()
                  + "|"
                  + t.accountId()
                  + "|"
                  + t.currency();
      orders.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
    }
    List<Row> rows = new ArrayList<>(orders.size());
    int seq = 0;
    String prefix = brokerRefPrefix(broker, day, "");
    String blockPrefix = brokerRefPrefix(broker, day, "B");
    for (List<Trade> fills : orders.values()) {
      Trade first = fills.get(0);
      if (first.orderId().isEmpty()) {
        String ref =
            first.brokerRef().isEmpty()
                ? prefix + Text.pad(++seq, 5)
                : Text.oneLine(first.brokerRef());
        rows.add(executionRow(first, ref));
        continue;
      }
      BigDecimal quantity = BigDecimal.ZERO;
      BigDecimal value = BigDecimal.ZERO;
      BigDecimal gross = BigDecimal.ZERO;
      BigDecimal commission = BigDecimal.ZERO;
      BigDecimal fees = BigDecimal.ZERO;
      int scale = 2;
      for (Trade t : fills) {
        quantity = quantity.add(t.quantity());
        value = value.add(t.quantity().multiply(t.price()));
        gross = gross.add(t.grossAmount());
        commission = commission.add(t.commission());
        fees = fees.add(t.fees());
        scale = Math.max(scale, t.price().scale());
      }
      BigDecimal average = value.divide(quantity, 6, RoundingMode.HALF_EVEN);
      rows.add(
          new Row(
              blockPrefix + Text.pad(++seq, 5),
              "",
              Text.oneLine(first.orderId()),
              first.tradeDate(),
              first.settlementDate(),
              security(first),
              first.side(),
              quantity,
              average,
              Text.money(gross),
              Text.money(commission),
              Text.money(fees),
              first.currency(),
              accountCode(first),
              fills.size(),
              scale));
    }
    return rows;
  }

  /**
   * The broker's references it makes up itself: its code, B for a block (aggregated order), yyMMdd,
   * then a five-digit sequence.
   */
  private static String brokerRefPrefix(Counterparty broker, LocalDate day, String kind) {
    return Text.alnum(broker.code()) + kind + Text.yymmdd(day);
  }

  private String security(Trade t) {
    Instrument i = data.instrument(t.instrumentId());
    return i.isin() != null && !i.isFx() ? i.isin().value() : i.symbol();
  }

  private String accountCode(Trade t) {
    Account a = data.account(t.accountId());
    return a == null ? "" : a.code();
  }

  private void writeFile(Path inbox, String file, Counterparty broker, List<Row> rows)
      throws IOException {
    double missing = rates.missingConfirmation();
    double price = missing + rates.confirmationPriceMismatch();
    double quantity = price + rates.confirmationQuantityMismatch();
    double duplicate = quantity + rates.duplicateConfirmation();
    try (LineOutput out = LineOutput.create(inbox.resolve(file), Csv.EOL)) {
      out.write(Csv.line(HEADER));
      for (Row row : rows) {
        double u = dice.roll();
        String what =
            row.aggregated()
                ? "order " + row.orderId() + " (" + row.fills() + " fills)"
                : "execution " + row.clientExecId();
        if (u < missing) {
          faults.add(
              new PendingFault(
                      InboxFaultKind.MISSING_CONFIRMATION,
                      row.reference(),
                      row.summary(),
                      "",
                      broker.code() + " never confirmed " + what)
                  .at(file, 0));
        } else if (u < price) {
          Row wrong = row.withPrice(wrongPrice(row));
          int line = out.write(wrong.line());
          faults.add(
              new PendingFault(
                      InboxFaultKind.CONFIRMATION_PRICE_MISMATCH,
                      row.reference(),
                      row.price().toPlainString(),
                      wrong.price().toPlainString(),
                      broker.code()
                          + " confirmed "
                          + what
                          + " at "
                          + wrong.price().toPlainString()
                          + " instead of "
                          + row.price().toPlainString())
                  .at(file, line));
        } else if (u < quantity) {
          Row wrong = row.withQuantity(wrongQuantity(row.quantity()));
          int line = out.write(wrong.line());
          faults.add(
              new PendingFault(
                      InboxFaultKind.CONFIRMATION_QUANTITY_MISMATCH,
                      row.reference(),
                      Text.quantity(row.quantity()),
                      Text.quantity(wrong.quantity()),
                      broker.code()
                          + " confirmed "
                          + what
                          + " for "
                          + Text.quantity(wrong.quantity())
                          + " instead of "
                          + Text.quantity(row.quantity()))
                  .at(file, line));
        } else if (u < duplicate) {
          String text = row.line();
          out.write(text);
          int line = out.write(text);
          faults.add(
              new PendingFault(
                      InboxFaultKind.DUPLICATE_CONFIRMATION,
                      row.reference(),
                      "1 line",
                      "2 lines",
                      broker.code() + " sent the confirmation of " + what + " twice")
                  .at(file, line));
        } else {
          out.write(row.line());
        }
      }
    }
  }

  /** One tick, or a few basis points, away from the right price, never zero or below. */
  private BigDecimal wrongPrice(Row row) {
    BigDecimal tick = BigDecimal.ONE.movePointLeft(row.tickScale());
    BigDecimal delta = tick;
    if (dice.chance(0.5)) {
      BigDecimal bps =
          row.price()
              .multiply(BigDecimal.valueOf(dice.between(2, 15)))
              .movePointLeft(4)
              .setScale(row.tickScale(), RoundingMode.HALF_EVEN);
      delta = bps.max(tick);
    }
    boolean up = dice.chance(0.5) || row.price().compareTo(delta) <= 0;
    BigDecimal wrong = up ? row.price().add(delta) : row.price().subtract(delta);
    return wrong.setScale(Math.max(row.price().scale(), row.tickScale()), RoundingMode.HALF_EVEN);
  }

  /** Off by one unit or a percentage of the quantity (a partial fill), never zero or below. */
  private BigDecimal wrongQuantity(BigDecimal quantity) {
    int percent = QUANTITY_ERROR_PERCENT[dice.between(0, QUANTITY_ERROR_PERCENT.length - 1)];
    BigDecimal delta =
        quantity
            .multiply(BigDecimal.valueOf(percent))
            .movePointLeft(2)
            .setScale(0, RoundingMode.HALF_EVEN);
    if (delta.signum() == 0) {
      delta = BigDecimal.ONE;
    }
    boolean up = dice.chance(0.5) || quantity.compareTo(delta) <= 0;
    return up ? quantity.add(delta) : quantity.subtract(delta);
  }
}
