package com.tickmark.model.settlement;

import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One currency and cash account of the cash ladder, day by day.
 *
 * @param account the cash account; null for cash in a currency the firm has no single cash account
 *     in and whose obligations name none (no SSI)
 * @param days the ladder's business days on the currency's settlement calendar, in date order
 */
public record LadderAccount(CurrencyCode currency, AccountId account, List<LadderDay> days) {
  public LadderAccount {
    Objects.requireNonNull(currency, "currency");
    days = List.copyOf(days);
    if (days.isEmpty()) {
      throw new IllegalArgumentException("A cash ladder needs at least one day");
    }
  }

  /** The settled balance the ladder starts from. */
  public BigDecimal opening() {
    return days.get(0).opening();
  }

  /** The balance projected at the close of the last day. */
  public BigDecimal closing() {
    return days.get(days.size() - 1).projected();
  }
}
