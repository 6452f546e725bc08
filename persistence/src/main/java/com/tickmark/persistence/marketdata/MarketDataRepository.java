package com.tickmark.persistence.marketdata;

import static com.tickmark.persistence.jooq.Tables.FX_RATE;
import static com.tickmark.persistence.jooq.Tables.PRICE;

import com.tickmark.model.marketdata.FxRate;
import com.tickmark.model.marketdata.MarketDataStore;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.persistence.workspace.Batches;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Daily closing prices and FX rates. */
public final class MarketDataRepository implements MarketDataStore {
  private final DSLContext dsl;

  public MarketDataRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  public int insertPrices(Collection<Price> prices) {
    return Batches.insert(
        dsl,
        PRICE,
        prices,
        p -> new Object[] {p.instrumentId().value(), p.date(), p.close(), p.volume()},
        PRICE.INSTRUMENT_ID,
        PRICE.PRICE_DATE,
        PRICE.CLOSE_PRICE,
        PRICE.VOLUME);
  }

  @Override
  public List<Price> priceHistory(InstrumentId instrument, LocalDate from, LocalDate to) {
    return dsl.selectFrom(PRICE)
        .where(PRICE.INSTRUMENT_ID.eq(instrument.value()).and(PRICE.PRICE_DATE.between(from, to)))
        .orderBy(PRICE.PRICE_DATE)
        .fetch(
            r ->
                new Price(
                    new InstrumentId(r.getInstrumentId()),
                    r.getPriceDate(),
                    r.getClosePrice(),
                    r.getVolume()));
  }

  /** An instrument's latest price on or before {@code date}. */
  public Optional<Price> latestPrice(InstrumentId instrument, LocalDate date) {
    return dsl.selectFrom(PRICE)
        .where(PRICE.INSTRUMENT_ID.eq(instrument.value()).and(PRICE.PRICE_DATE.le(date)))
        .orderBy(PRICE.PRICE_DATE.desc())
        .limit(1)
        .fetchOptional(
            r ->
                new Price(
                    new InstrumentId(r.getInstrumentId()),
                    r.getPriceDate(),
                    r.getClosePrice(),
                    r.getVolume()));
  }

  public int countPrices() {
    return dsl.fetchCount(PRICE);
  }

  public int insertFxRates(Collection<FxRate> rates) {
    return Batches.insert(
        dsl,
        FX_RATE,
        rates,
        r -> new Object[] {r.base().code(), r.quote().code(), r.date(), r.rate()},
        FX_RATE.BASE_CURRENCY,
        FX_RATE.QUOTE_CURRENCY,
        FX_RATE.RATE_DATE,
        FX_RATE.RATE);
  }

  @Override
  public List<FxRate> fxHistory(
      CurrencyCode base, CurrencyCode quote, LocalDate from, LocalDate to) {
    return dsl.selectFrom(FX_RATE)
        .where(
            FX_RATE
                .BASE_CURRENCY
                .eq(base.code())
                .and(FX_RATE.QUOTE_CURRENCY.eq(quote.code()))
                .and(FX_RATE.RATE_DATE.between(from, to)))
        .orderBy(FX_RATE.RATE_DATE)
        .fetch(
            r ->
                new FxRate(
                    r.getRateDate(),
                    new CurrencyCode(r.getBaseCurrency()),
                    new CurrencyCode(r.getQuoteCurrency()),
                    r.getRate()));
  }

  @Override
  public List<String> fxPairs() {
    return dsl.selectDistinct(FX_RATE.BASE_CURRENCY, FX_RATE.QUOTE_CURRENCY)
        .from(FX_RATE)
        .orderBy(FX_RATE.BASE_CURRENCY, FX_RATE.QUOTE_CURRENCY)
        .fetch(r -> r.value1() + "/" + r.value2());
  }

  public int countFxRates() {
    return dsl.fetchCount(FX_RATE);
  }
}
