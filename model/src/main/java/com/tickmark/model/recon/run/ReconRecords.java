package com.tickmark.model.recon.run;

import com.tickmark.model.recon.input.Confirmation;
import com.tickmark.model.recon.input.Holding;
import com.tickmark.model.recon.match.MatchField;
import com.tickmark.model.recon.match.ReconRecord;
import com.tickmark.model.recon.match.SourceRef;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.settlement.status.StatusCode;
import com.tickmark.model.settlement.status.StatusLine;
import com.tickmark.model.trade.Trade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the firm's records and the outside world's into the records of the built-in recons ({@link
 * BuiltInRecons}), each with what its breaks show.
 */
public final class ReconRecords {
  /** Where our records come from, for the engine (they are not read from a file). */
  private static final SourceRef BOOKS = new SourceRef("books", 1);

  static final String CONFIRMATIONS = "confirmations/";
  static final String CUSTODY = "custody/";
  static final String BANK = "bank/";
  static final String SETTLEMENT = "settlement/";

  private ReconRecords() {}

  /**
   * One of our settled holdings: what the firm's books say a custody account holds of a security.
   *
   * @param price what one unit is worth (the close), for the amount at stake
   */
  public record OurHolding(
      String accountNumber, String isin, BigDecimal quantity, BigDecimal price, String currency) {}

  /**
   * One settled cash movement the books expect a bank to show: one leg of a trade's settlement.
   *
   * @param label the movement's stable name ({@code ACCOUNT/EXECID})
   * @param amount signed as the bank shows it: a receipt positive
   * @param counterparty the code of the trade's counterparty
   */
  public record CashMovement(
      long id,
      String label,
      String account,
      String reference,
      BigDecimal amount,
      String currency,
      LocalDate valueDate,
      String counterparty) {}

  /**
   * One bank statement entry with the account it was booked on.
   *
   * @param reference what it quotes of ours (the end-to-end id), else the bank's own reference
   * @param quotesOurs whether it quotes a reference of ours
   * @param counterpartyName the other party as the bank names it, or null when it names none
   */
  public record BankEntry(
      long id,
      String account,
      String currency,
      String reference,
      boolean quotesOurs,
      BigDecimal amount,
      LocalDate valueDate,
      String counterpartyName,
      String fileName,
      int line) {}

  /**
   * A securities settlement the books expect on the run's dates: one obligation.
   *
   * @param label the trade ({@code T00000042})
   * @param reference the execution id the custodian's lines quote
   * @param accountNumber the custody account's number, as the custodian writes it
   * @param amount the cash that moves with it (positive)
   */
  public record ExpectedSettlement(
      long id,
      String label,
      String reference,
      String accountNumber,
      BigDecimal quantity,
      BigDecimal amount,
      String currency) {}

  /**
   * Trades against the brokers' confirmation lines.
   *
   * @param instruments the firm's instruments (an ISIN where one is kept, else the symbol)
   * @param brokers counterparty codes by the trades' counterparty
   */
  public static ReconSides tradesAndConfirmations(
      List<Trade> trades,
      List<Confirmation> confirmations,
      Function<Trade, Instrument> instruments,
      Function<Trade, String> brokers) {
    List<MatchField> fields = BuiltInRecons.TRADE_FIELDS;
    List<ReconRecord> ours = new ArrayList<>(trades.size());
    Map<Long, RecordInfo> ourInfo = new HashMap<>();
    for (Trade t : trades) {
      Instrument i = instruments.apply(t);
      BigDecimal net = t.netCashOut().abs();
      long id = t.id().value();
      ours.add(
          ReconRecord.of(
              fields,
              id,
              BOOKS,
              t.execId(),
              t.orderId(),
              brokers.apply(t),
              i.isin() == null ? i.symbol() : i.isin().value(),
              t.side().name(),
              t.quantity(),
              t.price(),
              net,
              t.currency().code(),
              t.settlementDate()));
      ourInfo.put(
          id,
          new RecordInfo(
              t.id().display(), t.execId(), "", 0, net, BigDecimal.ONE, t.currency().code(), true));
    }
    List<ReconRecord> theirs = new ArrayList<>(confirmations.size());
    Map<Long, RecordInfo> theirInfo = new HashMap<>();
    for (Confirmation c : confirmations) {
      // a line quotes our execution id, or confirms a block of an order's fills (order_id keyed)
      String reference = c.clientExecId().isEmpty() ? null : c.clientExecId();
      theirs.add(
          ReconRecord.of(
              fields,
              c.id(),
              new SourceRef(CONFIRMATIONS + c.fileName(), c.line()),
              reference,
              reference == null ? c.orderId() : null,
              c.broker(),
              c.instrument(),
              c.side().name(),
              c.quantity(),
              c.price(),
              c.netAmount().abs(),
              c.currency(),
              c.settlementDate()));
      theirInfo.put(
          c.id(),
          new RecordInfo(
              CONFIRMATIONS + c.fileName() + ":" + c.line(),
              reference == null ? c.orderId() : reference,
              CONFIRMATIONS + c.fileName(),
              c.line(),
              c.netAmount().abs(),
              BigDecimal.ONE,
              c.currency(),
              true));
    }
    return new ReconSides(ours, theirs, ourInfo, theirInfo);
  }

