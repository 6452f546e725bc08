package com.tickmark.model.recon.run;

import com.tickmark.model.recon.match.AliasTable;
import com.tickmark.model.recon.match.Cardinality;
import com.tickmark.model.recon.match.MatchField;
import com.tickmark.model.recon.match.MatchingPass;
import com.tickmark.model.recon.match.Normalisation;
import com.tickmark.model.recon.match.PassMode;
import com.tickmark.model.recon.match.ReconDefinition;
import com.tickmark.model.recon.match.Tolerance;
import java.math.BigDecimal;
import java.util.List;

/**
 * The reconciliations every workspace ships with: trades against the brokers' confirmations,
 * settled positions against the custodians' holdings, settled cash against the banks' statements.
 */
public final class BuiltInRecons {
  public static final String TRADES_CONFIRMATIONS = "trades-confirmations";
  public static final String POSITIONS_CUSTODY = "positions-custody";
  public static final String CASH_BANK = "cash-bank";
  public static final String SETTLEMENTS = "expected-settlements";

  /** The cash recon's passes, in order. */
  public static final String PASS_END_TO_END = "end-to-end id";

  public static final String PASS_NETTED = "netted";
  public static final String PASS_COUNTERPARTY = "counterparty, amount and date";

  static final List<MatchField> TRADE_FIELDS =
      List.of(
          MatchField.text("reference"),
          MatchField.text("order_id"),
          MatchField.text("broker"),
          MatchField.text("instrument"),
          MatchField.text("side"),
          MatchField.quantity("quantity"),
          MatchField.price("price"),
          MatchField.amount("net_amount"),
          MatchField.text("currency"),
          MatchField.date("settlement_date"));

  static final List<MatchField> POSITION_FIELDS =
      List.of(MatchField.text("reference"), MatchField.quantity("quantity"));

  static final List<MatchField> CASH_FIELDS =
      List.of(
          MatchField.text("reference"),
          MatchField.text("account"),
          MatchField.amount("amount"),
          MatchField.date("value_date"),
          MatchField.text("counterparty"));

  static final List<MatchField> SETTLEMENT_FIELDS =
      List.of(
          MatchField.text("reference"),
          MatchField.text("account"),
          MatchField.quantity("quantity"),
          MatchField.text("status"));

  private BuiltInRecons() {}

  /**
   * The built-in recons.
   *
   * @param instruments symbol → ISIN, so that a broker confirming by symbol matches a trade in an
   *     instrument the firm keeps by ISIN
   * @param counterparties each counterparty's names (its code, name, BIC, LEI and the firm's stored
   *     aliases, {@code ReconAliases.COUNTERPARTY_NAMES}) → its code, so that a bank naming the
   *     counterparty its own way matches our settlement with it
   */
  public static List<Recon> all(AliasTable instruments, AliasTable counterparties) {
    return List.of(
        tradesAgainstConfirmations(instruments), positions(), cash(counterparties), settlements());
  }

  /**
   * Pass 1 pairs each trade with the line quoting its execution id; pass 2 takes a broker's one
   * line for several fills of an order (its {@code fills} column), their quantities and amounts
   * summed and prices averaged. A price one tick off (0.0001) or an amount within 0.1 basis point
   * is a match with a difference.
   */
  static Recon tradesAgainstConfirmations(AliasTable instruments) {
    Normalisation normalisation = Normalisation.STANDARD.withAliases("instrument", instruments);
    List<String> compared =
        List.of("quantity", "price", "net_amount", "currency", "settlement_date");
    List<Tolerance> tolerances =
        List.of(
            Tolerance.Numeric.absolute("price", "0.0001"),
            new Tolerance.Numeric("net_amount", new BigDecimal("0.01"), new BigDecimal("0.00001")));
    MatchingPass execution =
        new MatchingPass(
            "execution id",
            List.of("reference"),
            concat(List.of("broker", "instrument", "side"), compared),
            normalisation,
            tolerances,
            Cardinality.ONE_TO_ONE,
            PassMode.AUTO);
    MatchingPass block =
        new MatchingPass(
            "order block",
            List.of("order_id", "broker", "instrument", "side"),
            compared,
            normalisation,
            tolerances,
            Cardinality.MANY_TO_ONE,
            PassMode.AUTO);
    return new Recon(
        new ReconDefinition(
            TRADES_CONFIRMATIONS,
            "Our trades",
            "Broker confirmations",
            TRADE_FIELDS,
            List.of(execution, block)),
        "Trades against broker confirmations",
        "net_amount",
        new BigDecimal("100"));
  }

