package com.tickmark.model.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountType;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.Ssi;
import com.tickmark.model.refdata.SsiResolver;
import com.tickmark.model.trade.Trade;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo firm ships a complete set of standing settlement instructions. */
class DemoSsisTest {
  static final DemoFirm FIRM =
      new DemoFirmGenerator(DemoTestCalendars.all())
          .generate(new DemoConfig(7, LocalDate.of(2025, 11, 20), 40, 5, 400, FaultRates.NONE));

  @Test
  void everyDemoTradeFindsItsSsiForEachCurrencyItSettles() {
    DemoReferenceData ref = FIRM.referenceData();
    Map<InstrumentId, Instrument> instruments =
        ref.instruments().stream().collect(Collectors.toMap(Instrument::id, Function.identity()));
    Map<com.tickmark.model.refdata.AccountId, Account> accounts =
        ref.accounts().stream().collect(Collectors.toMap(Account::id, Function.identity()));
    SsiResolver resolver = new SsiResolver(ref.ssis());
    Set<String> kinds = new HashSet<>();

    assertThat(FIRM.trades()).hasSizeGreaterThan(1000);
    for (Trade t : FIRM.trades()) {
      Instrument instrument = instruments.get(t.instrumentId());
      kinds.add(instrument.assetClass() + " " + SsiResolver.marketCountry(instrument));
      for (CurrencyCode currency : SsiResolver.settlementCurrencies(instrument)) {
        Optional<Ssi> ssi = resolver.resolve(t.counterpartyId(), instrument, currency);
        assertThat(ssi).as("trade %s %s %s", t.id(), instrument.symbol(), currency).isPresent();
        Account cash = accounts.get(ssi.get().cashAccount());
        assertThat(cash.type()).isEqualTo(AccountType.CASH);
        assertThat(cash.currency()).isEqualTo(currency);
        if (instrument.isFx()) {
          if (currency.equals(instrument.baseCurrency())) {
            assertThat(ssi.get().cashAccount())
                .as("the base amount settles in the trade's account")
                .isEqualTo(t.accountId());
          }
        } else {
          assertThat(ssi.get().custodyAccount())
              .as("trade %s settles in the custody account it names", t.id())
              .isEqualTo(t.accountId());
          assertThat(ssi.get().marketCountry()).isEqualTo(instrument.country());
        }
      }
    }
    assertThat(kinds)
        .as("the test saw every kind of trade the demo makes")
        .contains("EQUITY US", "EQUITY GB", "EQUITY DE", "EQUITY FR", "EQUITY NL", "ETF US")
        .contains("FX_SPOT ");
  }

  @Test
  void everyBrokerHasOneSsiPerMarketAndFxCurrencyWithAgentsInTheMarketsCountry() {
    DemoReferenceData ref = FIRM.referenceData();
    List<Counterparty> brokers =
        ref.counterparties().stream()
            .filter(c -> c.role() == com.tickmark.model.refdata.CounterpartyRole.BROKER)
            .toList();
    assertThat(brokers).extracting(Counterparty::code).contains("GSX", "HMC", "LWB", "MBW", "PVX");
    assertThat(ref.ssis()).hasSize(brokers.size() * 8);
    assertThat(ref.ssis()).extracting(Ssi::code).doesNotHaveDuplicates();
    for (Ssi ssi : ref.ssis()) {
      assertThat(SsiResolver.sameScope(ssi, ref.ssis())).as(ssi.code()).isEmpty();
      if (ssi.isFx()) {
        assertThat(ssi.placeOfSettlement()).isNull();
      } else {
        assertThat(ssi.agent().countryCode()).as(ssi.code()).isEqualTo(ssi.marketCountry());
        assertThat(ssi.placeOfSettlement().countryCode()).isEqualTo(ssi.marketCountry());
        assertThat(ssi.settlesInEuCsd())
            .as(ssi.code())
            .isEqualTo(List.of("DE", "FR", "NL").contains(ssi.marketCountry()));
      }
    }
    Map<String, String> places =
        ref.ssis().stream()
            .filter(s -> s.code().startsWith("GSX-EQ-"))
            .collect(Collectors.toMap(Ssi::code, s -> s.placeOfSettlement().value()));
    assertThat(places)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "GSX-EQ-US", "DTCYUS33",
                "GSX-EQ-GB", "CRSTGB22",
                "GSX-EQ-DE", "DAKVDEFF",
                "GSX-EQ-FR", "SICVFRPP",
                "GSX-EQ-NL", "NECINL2A"));
  }
}
