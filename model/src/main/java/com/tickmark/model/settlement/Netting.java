package com.tickmark.model.settlement;

import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.settlement.Obligation.CashLeg;
import com.tickmark.model.trade.Side;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nets settlement obligations: cash per counterparty, currency and value date (DOMAIN.md,
 * Settlement), and securities per instrument, custody account, counterparty and settlement date
 * where the market nets.
 *
 * <p>The securities rule (DOMAIN.md names only the cash one, so this is Tickmark's): an obligation
 * against payment (RVP or DVP) of an instrument listed on a venue whose trades net at settlement —
 * the US venues (XNYS, XNAS, ARCX, BATS, XASE: NSCC's continuous net settlement), XLON and the euro
 * venues (XETR, XPAR, XAMS, XMIL, XMAD, XBRU: their CCPs net what settles in CREST and T2S) — nets
 * with the others of its instrument, custody account, counterparty, settlement date and currency
 * into one instruction. The counterparty is always part of the key: a trade a CCP clears faces the
 * CCP, so those net across executing brokers, and a bilateral trade nets only with its broker.
 * Everything else settles gross, each obligation its own set: instruments on any other venue,
 * free-of-payment transfers (RFP, DFP), and obligations without a standing settlement instruction
 * (flagged, to be fixed first). FX spot has no securities leg; both its currencies net as cash.
 */
public final class Netting {
  /** The listing venues (MICs) whose securities obligations net; see the class comment. */
  static final Set<String> NETTING_VENUES =
      Set.of(
          "XNYS", "XNAS", "ARCX", "BATS", "XASE", "XLON", "XETR", "XPAR", "XAMS", "XMIL", "XMAD",
          "XBRU");

  private Netting() {}

  private record Key(CounterpartyId counterparty, CurrencyCode currency, LocalDate date) {}

  private record SecuritiesKey(
      InstrumentId instrument,
      AccountId account,
      CounterpartyId counterparty,
      LocalDate date,
      CurrencyCode currency) {}

  private static final class Builder {
    final List<Obligation> members = new ArrayList<>();
    BigDecimal pay = BigDecimal.ZERO;
    BigDecimal receive = BigDecimal.ZERO;
  }

  /**
   * The netting sets of {@code obligations}: every cash leg joins the set of its counterparty,
   * currency and intended date (an FX trade is in two sets, one per currency). Sets come by value
   * date, then counterparty, then currency.
   */
  public static List<NettingSet> cash(List<Obligation> obligations) {
    Map<Key, Builder> sets = new LinkedHashMap<>();
    for (Obligation o : obligations) {
      for (CashLeg leg : o.cashLegs()) {
        Builder b =
            sets.computeIfAbsent(
                new Key(o.counterparty(), leg.currency(), o.intendedDate()), k -> new Builder());
        b.members.add(o);
        if (leg.amount().signum() >= 0) {
          b.receive = b.receive.add(leg.amount());
        } else {
          b.pay = b.pay.subtract(leg.amount());
        }
      }
    }
    List<NettingSet> result = new ArrayList<>(sets.size());
    sets.forEach(
        (k, b) ->
            result.add(
                new NettingSet(
                    k.counterparty(), k.currency(), k.date(), b.members, b.pay, b.receive)));
    result.sort(
        Comparator.comparing(NettingSet::valueDate)
            .thenComparing(s -> s.counterparty().value())
            .thenComparing(s -> s.currency().code()));
    return result;
  }

  /**
   * The securities netting sets of {@code obligations} by the rule of the class comment: a netted
   * set per instrument, custody account, counterparty, settlement date and currency, and a gross
   * set per obligation that does not net. FX spot obligations are left out. Sets come by settlement
   * date, then instrument, account and counterparty, a gross set after the netted one of its key.
   *
   * @param instruments the obligations' instruments, for their listing venues
   */
  public static List<SecuritiesNettingSet> securities(
      List<Obligation> obligations, Map<InstrumentId, Instrument> instruments) {
    Map<SecuritiesKey, List<Obligation>> netted = new LinkedHashMap<>();
    List<SecuritiesNettingSet> result = new ArrayList<>();
    for (Obligation o : obligations) {
      if (o.type() == SettlementType.PVP) {
        continue;
      }
      SecuritiesKey key =
          new SecuritiesKey(
              o.instrument(),
              o.deliveryAccount(),
              o.counterparty(),
              o.intendedDate(),
              o.cash().currency());
      if (nets(o, instruments.get(o.instrument()))) {
        netted.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
      } else {
        result.add(securitiesSet(key, false, List.of(o)));
      }
    }
    netted.forEach((k, members) -> result.add(securitiesSet(k, true, members)));
    result.sort(
        Comparator.comparing(SecuritiesNettingSet::settlementDate)
            .thenComparing(s -> s.instrument().value())
            .thenComparing(s -> s.account() == null ? 0 : s.account().value())
            .thenComparing(s -> s.counterparty() == null ? 0 : s.counterparty().value())
            .thenComparing(s -> !s.netted()));
    return result;
  }

  private static boolean nets(Obligation o, Instrument instrument) {
    if (instrument == null) {
      throw new IllegalArgumentException(
          "Obligation of trade " + o.trade().display() + " names an unknown instrument");
    }
    return (o.type() == SettlementType.RVP || o.type() == SettlementType.DVP)
        && !o.missingSsi()
        && instrument.mic() != null
        && NETTING_VENUES.contains(instrument.mic().value());
  }

  private static SecuritiesNettingSet securitiesSet(
      SecuritiesKey k, boolean netted, List<Obligation> members) {
    BigDecimal receive = BigDecimal.ZERO;
    BigDecimal deliver = BigDecimal.ZERO;
    BigDecimal cash = BigDecimal.ZERO;
    for (Obligation o : members) {
      if (o.side() == Side.BUY) {
        receive = receive.add(o.quantity());
      } else {
        deliver = deliver.add(o.quantity());
      }
      cash = cash.add(o.cash().amount());
    }
    return new SecuritiesNettingSet(
        k.instrument(),
        k.account(),
        k.counterparty(),
        k.date(),
        k.currency(),
        netted,
        members,
        receive,
        deliver,
        cash);
  }
}
