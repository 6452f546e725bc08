package com.tickmark.model.settlement.penalty;

import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Penalties added up per month, counterparty and currency, as a CSD nets them: what the firm pays,
 * what it receives, and the net (received less paid).
 *
 * @param fails how many failing instructions
 * @param days how many fail days (daily penalties)
 */
public record PenaltyTotals(
    YearMonth month,
    CounterpartyId counterparty,
    CurrencyCode currency,
    int fails,
    int days,
    BigDecimal paid,
    BigDecimal received) {
  public BigDecimal net() {
    return received.subtract(paid);
  }

  /** Per month, counterparty and currency, in that order (counterparty by id). */
  public static List<PenaltyTotals> byCounterparty(List<Penalty> penalties) {
    record Key(YearMonth month, long counterparty, String currency) implements Comparable<Key> {
      @Override
      public int compareTo(Key o) {
        int c = month.compareTo(o.month);
        if (c == 0) {
          c = Long.compare(counterparty, o.counterparty);
        }
        return c != 0 ? c : currency.compareTo(o.currency);
      }
    }
    Map<Key, List<Penalty>> groups = new TreeMap<>();
    for (Penalty p : penalties) {
      Key k =
          new Key(
              YearMonth.from(p.date()),
              p.counterparty() == null ? -1 : p.counterparty().value(),
              p.currency().code());
      groups.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
    }
    List<PenaltyTotals> out = new ArrayList<>();
    groups.forEach(
        (k, list) -> {
          BigDecimal paid = BigDecimal.ZERO;
          BigDecimal received = BigDecimal.ZERO;
          Set<Object> trades = new HashSet<>();
          for (Penalty p : list) {
            trades.add(p.trade());
            if (p.direction() == PenaltyDirection.PAY) {
              paid = paid.add(p.amount());
            } else {
              received = received.add(p.amount());
            }
          }
          Penalty first = list.get(0);
          out.add(
              new PenaltyTotals(
                  k.month(),
                  first.counterparty(),
                  Objects.requireNonNull(first.currency()),
                  trades.size(),
                  list.size(),
                  paid,
                  received));
        });
    return out;
  }
}
