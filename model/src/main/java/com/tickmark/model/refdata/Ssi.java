package com.tickmark.model.refdata;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A standing settlement instruction: how the firm's trades with one counterparty, in one asset
 * class, currency and market, settle — where, from and into which of the firm's accounts, and to
 * which of the counterparty's. {@link SsiResolver} picks the one a trade uses.
 *
 * <p>A securities SSI (equities, ETFs) names the place of settlement (the BIC of the CSD, such as
 * DTCYUS33 for DTC or CRSTGB22 for CREST), the firm's custody account and the counterparty's
 * safekeeping account at its agent; its cash leg settles in {@link #cashAccount}. An FX spot SSI is
 * for one currency: the firm's cash account in it and the counterparty's cash account at its agent;
 * it has no place of settlement, custody account or market.
 *
 * @param code the name administrators know it by, e.g. GSX-EQ-US
 * @param counterparty the broker whose trades it settles
 * @param marketCountry ISO 3166 alpha-2 code of the market whose trades it settles, or empty for
 *     any market (always empty for FX spot)
 * @param placeOfSettlement the CSD's BIC (securities), null for FX spot
 * @param custodyAccount the firm's CUSTODY account (securities), null for FX spot
 * @param cashAccount the firm's CASH account in {@link #currency}
 * @param agent the BIC of the counterparty's settlement agent
 * @param theirAccount the counterparty's safekeeping account (securities) or cash account (FX) at
 *     its agent
 * @param retired no longer used for new obligations; kept for those that name it
 */
public record Ssi(
    SsiId id,
    String code,
    CounterpartyId counterparty,
    AssetClass assetClass,
    CurrencyCode currency,
    String marketCountry,
    Bic placeOfSettlement,
    AccountId custodyAccount,
    AccountId cashAccount,
    Bic agent,
    String theirAccount,
    boolean retired) {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  /**
   * The member states of the European Union as ISO 3166 alpha-2 codes (the country letters of a
   * BIC): where a CSD applies the CSDR settlement discipline.
   */
  public static final Set<String> EU_COUNTRIES =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  public Ssi {
    Objects.requireNonNull(id, "id");
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("SSI code must not be empty");
    }
    Objects.requireNonNull(counterparty, "SSI " + code + " needs a counterparty");
    Objects.requireNonNull(assetClass, "SSI " + code + " needs an asset class");
    Objects.requireNonNull(currency, "SSI " + code + " needs a currency");
    Objects.requireNonNull(cashAccount, "SSI " + code + " needs the firm's cash account");
    Objects.requireNonNull(agent, "SSI " + code + " needs the counterparty's agent");
    marketCountry = marketCountry == null ? "" : marketCountry;
    if (!marketCountry.isEmpty() && !COUNTRY.matcher(marketCountry).matches()) {
      throw new IllegalArgumentException(
          "SSI " + code + " market country must be an ISO 3166 code: '" + marketCountry + "'");
    }
    if (theirAccount == null || theirAccount.isBlank()) {
      throw new IllegalArgumentException("SSI " + code + " needs the counterparty's account");
    }
    if (assetClass == AssetClass.FX_SPOT) {
      if (placeOfSettlement != null || custodyAccount != null || !marketCountry.isEmpty()) {
        throw new IllegalArgumentException(
            "FX spot SSI "
                + code
                + " settles cash only: no place of settlement, custody account or market");
      }
    } else {
      Objects.requireNonNull(placeOfSettlement, "SSI " + code + " needs a place of settlement");
      Objects.requireNonNull(custodyAccount, "SSI " + code + " needs the firm's custody account");
    }
  }

  public Ssi withRetired(boolean retired) {
    return new Ssi(
        id,
        code,
        counterparty,
        assetClass,
        currency,
        marketCountry,
        placeOfSettlement,
        custodyAccount,
        cashAccount,
        agent,
        theirAccount,
        retired);
  }

  public boolean isFx() {
    return assetClass == AssetClass.FX_SPOT;
  }

  /** Whether it applies to trades in any market rather than one. */
  public boolean anyMarket() {
    return marketCountry.isEmpty();
  }

  /**
   * Whether the place of settlement is a CSD in the European Union (its BIC's country letters name
   * a member state), so that a failing instruction there draws CSDR cash penalties. False for FX
   * spot, which has no place of settlement.
   */
  public boolean settlesInEuCsd() {
    return placeOfSettlement != null && isEuCsd(placeOfSettlement);
  }

  /** Whether {@code csd} is the BIC of a CSD in a member state of the European Union. */
  public static boolean isEuCsd(Bic csd) {
    return EU_COUNTRIES.contains(csd.countryCode());
  }
}
