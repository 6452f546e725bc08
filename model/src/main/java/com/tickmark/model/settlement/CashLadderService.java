package com.tickmark.model.settlement;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.position.PositionService;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.AccountType;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.refdata.SettlementConventions;
import com.tickmark.model.security.Actor;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The cash ladder as of a business date (see {@link CashLadder}): settled balances from the {@link
 * PositionService}, the cash still to move from the {@link ObligationService}, and business days
 * from each currency's settlement calendar (USD on USNY, EUR on TARGET, GBP on XLON, CAD on CATO;
 * Monday to Friday for a currency without one).
 */
public final class CashLadderService {
  private static final HolidayCalendar WEEKDAYS =
      new HolidayCalendar("WEEKDAYS", "Monday to Friday", List.of());

  private final PositionService positions;
  private final ObligationService obligations;
  private final ReferenceDataStore referenceData;

  public CashLadderService(
      PositionService positions, ObligationService obligations, ReferenceDataStore referenceData) {
    this.positions = positions;
    this.obligations = obligations;
    this.referenceData = referenceData;
  }

  /**
   * The next {@value CashLadder#DAYS} business days of every currency and cash account from {@code
   * date}.
   */
  public CashLadder ladder(Actor actor, LocalDate date) {
    return ladder(actor, date, CashLadder.DAYS);
  }

  /** The next {@code days} business days of every currency and cash account from {@code date}. */
  public CashLadder ladder(Actor actor, LocalDate date, int days) {
    var balances = positions.asOf(actor, date, Optional.empty()).cash();
    var open = obligations.asOf(actor, date, false);
    Map<CurrencyCode, Integer> scales =
        referenceData.currencies().stream()
            .collect(Collectors.toMap(Currency::code, Currency::minorUnits));
    Map<String, HolidayCalendar> calendars = referenceData.calendars();
    Map<CurrencyCode, List<Account>> cashAccounts =
        referenceData.accounts().stream()
            .filter(a -> a.type() == AccountType.CASH && !a.retired())
            .collect(Collectors.groupingBy(Account::currency));
    Map<CurrencyCode, AccountId> single = new HashMap<>();
    cashAccounts.forEach(
        (currency, accounts) -> {
          if (accounts.size() == 1) {
            single.put(currency, accounts.get(0).id());
          }
        });
    return CashLadder.of(
        date,
        days,
        balances,
        open,
        c -> scales.getOrDefault(c, 2),
        c -> calendarOf(c, calendars),
        single::get);
  }

  /** The currency's settlement calendar, or Monday to Friday when it has none in the workspace. */
  static HolidayCalendar calendarOf(CurrencyCode currency, Map<String, HolidayCalendar> calendars) {
    String code;
    try {
      code = SettlementConventions.calendarFor(currency);
    } catch (IllegalArgumentException noCalendar) {
      return WEEKDAYS;
    }
    return calendars.getOrDefault(code, WEEKDAYS);
  }
}
