package com.tickmark.model.settlement.penalty;

import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Penalties added up per currency and direction: how many, and their amount (each day already
 * rounded to the currency's minor units).
 */
public record PenaltySum(
    CurrencyCode currency, PenaltyDirection direction, int penalties, BigDecimal amount) {

  /** Per currency (by code), then PAY before RECEIVE. */
  public static List<PenaltySum> of(Collection<Penalty> penalties) {
    record Key(String currency, PenaltyDirection direction) implements Comparable<Key> {
      @Override
      public int compareTo(Key o) {
        int c = currency.compareTo(o.currency);
        return c != 0 ? c : direction.compareTo(o.direction);
      }
    }
    Map<Key, PenaltySum> sums = new TreeMap<>();
    for (Penalty p : penalties) {
      sums.merge(
          new Key(p.currency().code(), p.direction()),
          new PenaltySum(p.currency(), p.direction(), 1, p.amount()),
          (a, b) ->
              new PenaltySum(a.currency, a.direction, a.penalties + 1, a.amount.add(b.amount)));
    }
    return new ArrayList<>(sums.values());
  }
}
