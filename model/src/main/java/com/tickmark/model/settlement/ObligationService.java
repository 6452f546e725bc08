package com.tickmark.model.settlement;

import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.ReferenceData;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.refdata.SettlementDateCalculator;
import com.tickmark.model.refdata.SsiResolver;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Settlement obligations as of a business date, built from the trades' current versions and the
 * standing settlement instructions (see {@link Obligations}), with how much of each has settled.
 */
public final class ObligationService {
  /** The trades whose current version is not cancelled, streamed in id order. */
  @FunctionalInterface
  public interface LiveTrades {
    void forEach(Consumer<Trade> action);
  }

  /** The quantity each trade has settled on or before a date (trades with none are absent). */
  @FunctionalInterface
  public interface SettledQuantities {
    Map<TradeId, BigDecimal> through(LocalDate date);
  }

  private final LiveTrades trades;
  private final SettledQuantities settled;
  private final ReferenceDataStore referenceData;

  public ObligationService(
      LiveTrades trades, SettledQuantities settled, ReferenceDataStore referenceData) {
    this.trades = trades;
    this.settled = settled;
    this.referenceData = referenceData;
  }

  /**
   * The obligations of the trades done by the close of {@code date}: those still to settle (with
   * {@code all}, the settled ones too), in trade id order.
   */
  public List<ObligationLine> asOf(Actor actor, LocalDate date, boolean all) {
    actor.require(Permission.VIEW_DATA);
    Map<InstrumentId, Instrument> instruments = instruments();
    Obligations builder =
        new Obligations(instruments, SsiResolver.of(ReferenceData.of(referenceData)));
    ToIntFunction<Obligation> ages = ages(instruments, date);
    Map<TradeId, BigDecimal> done = settled.through(date);
    List<ObligationLine> lines = new ArrayList<>();
    trades.forEach(
        t -> {
          if (t.tradeDate().isAfter(date)) {
            return;
          }
          builder
              .of(t)
              .ifPresent(
                  o -> {
                    ObligationLine line =
                        line(o, done.getOrDefault(o.trade(), BigDecimal.ZERO), date, ages);
                    if (all || line.status() != ObligationStatus.SETTLED) {
                      lines.add(line);
                    }
                  });
        });
    return lines;
  }

  /**
   * The obligation of one trade as of {@code date}, given what of it settled by then; empty for a
   * cancelled trade or one done after {@code date}.
   */
  public Optional<ObligationLine> of(
      Actor actor, Trade trade, BigDecimal settledQuantity, LocalDate date) {
    actor.require(Permission.VIEW_DATA);
    if (trade.tradeDate().isAfter(date)) {
      return Optional.empty();
    }
    Map<InstrumentId, Instrument> instruments = instruments();
    return new Obligations(instruments, SsiResolver.of(ReferenceData.of(referenceData)))
        .of(trade)
        .map(o -> line(o, settledQuantity, date, ages(instruments, date)));
  }

  /** The cash netting sets of the obligations still to settle as of {@code date}. */
  public List<NettingSet> netting(Actor actor, LocalDate date) {
    return Netting.cash(asOf(actor, date, false).stream().map(ObligationLine::obligation).toList());
  }

  /**
   * The securities netting sets of the obligations still to settle as of {@code date}, netted where
   * the market nets and gross elsewhere ({@link Netting#securities}).
   */
  public List<SecuritiesNettingSet> securitiesNetting(Actor actor, LocalDate date) {
    return Netting.securities(
        asOf(actor, date, false).stream().map(ObligationLine::obligation).toList(), instruments());
  }

  private Map<InstrumentId, Instrument> instruments() {
    return referenceData.instruments().stream()
        .collect(Collectors.toMap(Instrument::id, Function.identity()));
  }

  /**
   * The business days past its intended date an obligation is as of {@code date}, on the calendars
   * of its instrument's convention (the count the fails list ages by).
   */
  private ToIntFunction<Obligation> ages(
      Map<InstrumentId, Instrument> instruments, LocalDate date) {
    SettlementDateCalculator calendars = new SettlementDateCalculator(referenceData.calendars());
    return o ->
        calendars.businessDaysAfter(
            instruments.get(o.instrument()).settlement().calendars(), o.intendedDate(), date);
  }

  /** Where {@code o} stands as of {@code date} with {@code settledQuantity} of it settled. */
  static ObligationLine line(
      Obligation o, BigDecimal settledQuantity, LocalDate date, ToIntFunction<Obligation> age) {
    if (settledQuantity.compareTo(o.quantity()) >= 0) {
      return new ObligationLine(o, settledQuantity, ObligationStatus.SETTLED, 0);
    }
    if (!o.intendedDate().isAfter(date)) {
      return new ObligationLine(o, settledQuantity, ObligationStatus.FAILED, age.applyAsInt(o));
    }
    return new ObligationLine(
        o,
        settledQuantity,
        settledQuantity.signum() > 0
            ? ObligationStatus.PARTIALLY_SETTLED
            : ObligationStatus.PENDING,
        0);
  }
}
