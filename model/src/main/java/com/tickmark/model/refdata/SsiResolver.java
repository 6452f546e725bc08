package com.tickmark.model.refdata;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Picks the standing settlement instruction a trade settles on: among the counterparty's SSIs in
 * use for the trade's asset class and currency, the most specific one that applies.
 *
 * <ul>
 *   <li>An SSI for the trade's market country beats one for any market.
 *   <li>An SSI for the trade's own asset class beats one that covers it: an EQUITY SSI also serves
 *       ETFs (they are exchange-traded shares and settle in the same CSD), unless an ETF SSI
 *       applies as well. The market counts first: an EQUITY SSI for the market beats an ETF SSI for
 *       any market.
 *   <li>A securities trade uses one SSI, in the instrument's currency; an FX spot trade uses one
 *       per currency it settles in (base and quote).
 * </ul>
 *
 * When none applies the answer is empty: the caller flags the trade and never guesses. Two SSIs
 * that would tie are refused when they are added or edited ({@link #sameScope}); should the store
 * hold such a pair anyway, the answer is empty too.
 *
 * <p>Pure: it reads only the SSIs it is given.
 */
public final class SsiResolver {
  private final List<Ssi> inUse;

  /** A resolver over {@code ssis}; retired ones are never picked. */
  public SsiResolver(Collection<Ssi> ssis) {
    this.inUse = ssis.stream().filter(s -> !s.retired()).toList();
  }

  public static SsiResolver of(ReferenceData data) {
    return new SsiResolver(data.ssis());
  }

  /**
   * The country of the market a trade in {@code instrument} settles in, as SSIs name it: the
   * country of its listing venue when Tickmark knows it ({@link Mic#country()}), else the
   * instrument's own country; empty for FX spot. The venue comes first because a security settles
   * where it trades: an ETF's {@code country} is where the fund is domiciled (often IE or LU),
   * while one listed on NYSE Arca settles in DTC.
   */
  public static String marketCountry(Instrument instrument) {
    if (instrument.isFx()) {
      return "";
    }
    return instrument.mic().country().orElse(instrument.country());
  }

  /**
   * The currencies a trade in {@code instrument} settles in, each on its own SSI: the instrument's
   * currency for a security; the base and the quote currency for FX spot.
   */
  public static List<CurrencyCode> settlementCurrencies(Instrument instrument) {
    return instrument.isFx()
        ? List.of(instrument.baseCurrency(), instrument.currency())
        : List.of(instrument.currency());
  }

  /**
   * The SSI a trade with {@code counterparty} in {@code instrument} settles its {@code currency}
   * leg on.
   *
   * @param currency one of {@link #settlementCurrencies(Instrument)}
   * @throws IllegalArgumentException when the instrument does not settle in {@code currency}
   */
  public Optional<Ssi> resolve(
      CounterpartyId counterparty, Instrument instrument, CurrencyCode currency) {
    if (!settlementCurrencies(instrument).contains(currency)) {
      throw new IllegalArgumentException(
          instrument.symbol()
              + " settles in "
              + settlementCurrencies(instrument)
              + ", not in "
              + currency);
    }
    return resolve(counterparty, instrument.assetClass(), currency, marketCountry(instrument));
  }

  /**
   * The most specific SSI in use for a trade with {@code counterparty} in {@code assetClass},
   * settling {@code currency} in the market of {@code marketCountry} (empty for FX spot); empty
   * when none applies or two tie.
   */
  public Optional<Ssi> resolve(
      CounterpartyId counterparty,
      AssetClass assetClass,
      CurrencyCode currency,
      String marketCountry) {
    Objects.requireNonNull(counterparty, "counterparty");
    Objects.requireNonNull(assetClass, "asset class");
    Objects.requireNonNull(currency, "currency");
    String country = marketCountry == null ? "" : marketCountry;
    Ssi best = null;
    int bestScore = -1;
    boolean tie = false;
    for (Ssi ssi : inUse) {
      if (!ssi.counterparty().equals(counterparty) || !ssi.currency().equals(currency)) {
        continue;
      }
      int score = specificity(ssi, assetClass, country);
      if (score > bestScore) {
        best = ssi;
        bestScore = score;
        tie = false;
      } else if (score >= 0 && score == bestScore) {
        tie = true;
      }
    }
    return tie ? Optional.empty() : Optional.ofNullable(best);
  }

  /**
   * How closely {@code ssi} fits a trade in {@code assetClass} on the market of {@code country}: -1
   * when it does not apply; 2 for the market's own SSI (0 for one for any market), plus 1 for the
   * trade's own asset class (0 for an EQUITY SSI serving an ETF).
   */
  private static int specificity(Ssi ssi, AssetClass assetClass, String country) {
    int asset;
    if (ssi.assetClass() == assetClass) {
      asset = 1;
    } else if (ssi.assetClass() == AssetClass.EQUITY && assetClass == AssetClass.ETF) {
      asset = 0;
    } else {
      return -1;
    }
    if (ssi.anyMarket()) {
      return asset;
    }
    return ssi.marketCountry().equals(country) ? 2 + asset : -1;
  }

  /**
   * An SSI in use, other than {@code candidate} itself (same id), for the same counterparty, asset
   * class, currency and market: with both in use, every trade the one applies to would find two
   * equally specific SSIs. (SSIs that differ in any of these never tie: see {@link #resolve}.)
   */
  public static Optional<Ssi> sameScope(Ssi candidate, Collection<Ssi> ssis) {
    return ssis.stream()
        .filter(s -> !s.retired() && !s.id().equals(candidate.id()))
        .filter(s -> s.counterparty().equals(candidate.counterparty()))
        .filter(s -> s.assetClass() == candidate.assetClass())
        .filter(s -> s.currency().equals(candidate.currency()))
        .filter(s -> s.marketCountry().equals(candidate.marketCountry()))
        .findFirst();
  }
}
