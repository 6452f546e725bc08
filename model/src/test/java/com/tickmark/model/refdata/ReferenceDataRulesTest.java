package com.tickmark.model.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.calendar.HolidayCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks an addition or edit of reference data passes, each problem naming its field. */
class ReferenceDataRulesTest {
  static final Counterparty NBS =
      new Counterparty(
          new CounterpartyId(1),
          "NBS",
          "Northbridge Securities LLC",
          CounterpartyRole.BROKER,
          Lei.withCheckDigits("5493000NBS00000000"),
          new Bic("NBSCUS33"),
          "US");
  static final Counterparty HTC =
      new Counterparty(
          new CounterpartyId(2),
          "HTC",
          "Hudson Trust Company",
          CounterpartyRole.CUSTODIAN,
          Lei.withCheckDigits("5493000HTC00000000"),
          new Bic("HTCOUS33XXX"),
          "US");
  static final Counterparty OLD_CUSTODIAN =
      new Counterparty(
              new CounterpartyId(3),
              "OLDC",
              "Old Custody Bank",
              CounterpartyRole.CUSTODIAN,
              Lei.withCheckDigits("5493000OLD00000000"),
              new Bic("OLDCUS33"),
              "US")
          .withRetired(true);
  static final Instrument ACME =
      new Instrument(
          new InstrumentId(10),
          "ACME",
          "Acme Corp",
          AssetClass.EQUITY,
          Isin.withCheckDigit("US000ACME00"),
          Mic.XNYS,
          CurrencyCode.USD,
          null,
          "Industrials",
          "US",
          SettlementConvention.of(1, "XNYS"));
  static final Book BOOK =
      new Book(new BookId(1), "STATARB-US", "Stat arb US", "STATARB", CurrencyCode.USD);
  static final Account OLD_CUSTODY =
      new Account(
          new AccountId(1),
          "OLDC-01",
          "Custody at the old bank",
          AccountType.CUSTODY,
          OLD_CUSTODIAN.id(),
          null,
          "SAFE-001",
          null);

  final ReferenceDataRules rules =
      new ReferenceDataRules(
          new ReferenceData(
              List.of(
                  new Currency(CurrencyCode.USD, "US dollar", 2),
                  new Currency(CurrencyCode.EUR, "Euro", 2)),
              Map.of(
                  "XNYS", new HolidayCalendar("XNYS", "New York Stock Exchange", List.of()),
                  "TARGET", new HolidayCalendar("TARGET", "TARGET2", List.of()),
                  "OLDX", new HolidayCalendar("OLDX", "Closed exchange", List.of(), true)),
              List.of(new Strategy("STATARB", "Statistical arbitrage", "")),
              List.of(BOOK),
              List.of(NBS, HTC, OLD_CUSTODIAN),
              List.of(ACME),
              List.of(OLD_CUSTODY),
              List.of()));

  /** A new equity's fields, with {@code changes} applied. */
  static Map<String, String> equity(String... changes) {
    Map<String, String> v = new HashMap<>();
    v.put("symbol", "newco");
    v.put("name", "NewCo Inc");
    v.put("asset-class", "equity");
    v.put("isin", "us0378331005");
    v.put("mic", "xnas");
    v.put("currency", "usd");
    v.put("sector", "Technology");
    v.put("country", "us");
    v.put("settlement", "T+1 XNYS");
    for (int i = 0; i < changes.length; i += 2) {
      v.put(changes[i], changes[i + 1]);
    }
    return v;
  }

  static List<String> messages(ReferenceDataRules.Checked<?> checked) {
    return checked.problems().stream().map(ReferenceDataRules.Problem::toString).toList();
  }

  @Test
  void aGoodEquityIsMadeInCapitalsWithTheDatabasesId() {
    Instrument made = rules.instrument(11, Map.of(), equity()).orThrow();
    assertThat(made)
        .isEqualTo(
            new Instrument(
                new InstrumentId(11),
                "NEWCO",
                "NewCo Inc",
                AssetClass.EQUITY,
                Isin.parse("US0378331005"),
                Mic.XNAS,
                CurrencyCode.USD,
                null,
                "Technology",
                "US",
                SettlementConvention.of(1, "XNYS")));
    assertThat(rules.instrument(11, Map.of(), rules.values(made)).orThrow())
        .as("what values() writes reads back as the same instrument")
        .isEqualTo(made);
  }

  @Test
  void eachIdentifierIsCheckedByItsOwnRuleAndTheProblemNamesTheField() {
    assertThat(
            messages(
                rules.instrument(
                    11,
                    Map.of(),
                    equity(
                        "isin", "US0378331006",
                        "mic", "XN",
                        "currency", "CHF",
                        "country", "USA",
                        "settlement", "T+1 NOPE"))))
        .containsExactly(
            "isin: check digit is wrong, expected 5",
            "mic: must be 4 capital letters or digits (ISO 10383), such as XNYS",
            "currency: CHF is not one of the firm's currencies (USD, EUR)",
            "country: must be a two-letter ISO 3166 code such as US, not 'USA'",
            "settlement: there is no calendar NOPE; the calendars are [OLDX, TARGET, XNYS]");
    String lei = Lei.withCheckDigits("5493000NEW00000000").value();
    String wrongLei = lei.substring(0, 18) + (lei.endsWith("99") ? "98" : "99");
    Map<String, String> broker = new HashMap<>(rules.values(NBS));
    broker.put("lei", wrongLei);
    broker.put("bic", "NBSC1S33");
    assertThat(messages(rules.counterparty(1, rules.values(NBS), broker)))
        .containsExactly(
            "lei: check digits are wrong, expected " + lei.substring(18) + " (ISO 7064 mod 97-10)",
            "bic: must be 8 or 11 characters: 4 letters (bank), 2 letters (country), 2 letters or"
                + " digits (location) and optionally 3 (branch)");
  }