  /**
   * Our settled holdings against the custodians' holdings lines of the same date.
   *
   * @param knownIsins the ISINs of the firm's instruments: a holding of another is unexpected
   */
  public static ReconSides positionsAndHoldings(
      List<OurHolding> positions, List<Holding> holdings, Set<String> knownIsins) {
    List<MatchField> fields = BuiltInRecons.POSITION_FIELDS;
    List<ReconRecord> ours = new ArrayList<>(positions.size());
    Map<Long, RecordInfo> ourInfo = new HashMap<>();
    long id = 0;
    for (OurHolding p : positions) {
      String reference = p.accountNumber() + "/" + p.isin();
      ours.add(ReconRecord.of(fields, ++id, BOOKS, reference, p.quantity()));
      ourInfo.put(
          id,
          new RecordInfo(
              reference,
              reference,
              "",
              0,
              p.quantity().multiply(p.price()).abs(),
              p.price(),
              p.currency(),
              true));
    }
    List<ReconRecord> theirs = new ArrayList<>(holdings.size());
    Map<Long, RecordInfo> theirInfo = new HashMap<>();
    for (Holding h : holdings) {
      String reference = h.accountNumber() + "/" + h.isin();
      theirs.add(
          ReconRecord.of(
              fields,
              h.id(),
              new SourceRef(CUSTODY + h.fileName(), h.line()),
              reference,
              h.settledQuantity()));
      theirInfo.put(
          h.id(),
          new RecordInfo(
              CUSTODY + h.fileName() + ":" + h.line(),
              reference,
              CUSTODY + h.fileName(),
              h.line(),
              h.marketValue().abs(),
              h.closePrice(),
              h.currency(),
              knownIsins.contains(h.isin())));
    }
    return new ReconSides(ours, theirs, ourInfo, theirInfo);
  }

  /** Settled cash movements against the bank entries of the same value dates. */
  public static ReconSides cashAndBank(List<CashMovement> movements, List<BankEntry> entries) {
    List<MatchField> fields = BuiltInRecons.CASH_FIELDS;
    List<ReconRecord> ours = new ArrayList<>(movements.size());
    Map<Long, RecordInfo> ourInfo = new HashMap<>();
    for (CashMovement m : movements) {
      ours.add(
          ReconRecord.of(
              fields,
              m.id(),
              BOOKS,
              m.reference(),
              m.account(),
              m.amount(),
              m.valueDate(),
              m.counterparty()));
      ourInfo.put(
          m.id(),
          new RecordInfo(
              m.label(),
              m.reference(),
              "",
              0,
              m.amount().abs(),
              BigDecimal.ONE,
              m.currency(),
              true));
    }
    List<ReconRecord> theirs = new ArrayList<>(entries.size());
    Map<Long, RecordInfo> theirInfo = new HashMap<>();
    for (BankEntry e : entries) {
      String file = BANK + e.fileName();
      theirs.add(
          ReconRecord.of(
              fields,
              e.id(),
              new SourceRef(file, e.line()),
              e.quotesOurs() ? e.reference() : null,
              e.account(),
              e.amount(),
              e.valueDate(),
              e.counterpartyName()));
      theirInfo.put(
          e.id(),
          new RecordInfo(
              file + ":" + e.line(),
              e.reference(),
              file,
              e.line(),
              e.amount().abs(),
              BigDecimal.ONE,
              e.currency(),
              e.quotesOurs()));
    }
    return new ReconSides(ours, theirs, ourInfo, theirInfo);
  }

  /**
   * The settlements the books expect against the custodians' status lines about them: settled in
   * full in the expected account, or not.
   */
  public static ReconSides settlementsAndStatus(
      List<ExpectedSettlement> expected, List<StatusLine> lines) {
    List<MatchField> fields = BuiltInRecons.SETTLEMENT_FIELDS;
    List<ReconRecord> ours = new ArrayList<>(expected.size());
    Map<Long, RecordInfo> ourInfo = new HashMap<>();
    for (ExpectedSettlement e : expected) {
      ours.add(
          ReconRecord.of(
              fields,
              e.id(),
              BOOKS,
              e.reference(),
              e.accountNumber(),
              e.quantity(),
              StatusCode.SETTLED.name()));
      ourInfo.put(
          e.id(),
          new RecordInfo(
              e.label(),
              e.reference(),
              "",
              0,
              e.amount(),
              unit(e.amount(), e.quantity()),
              e.currency(),
              true));
    }
    List<ReconRecord> theirs = new ArrayList<>(lines.size());
    Map<Long, RecordInfo> theirInfo = new HashMap<>();
    for (StatusLine l : lines) {
      String file = SETTLEMENT + l.fileName();
      theirs.add(
          ReconRecord.of(
              fields,
              l.id(),
              new SourceRef(file, l.line()),
              l.reference(),
              l.accountNumber(),
              l.settledQuantity(),
              l.status().name()));
      theirInfo.put(
          l.id(),
          new RecordInfo(
              file + ":" + l.line(),
              l.reference(),
              file,
              l.line(),
              l.amount().abs(),
              unit(l.amount().abs(), l.quantity()),
              l.currency(),
              l.known()));
    }
    return new ReconSides(ours, theirs, ourInfo, theirInfo);
  }

  /** What one unit is worth: the amount over the quantity (zero for none). */
  private static BigDecimal unit(BigDecimal amount, BigDecimal quantity) {
    return quantity.signum() == 0
        ? BigDecimal.ZERO
        : amount.divide(quantity.abs(), 10, RoundingMode.HALF_EVEN);
  }
}
