package com.tickmark.app.ledger;

import com.tickmark.app.AppServices;
import com.tickmark.app.recon.ReconServices;
import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.app.trade.TradeServices;
import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.ledger.PostingAccounts;
import com.tickmark.model.ledger.posting.PostingInputs;
import com.tickmark.model.ledger.posting.PostingService;
import com.tickmark.model.ledger.posting.WriteOff;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.marketdata.ReportingRates;
import com.tickmark.model.position.OpeningPosition;
import com.tickmark.model.recon.run.BreakState;
import com.tickmark.model.recon.run.ReconBreak;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.ReferenceData;
import com.tickmark.model.security.Actor;
import com.tickmark.model.trade.Trade;
import com.tickmark.persistence.settlement.SettlementRepositories;
import com.tickmark.persistence.workspace.SettingsRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the ledger posts from, read from the other areas' stores: every trade's current version, the
 * settlement records, the closes, the opening book, the booked CSDR penalties and the cash recon's
 * write-offs.
 */
final class LedgerSource implements PostingService.Source {
  /** The recon whose write-offs move cash: the others' differences are not money the firm lost. */
  static final String CASH_RECON = "cash-bank";

  private static final int DAYS_BEFORE = 10;

  private final AppServices platform;
  private final Function<Actor, ReportingRates> rates;

  LedgerSource(AppServices platform, Function<Actor, ReportingRates> rates) {
    this.platform = platform;
    this.rates = rates;
  }

  @Override
  public PostingInputs read(Actor actor, LocalDate through) {
    TradeServices trade = platform.area(TradeServices.class);
    List<Trade> trades = trade.repositories().trades().tradesThrough(through);
    var positions = trade.repositories().positions();
    List<OpeningPosition> opening = positions.openingPositions();
    LocalDate first =
        trades.stream()
            .map(Trade::tradeDate)
            .min(LocalDate::compareTo)
            .or(() -> positions.openingDate())
            .orElse(through)
            .minusDays(DAYS_BEFORE);
    Set<InstrumentId> instruments = new TreeSet<>((a, b) -> Long.compare(a.value(), b.value()));
    trades.forEach(t -> instruments.add(t.instrumentId()));
    opening.forEach(p -> instruments.add(p.instrument()));
    List<Price> closes = new ArrayList<>();
    for (InstrumentId i : instruments) {
      closes.addAll(platform.repositories().marketData().priceHistory(i, first, through));
    }
    return new PostingInputs(
        ReferenceData.of(platform.repositories().referenceData()),
        PostingAccounts.standard(),
        rates.apply(actor),
        calendar(actor),
        trades,
        SettlementRepositories.of(platform.workspace()).statuses().partsSettled(first, through),
        closes,
        opening,
        positions.openingCash(),
        platform
            .area(SettlementServices.class)
            .penaltyBookings()
            .between(actor, first, through)
            .penalties(),
        writeOffs(actor, through),
        Map.<BookId, com.tickmark.model.ledger.lot.LotMethod>of());
  }

  /** The firm's first calendar: the business days marked to market. */
  private HolidayCalendar calendar(Actor actor) {
    String code =
        platform
            .repositories()
            .settings()
            .get(SettingsRepository.FIRM_CALENDARS)
            .map(codes -> codes.split(",")[0].trim())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The workspace does not say which markets the firm works on; create the"
                            + " firm first."));
    HolidayCalendar calendar = platform.referenceData().calendars(actor).get(code);
    if (calendar == null) {
      throw new IllegalStateException(
          "The firm's calendar " + code + " is not in the workspace's reference data.");
    }
    return calendar;
  }

  /**
   * The cash recon's breaks written off, each dated its run date (the business day it was found),
   * as a loss of the amount at stake.
   */
  private List<WriteOff> writeOffs(Actor actor, LocalDate through) {
    List<WriteOff> out = new ArrayList<>();
    for (ReconBreak b :
        platform.area(ReconServices.class).runs().breaks(actor, Optional.of(CASH_RECON))) {
      if (b.state() == BreakState.WRITTEN_OFF && !b.runDate().isAfter(through)) {
        out.add(
            new WriteOff(
                CASH_RECON + "/" + b.id(),
                b.runDate(),
                CurrencyCode.of(b.currency()),
                b.amount().abs(),
                null));
      }
    }
    return out;
  }
}
