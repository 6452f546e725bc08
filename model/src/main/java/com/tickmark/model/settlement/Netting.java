package com.tickmark.model.settlement;

import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.settlement.Obligation.CashLeg;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Nets cash obligations per counterparty, currency and value date (DOMAIN.md, Settlement). */
public final class Netting {
  private Netting() {}

  private record Key(CounterpartyId counterparty, CurrencyCode currency, LocalDate date) {}

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
}