  /** Each custody account's settled quantity of each ISIN against the custodian's holding. */
  static Recon positions() {
    MatchingPass holding =
        new MatchingPass(
            "account and ISIN",
            List.of("reference"),
            List.of("quantity"),
            Normalisation.STANDARD,
            List.of(),
            Cardinality.ONE_TO_ONE,
            PassMode.AUTO);
    return new Recon(
        new ReconDefinition(
            POSITIONS_CUSTODY,
            "Settled positions",
            "Custodian holdings",
            POSITION_FIELDS,
            List.of(holding)),
        "Positions against custody",
        "quantity",
        new BigDecimal("1000"));
  }

  /**
   * Each settled cash movement against the bank's entries on the same account, in three passes:
   *
   * <ol>
   *   <li>{@code end-to-end id}: the entry quoting the movement's execution id; a few cents off or
   *       a value date a business day off is a match with a difference;
   *   <li>{@code netted}: one entry for several settlements with one counterparty on one value date
   *       (the bank nets them and quotes none of our ids), their amounts summed;
   *   <li>{@code counterparty, amount and date}: an entry quoting only the bank's own reference and
   *       naming the counterparty, for the same amount within a business day. Weak evidence: it
   *       only proposes the match, for a person to accept or reject.
   * </ol>
   *
   * Counterparties are compared through {@code counterparties}: our side carries the code, the bank
   * a name as it spells it.
   */
  static Recon cash(AliasTable counterparties) {
    Normalisation normalisation =
        Normalisation.STANDARD.withAliases("counterparty", counterparties);
    Tolerance cents = Tolerance.Numeric.absolute("amount", "0.05");
    Tolerance aBusinessDay = new Tolerance.DateWindow("value_date", 1);
    MatchingPass endToEnd =
        new MatchingPass(
            PASS_END_TO_END,
            List.of("reference", "account"),
            List.of("amount", "value_date"),
            Normalisation.STANDARD,
            List.of(cents, aBusinessDay),
            Cardinality.ONE_TO_ONE,
            PassMode.AUTO);
    MatchingPass netted =
        new MatchingPass(
            PASS_NETTED,
            List.of("account", "counterparty", "value_date"),
            List.of("amount"),
            normalisation,
            List.of(cents),
            Cardinality.MANY_TO_ONE,
            PassMode.AUTO);
    MatchingPass counterparty =
        new MatchingPass(
            PASS_COUNTERPARTY,
            List.of("account", "counterparty"),
            List.of("amount", "value_date"),
            normalisation,
            List.of(cents, aBusinessDay),
            Cardinality.ONE_TO_ONE,
            PassMode.PROPOSE);
    return new Recon(
        new ReconDefinition(
            CASH_BANK,
            "Settled cash",
            "Bank statements",
            CASH_FIELDS,
            List.of(endToEnd, netted, counterparty)),
        "Cash against bank statements",
        "amount",
        new BigDecimal("50"));
  }

  /**
   * Each securities obligation due on the date against the custodian's status line for it that day:
   * settled in full in the expected custody account, or a break naming what differs (a FAILED
   * status, a partial quantity, another account).
   */
  static Recon settlements() {
    MatchingPass instruction =
        new MatchingPass(
            "execution id",
            List.of("reference"),
            List.of("account", "quantity", "status"),
            Normalisation.STANDARD,
            List.of(),
            Cardinality.ONE_TO_ONE,
            PassMode.AUTO);
    return new Recon(
        new ReconDefinition(
            SETTLEMENTS,
            "Expected settlements",
            "Custodian status",
            SETTLEMENT_FIELDS,
            List.of(instruction)),
        "Expected against actual settlements",
        "quantity",
        new BigDecimal("1000"));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
