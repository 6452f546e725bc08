package com.tickmark.model.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks a new or edited standing settlement instruction passes, each naming its field. */
class SsiRulesTest {
  static final Counterparty GSX =
      new Counterparty(
          new CounterpartyId(1),
          "GSX",
          "Granite Street Securities",
          CounterpartyRole.BROKER,
          Lei.withCheckDigits("5493000GSX00000000"),
          new Bic("GSXXUS33"),
          "US");
  static final Counterparty BTC =
      new Counterparty(
          new CounterpartyId(2),
          "BTC",
          "Beacon Trust",
          CounterpartyRole.CUSTODIAN,
          Lei.withCheckDigits("5493000BTC00000000"),
          new Bic("BETCUS33"),
          "US");
  static final Counterparty FHB =
      new Counterparty(
          new CounterpartyId(3),
          "FHB",
          "First Harborview Bank",
          CounterpartyRole.BANK,
          Lei.withCheckDigits("5493000FHB00000000"),
          new Bic("FHBVUS33"),
          "US");
  static final Account CUST_US =
      new Account(
          new AccountId(6),
          "CUST-US",
          "Safekeeping US",
          AccountType.CUSTODY,
          BTC.id(),
          null,
          "1234-567890",
          null);
  static final Account CASH_USD =
      new Account(
          new AccountId(8),
          "CASH-USD",
          "USD cash",
          AccountType.CASH,
          FHB.id(),
          CurrencyCode.USD,
          "0012345678",
          null);
  static final Account CASH_EUR =
      new Account(
          new AccountId(9),
          "CASH-EUR",
          "EUR cash",
          AccountType.CASH,
          FHB.id(),
          CurrencyCode.EUR,
          "GB29NWBK60161331926819",
          null);
  static final Ssi GSX_EQ_US =
      new Ssi(
          new SsiId(1),
          "GSX-EQ-US",
          GSX.id(),
          AssetClass.EQUITY,
          CurrencyCode.USD,
          "US",
          new Bic("DTCYUS33"),
          CUST_US.id(),
          CASH_USD.id(),
          new Bic("GSXXUS33"),
          "DTC 0352",
          false);

  final ReferenceDataRules rules =
      new ReferenceDataRules(
          new ReferenceData(
              List.of(
                  new Currency(CurrencyCode.USD, "US dollar", 2),
                  new Currency(CurrencyCode.EUR, "Euro", 2)),
              Map.of(),
              List.of(),
              List.of(),
              List.of(GSX, BTC, FHB),
              List.of(),
              List.of(CUST_US, CASH_USD, CASH_EUR),
              List.of(GSX_EQ_US)));

  /** A new SSI's fields, for GSX's US equities in any market, with {@code changes} applied. */
  static Map<String, String> anyMarket(String... changes) {
    Map<String, String> v = new HashMap<>();
    v.put("code", "gsx-eq-any");
    v.put("counterparty", "gsx");
    v.put("asset-class", "equity");
    v.put("currency", "usd");
    v.put("country", "");
    v.put("place-of-settlement", "dtcyus33");
    v.put("our-custody-account", "cust-us");
    v.put("our-cash-account", "cash-usd");
    v.put("agent-bic", "gsxxus33");
    v.put("their-account", "DTC 0352");
    for (int i = 0; i < changes.length; i += 2) {
      v.put(changes[i], changes[i + 1]);
    }
    return v;
  }

  List<String> problems(Map<String, String> values) {
    return rules.ssi(0, false, Map.of(), values).problems().stream()
        .map(ReferenceDataRules.Problem::toString)
        .toList();
  }

  @Test
  void aCompleteSsiIsAcceptedInCapitalsWithItsReferencesById() {
    Ssi ssi = rules.ssi(2, false, Map.of(), anyMarket()).orThrow();

    assertThat(ssi.code()).isEqualTo("GSX-EQ-ANY");
    assertThat(ssi.counterparty()).isEqualTo(GSX.id());
    assertThat(ssi.anyMarket()).isTrue();
    assertThat(ssi.placeOfSettlement()).isEqualTo(new Bic("DTCYUS33"));
    assertThat(ssi.custodyAccount()).isEqualTo(CUST_US.id());
    assertThat(ssi.cashAccount()).isEqualTo(CASH_USD.id());
    assertThat(rules.values(ssi))
        .containsEntry("counterparty", "GSX")
        .containsEntry("our-custody-account", "CUST-US")
        .containsEntry("our-cash-account", "CASH-USD");
  }