  @Test
  void symbolsCodesAndIsinsAreUniqueButAnItemMayKeepItsOwn() {
    assertThat(messages(rules.instrument(0, Map.of(), equity("symbol", "acme"))))
        .containsExactly("symbol: ACME is already Acme Corp");
    assertThat(messages(rules.instrument(0, Map.of(), equity("isin", ACME.isin().value()))))
        .containsExactly("isin: " + ACME.isin() + " is already ACME's");
    assertThat(rules.instrument(10, rules.values(ACME), rules.values(ACME)).valid())
        .as("an edit keeps its own symbol and ISIN")
        .isTrue();
  }

  @Test
  void fxSpotNeedsABaseCurrencyOtherThanItsQuoteAndNoIsin() {
    Map<String, String> fx = new HashMap<>();
    fx.put("symbol", "EUR/USD");
    fx.put("name", "Euro / US dollar");
    fx.put("asset-class", "FX_SPOT");
    fx.put("currency", "USD");
    fx.put("settlement", "T+2 TARGET,XNYS");
    assertThat(messages(rules.instrument(0, Map.of(), fx)))
        .containsExactly("base-currency: is required");
    fx.put("base-currency", "usd");
    assertThat(messages(rules.instrument(0, Map.of(), fx)))
        .containsExactly("base-currency: must differ from the quote currency USD");
    fx.put("base-currency", "EUR");
    assertThat(rules.instrument(12, Map.of(), fx).orThrow().baseCurrency())
        .isEqualTo(CurrencyCode.EUR);
  }

  @Test
  void aRetiredReferenceIsRefusedWhenNewlyGivenButMayBeKept() {
    assertThat(messages(rules.instrument(0, Map.of(), equity("settlement", "T+1 OLDX"))))
        .containsExactly("settlement: calendar OLDX is retired");
    Map<String, String> custody = new HashMap<>(rules.values(OLD_CUSTODY));
    custody.put("code", "OLDC-02");
    assertThat(messages(rules.account(0, Map.of(), custody)))
        .containsExactly("provider: OLDC is retired");
    Map<String, String> renamed = new HashMap<>(rules.values(OLD_CUSTODY));
    renamed.put("name", "Custody at the old bank (closing)");
    assertThat(rules.account(1, rules.values(OLD_CUSTODY), renamed).orThrow().name())
        .as("an edit that keeps the retired custodian")
        .isEqualTo("Custody at the old bank (closing)");
  }

  @Test
  void anAccountIsKeptByTheRightKindOfCounterparty() {
    Map<String, String> custody = new HashMap<>();
    custody.put("code", "NBS-01");
    custody.put("name", "Custody at a broker");
    custody.put("type", "custody");
    custody.put("provider", "nbs");
    assertThat(messages(rules.account(0, Map.of(), custody)))
        .containsExactly("provider: NBS is a broker; a custody account is kept by a custodian");
    custody.put("type", "TRADING");
    assertThat(messages(rules.account(0, Map.of(), custody))).containsExactly("book: is required");
  }

  @Test
  void aCalendarKeepsItsCodeForTheInstrumentsThatNameIt() {
    HolidayCalendar xnys = rules.data().calendars().get("XNYS");
    assertThat(messages(rules.calendar(xnys, Map.of("code", "NYSE", "name", "NYSE"))))
        .containsExactly(
            "code: stays XNYS: instruments name the calendar in their settlement; add a new one"
                + " instead");
    assertThat(rules.calendar(xnys, Map.of("code", "XNYS", "name", "NYSE")).orThrow().name())
        .isEqualTo("NYSE");
    assertThat(messages(rules.calendar(null, Map.of("code", "X N", "name", "?"))))
        .containsExactly("code: must be one word without spaces: 'X N'");
  }

  @Test
  void refusalsThrowOneExceptionNamingEveryProblem() {
    assertThatThrownBy(
            () -> rules.book(2, Map.of(), Map.of("code", "EQ", "strategy", "NONE")).orThrow())
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage(
            "name: is required; strategy: there is no strategy NONE; the strategies are [STATARB];"
                + " base-currency: is required");
  }

  @Test
  void kindsAreNamedSingularOrPluralInAnyCase() {
    assertThat(ReferenceDataKind.parse("Instruments")).isEqualTo(ReferenceDataKind.INSTRUMENT);
    assertThat(ReferenceDataKind.parse("calendar")).isEqualTo(ReferenceDataKind.CALENDAR);
    assertThat(ReferenceDataKind.parse("ssi")).isEqualTo(ReferenceDataKind.SSI);
    assertThat(ReferenceDataKind.parse("SSIs")).isEqualTo(ReferenceDataKind.SSI);
    assertThatThrownBy(() -> ReferenceDataKind.parse("trade"))
        .hasMessage(
            "'trade' is not a kind of reference data: say instrument, counterparty, account,"
                + " book, calendar, ssi");
  }
}
