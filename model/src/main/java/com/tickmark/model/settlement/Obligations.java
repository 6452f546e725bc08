package com.tickmark.model.settlement;

import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.Ssi;
import com.tickmark.model.refdata.SsiResolver;
import com.tickmark.model.settlement.Obligation.CashLeg;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds trades' settlement obligations from their current versions and the standing settlement
 * instructions: derived, never stored, so an amendment or a cancellation changes or removes its
 * trade's obligation the moment it is recorded.
 */
public final class Obligations {
  private final Map<InstrumentId, Instrument> instruments;
  private final SsiResolver ssis;

  public Obligations(Map<InstrumentId, Instrument> instruments, SsiResolver ssis) {
    this.instruments = instruments;
    this.ssis = ssis;
  }

  /** The obligation of {@code trade}; empty for a cancelled trade, which settles nothing. */
  public Optional<Obligation> of(Trade trade) {
    if (trade.status() == TradeStatus.CANCELLED) {
      return Optional.empty();
    }
    Instrument instrument = instruments.get(trade.instrumentId());
    if (instrument == null) {
      throw new IllegalStateException(
          "Trade " + trade.id().display() + " names an unknown instrument " + trade.instrumentId());
    }
    boolean buy = trade.side() == Side.BUY;
    BigDecimal cash = trade.netCashOut().negate(); // positive receives
    Optional<Ssi> ssi = ssis.resolve(trade.counterpartyId(), instrument, trade.currency());
    List<CashLeg> legs = new ArrayList<>(2);
    if (instrument.isFx()) {
      Optional<Ssi> base =
          ssis.resolve(trade.counterpartyId(), instrument, instrument.baseCurrency());
      legs.add(
          new CashLeg(
              instrument.baseCurrency(),
              buy ? trade.quantity() : trade.quantity().negate(),
              base.map(Ssi::cashAccount).orElse(trade.accountId())));
      legs.add(new CashLeg(trade.currency(), cash, ssi.map(Ssi::cashAccount).orElse(null)));
      return Optional.of(
          new Obligation(
              trade.id(),
              trade.execId(),
              trade.bookId(),
              trade.counterpartyId(),
              trade.instrumentId(),
              trade.side(),
              SettlementType.PVP,
              trade.quantity(),
              legs.get(0).account(),
              trade.settlementDate(),
              null,
              base.isPresent() ? ssi.orElse(null) : null,
              legs));
    }
    legs.add(new CashLeg(trade.currency(), cash, ssi.map(Ssi::cashAccount).orElse(null)));
    return Optional.of(
        new Obligation(
            trade.id(),
            trade.execId(),
            trade.bookId(),
            trade.counterpartyId(),
            trade.instrumentId(),
            trade.side(),
            buy ? SettlementType.RVP : SettlementType.DVP,
            trade.quantity(),
            ssi.map(Ssi::custodyAccount).orElse(trade.accountId()),
            trade.settlementDate(),
            ssi.map(Ssi::placeOfSettlement).orElse(null),
            ssi.orElse(null),
            legs));
  }

  /** The obligations of {@code trades}, in their order, leaving out cancelled ones. */
  public List<Obligation> of(Collection<Trade> trades) {
    List<Obligation> all = new ArrayList<>(trades.size());
    for (Trade t : trades) {
      of(t).ifPresent(all::add);
    }
    return all;
  }
}