  @Test
  void badBicsAreRefusedNamingTheirFields() {
    assertThat(problems(anyMarket("place-of-settlement", "DTC", "agent-bic", "GSX-US-33")))
        .containsExactly(
            "place-of-settlement: must be 8 or 11 characters: 4 letters (bank), 2 letters"
                + " (country), 2 letters or digits (location) and optionally 3 (branch)",
            "agent-bic: must be 8 or 11 characters: 4 letters (bank), 2 letters (country), 2"
                + " letters or digits (location) and optionally 3 (branch)");
  }

  @Test
  void theAccountsMustBeOfTheRightTypeAndTheCashOneInTheSsisCurrency() {
    assertThat(
            problems(anyMarket("our-custody-account", "CASH-USD", "our-cash-account", "CUST-US")))
        .containsExactly(
            "our-custody-account: CASH-USD is a cash account, not a custody account",
            "our-cash-account: CUST-US is a custody account, not a cash account");
    assertThat(problems(anyMarket("our-cash-account", "CASH-EUR")))
        .containsExactly("our-cash-account: CASH-EUR is a EUR account; this SSI settles USD");
    assertThat(problems(anyMarket("our-cash-account", "CASH-CHF")))
        .containsExactly("our-cash-account: there is no account CASH-CHF");
  }

  @Test
  void securitiesNeedAPlaceOfSettlementAndCustodyAccountWhileFxHasNeitherNorAMarket() {
    assertThat(problems(anyMarket("place-of-settlement", "", "our-custody-account", "")))
        .containsExactly("place-of-settlement: is required", "our-custody-account: is required");
    assertThat(problems(anyMarket("asset-class", "FX_SPOT", "country", "US")))
        .containsExactly(
            "country: FX spot settles per currency, not per market; leave it empty",
            "place-of-settlement: FX spot settles cash only, through no CSD; leave it empty",
            "our-custody-account: FX spot settles cash only; leave it empty");
    assertThat(
            problems(
                anyMarket(
                    "asset-class",
                    "FX_SPOT",
                    "place-of-settlement",
                    "",
                    "our-custody-account",
                    "")))
        .isEmpty();
  }

  @Test
  void onlyABrokerHasSsisAndTheirAccountIsRequired() {
    assertThat(problems(anyMarket("counterparty", "BTC", "their-account", " ")))
        .containsExactly(
            "counterparty: BTC is a custodian; SSIs are for the brokers the firm trades with",
            "their-account: is required");
  }

  @Test
  void aSecondSsiForTheSameCounterpartyAssetClassCurrencyAndMarketIsRefusedAsAmbiguous() {
    assertThat(problems(anyMarket("code", "GSX-EQ-US2", "country", "us")))
        .containsExactly(
            "country: GSX-EQ-US already settles GSX's EQUITY trades in USD in US; two would be"
                + " ambiguous, so retire or change GSX-EQ-US first");
    assertThat(problems(anyMarket("code", "GSX-EQ-US")))
        .containsExactly("code: GSX-EQ-US is already another SSI");
    assertThat(rules.ssi(2, true, Map.of(), anyMarket("country", "US")).valid())
        .as("a retired SSI may share its scope")
        .isTrue();

    Map<String, String> itself = rules.values(GSX_EQ_US);
    assertThat(rules.ssi(1, false, itself, itself).orThrow())
        .as("an SSI does not clash with itself")
        .isEqualTo(GSX_EQ_US);
    assertThat(rules.problems(ReferenceDataKind.SSI, null, anyMarket("country", "US")))
        .extracting(ReferenceDataRules.Problem::field)
        .as("what a form shows")
        .containsExactly("country");
  }
}
