package com.tickmark.model.settlement;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.position.CashBalance;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The cash each currency and cash account expects over the coming business days, as of a date:
 * starting from the settled balance, each day's receipts and payments are the cash the obligations
 * still to settle will move on their intended date, and its projected balance the opening plus
 * receipts less payments (the next day opens with it).
 *
 * <p>The first day is {@code asOf} when it is a business day of the currency's settlement calendar,
 * else the next one. An obligation due on or before the first day that has not settled (a fail, or
 * one due today) is expected on the first day; one due on a day the currency's calendar is closed
 * moves to the next business day; one due after the last day is beyond the ladder. Only the part
 * still to settle counts: a partly settled obligation expects its remaining share of the cash.
 *
 * @param asOf the date whose close gives the settled balances and the obligations still to settle
 * @param accounts per currency, then cash account
 */
public record CashLadder(LocalDate asOf, List<LadderAccount> accounts) {
  /** The business days a ladder covers. */
  public static final int DAYS = 10;

  public CashLadder {
    Objects.requireNonNull(asOf, "date");
    accounts = List.copyOf(accounts);
  }

  /**
   * Builds the ladder.
   *
   * @param balances the settled balances as of {@code asOf}
   * @param open the obligations still to settle as of {@code asOf}
   * @param scale each currency's number of decimals (2 when absent)
   * @param calendar each currency's settlement calendar
   * @param cashAccount the account a cash leg without one moves in (the currency's single cash
   *     account), or null
   */
  public static CashLadder of(
      LocalDate asOf,
      int days,
      List<CashBalance> balances,
      List<ObligationLine> open,
      Function<CurrencyCode, Integer> scale,
      Function<CurrencyCode, HolidayCalendar> calendar,
      Function<CurrencyCode, AccountId> cashAccount) {
    if (days < 1) {
      throw new IllegalArgumentException("A cash ladder needs at least one day: " + days);
    }
    Map<Key, BigDecimal> opening = new LinkedHashMap<>();
    for (CashBalance b : balances) {
      opening.merge(new Key(b.currency(), b.account()), b.settled(), BigDecimal::add);
    }
    Map<Key, List<LadderMovement>> movements = new LinkedHashMap<>();
    for (ObligationLine line : open) {
      Obligation o = line.obligation();
      if (line.remaining().signum() <= 0 || o.quantity().signum() == 0) {
        continue;
      }
      for (Obligation.CashLeg leg : o.cashLegs()) {
        int decimals = scale.apply(leg.currency());
        BigDecimal amount =
            line.settled().signum() == 0
                ? leg.amount().setScale(decimals, RoundingMode.HALF_EVEN)
                : leg.amount()
                    .multiply(line.remaining())
                    .divide(o.quantity(), decimals, RoundingMode.HALF_EVEN);
        if (amount.signum() == 0) {
          continue;
        }
        AccountId account =
            leg.account() != null ? leg.account() : cashAccount.apply(leg.currency());
        movements
            .computeIfAbsent(new Key(leg.currency(), account), k -> new ArrayList<>())
            .add(new LadderMovement(line, amount));
      }
    }
    TreeMap<Key, Boolean> keys = new TreeMap<>(Key.ORDER);
    opening.keySet().forEach(k -> keys.put(k, true));
    movements.keySet().forEach(k -> keys.put(k, true));

    List<LadderAccount> accounts = new ArrayList<>(keys.size());
    for (Key k : keys.keySet()) {
      int decimals = scale.apply(k.currency());
      HolidayCalendar cal = calendar.apply(k.currency());
      List<LocalDate> dates = new ArrayList<>(days);
      LocalDate d = cal.plusBusinessDays(asOf, 0);
      while (dates.size() < days) {
        dates.add(d);
        d = cal.nextBusinessDay(d);
      }
      Map<LocalDate, List<LadderMovement>> byDay = new LinkedHashMap<>();
      for (LadderMovement m : movements.getOrDefault(k, List.of())) {
        LocalDate due = cal.plusBusinessDays(m.obligation().intendedDate(), 0);
        LocalDate day = due.isBefore(dates.get(0)) ? dates.get(0) : due;
        if (!day.isAfter(dates.get(days - 1))) {
          byDay.computeIfAbsent(day, x -> new ArrayList<>()).add(m);
        }
      }
      BigDecimal balance =
          opening.getOrDefault(k, BigDecimal.ZERO).setScale(decimals, RoundingMode.HALF_EVEN);
      List<LadderDay> ladderDays = new ArrayList<>(days);
      for (LocalDate date : dates) {
        LadderDay day = new LadderDay(date, balance, byDay.getOrDefault(date, List.of()));
        ladderDays.add(day);
        balance = day.projected();
      }
      accounts.add(new LadderAccount(k.currency(), k.account(), ladderDays));
    }
    return new CashLadder(asOf, accounts);
  }

  private record Key(CurrencyCode currency, AccountId account) {
    static final Comparator<Key> ORDER =
        Comparator.comparing(Key::currency)
            .thenComparing(k -> k.account() == null ? Long.MAX_VALUE : k.account().value());
  }
}
