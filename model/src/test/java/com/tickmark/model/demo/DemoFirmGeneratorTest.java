package com.tickmark.model.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.marketdata.FxRate;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountType;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.Isin;
import com.tickmark.model.refdata.Lei;
import com.tickmark.model.refdata.SettlementConvention;
import com.tickmark.model.refdata.SettlementDateCalculator;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeStatus;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoFirmGeneratorTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 11, 20);
  private static final Map<String, HolidayCalendar> CALENDARS = DemoTestCalendars.all();
  private static final DemoConfig CONFIG = DemoConfig.defaults(AS_OF);

  private static DemoFirmGenerator generator;
  private static DemoFirm firm;
  private static Map<Long, Instrument> instruments;
  private static Map<Long, Account> accounts;
  private static Map<Long, Counterparty> counterparties;

  /** Instrument id -> date -> close. */
  private static Map<Long, TreeMap<LocalDate, Double>> closes;

  @BeforeAll
  static void generateTheDefaultFirm() {
    generator = new DemoFirmGenerator(CALENDARS);
    firm = generator.generate(CONFIG);
    instruments = byId(firm.referenceData().instruments(), i -> i.id().value());
    accounts = byId(firm.referenceData().accounts(), a -> a.id().value());
    counterparties = byId(firm.referenceData().counterparties(), c -> c.id().value());
    closes = new TreeMap<>();
    for (Price p : firm.prices()) {
      closes
          .computeIfAbsent(p.instrumentId().value(), k -> new TreeMap<>())
          .put(p.date(), p.close().doubleValue());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Determinism

  @Test
  void sameConfigurationMakesTheSameFirm() {
    DemoFirm again = new DemoFirmGenerator(CALENDARS).generate(CONFIG);

    assertThat(again.trades()).isEqualTo(firm.trades());
    assertThat(again.prices()).isEqualTo(firm.prices());
    assertThat(again).isEqualTo(firm);
  }

  @Test
  void differentSeedMakesADifferentFirm() {
    DemoConfig small = new DemoConfig(42, AS_OF, 60, 3, 300, FaultRates.DEFAULTS);
    DemoConfig otherSeed = new DemoConfig(43, AS_OF, 60, 3, 300, FaultRates.DEFAULTS);

    DemoFirm a = generator.generate(small);
    DemoFirm b = generator.generate(otherSeed);

    assertThat(a.trades()).hasSameSizeAs(b.trades()).isNotEqualTo(b.trades());
    assertThat(a.prices()).isNotEqualTo(b.prices());
    assertThat(a.referenceData().instruments()).isNotEqualTo(b.referenceData().instruments());
  }

  @Test
  void referenceDataIterationOrderIsStable() {
    assertThat(firm.referenceData().calendars().keySet())
        .containsExactly("TARGET", "USNY", "XETR", "XLON", "XNYS");
  }

  // ---------------------------------------------------------------------------------------------
  // Reference data

  @Test
  void firmHasTheCurrenciesStrategiesAndBooksOfAnAlgorithmicFirm() {
    DemoReferenceData ref = firm.referenceData();

    assertThat(ref.firmName()).isNotBlank();
    assertThat(ref.baseCurrency().code()).isEqualTo(CurrencyCode.USD);
    Map<String, Integer> minorUnits =
        ref.currencies().stream()
            .collect(Collectors.toMap(c -> c.code().code(), Currency::minorUnits));
    assertThat(minorUnits)
        .containsEntry("USD", 2)
        .containsEntry("EUR", 2)
        .containsEntry("GBP", 2)
        .containsEntry("JPY", 0)
        .containsKeys("CHF", "CAD");
    assertThat(ref.strategies()).hasSizeGreaterThanOrEqualTo(3);
    Set<String> strategyCodes =
        ref.strategies().stream().map(s -> s.code()).collect(Collectors.toSet());
    assertThat(ref.books())
        .extracting(Book::code)
        .contains("STATARB-US", "STATARB-EU", "MOMO-GLOBAL", "ETFMM-US", "FX-G10");
    assertThat(ref.books()).allSatisfy(b -> assertThat(strategyCodes).contains(b.strategyCode()));
    assertThat(ref.books().stream().map(Book::strategyCode).distinct().count())
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void counterpartiesAreUsAndEuropeanBrokersTwoCustodiansAndTwoBanksWithValidIdentifiers() {
    List<Counterparty> all = firm.referenceData().counterparties();
    List<Counterparty> brokers =
        all.stream().filter(c -> c.role() == CounterpartyRole.BROKER).toList();

    assertThat(brokers).hasSizeGreaterThanOrEqualTo(4);
    assertThat(brokers).extracting(Counterparty::country).contains("US", "GB", "DE");
    assertThat(all.stream().filter(c -> c.role() == CounterpartyRole.CUSTODIAN))
        .extracting(Counterparty::country)
        .containsExactlyInAnyOrder("US", "GB");
    assertThat(all.stream().filter(c -> c.role() == CounterpartyRole.BANK)).hasSize(2);
    assertThat(all)
        .allSatisfy(
            c -> {
              assertThat(Lei.parse(c.lei().value())).isEqualTo(c.lei());
              assertThat(c.bic().countryCode()).isEqualTo(c.country());
            });
    assertThat(all).extracting(Counterparty::code).doesNotHaveDuplicates();
    assertThat(all).extracting(c -> c.lei().value()).doesNotHaveDuplicates();
  }

  @Test
  void everyCurrencyHasExactlyOneCashAccountAndEveryBookOneTradingAccount() {
    List<Account> all = firm.referenceData().accounts();
    List<Account> cash = all.stream().filter(a -> a.type() == AccountType.CASH).toList();

    assertThat(cash)
        .extracting(a -> a.currency().code())
        .containsExactlyInAnyOrder("USD", "EUR", "GBP");
    assertThat(cash)
        .allSatisfy(
            a ->
                assertThat(counterparties.get(a.provider().value()).role())
                    .isEqualTo(CounterpartyRole.BANK));
    cash.stream()
        .filter(a -> !a.currency().equals(CurrencyCode.USD))
        .forEach(a -> assertThat(isValidIban(a.number())).as(a.number()).isTrue());
    assertThat(
            cash.stream()
                .filter(a -> a.currency().equals(CurrencyCode.USD))
                .findFirst()
                .orElseThrow()
                .number())
        .matches("\\d{8,17}");
    for (Book b : firm.referenceData().books()) {
      assertThat(
              all.stream().filter(a -> a.type() == AccountType.TRADING && b.id().equals(a.book())))
          .hasSize(1);
    }
    List<Account> custody = all.stream().filter(a -> a.type() == AccountType.CUSTODY).toList();
    assertThat(custody)
        .extracting(a -> counterparties.get(a.provider().value()).country())
        .containsExactlyInAnyOrder("US", "GB");
  }

  @Test
  void universeCoversUsUkEuroAreaEtfsAndFxWithConsistentConventions() {
    List<Instrument> all = firm.referenceData().instruments();
    Map<String, Long> byCountry =
        all.stream()
            .filter(i -> i.assetClass() == AssetClass.EQUITY)
            .collect(
                Collectors.groupingBy(Instrument::country, TreeMap::new, Collectors.counting()));

    assertThat(all).hasSizeGreaterThanOrEqualTo(200);
    assertThat(byCountry.get("US")).isBetween(100L, 120L);
    assertThat(byCountry.get("GB")).isBetween(40L, 50L);
    assertThat(byCountry.get("DE") + byCountry.get("FR") + byCountry.get("NL")).isBetween(40L, 50L);
    assertThat(all.stream().filter(i -> i.assetClass() == AssetClass.ETF))
        .hasSizeBetween(8, 12)
        .allSatisfy(i -> assertThat(i.sector()).isEqualTo("Index"));
    assertThat(all).extracting(Instrument::symbol).doesNotHaveDuplicates();
    assertThat(all).extracting(Instrument::name).doesNotHaveDuplicates();
    assertThat(all.stream().filter(i -> !i.isFx()).map(i -> i.isin().value()))
        .doesNotHaveDuplicates();

    for (Instrument i : all) {
      if (i.isFx()) {
        assertThat(i.isin()).isNull();
        assertThat(i.mic()).isNull();
        assertThat(i.baseCurrency()).isNotNull();
        assertThat(i.settlement().lagDays()).isEqualTo(2);
        assertThat(i.settlement().calendars()).hasSize(2);
        continue;
      }
      assertThat(Isin.isValid(i.isin().value())).isTrue();
      assertThat(i.isin().countryCode()).as(i.symbol()).isEqualTo(i.country());
      assertThat(i.sector()).isNotBlank();
      switch (i.country()) {
        case "US" -> {
          assertThat(i.currency()).isEqualTo(CurrencyCode.USD);
          assertThat(i.settlement()).isEqualTo(SettlementConvention.parse("T+1 XNYS"));
        }
        case "GB" -> {
          assertThat(i.currency()).isEqualTo(CurrencyCode.GBP);
          assertThat(i.mic().value()).isEqualTo("XLON");
          assertThat(i.settlement()).isEqualTo(SettlementConvention.parse("T+2 XLON"));
        }
        default -> {
          assertThat(i.currency()).isEqualTo(CurrencyCode.EUR);
          assertThat(i.settlement()).isEqualTo(SettlementConvention.parse("T+2 TARGET"));
        }
      }
    }
    assertThat(all.stream().filter(Instrument::isFx).map(Instrument::symbol))
        .containsExactlyInAnyOrder("EUR/USD", "GBP/USD", "EUR/GBP");
  }

  // ---------------------------------------------------------------------------------------------
  // Market data

  @Test
  void pricesExistExactlyOnTheBusinessDaysOfEachInstrumentsMarket() {
    List<LocalDate> history = historyDays();
    assertThat(history).hasSize(CONFIG.historyDays()).endsWith(AS_OF);
    long expected = 0;
    for (Instrument i : firm.referenceData().instruments()) {
      if (i.isFx()) {
        assertThat(closes).doesNotContainKey(i.id().value());
        continue;
      }
      HolidayCalendar market = tradingCalendar(i);
      List<LocalDate> open = history.stream().filter(market::isBusinessDay).toList();
      assertThat(closes.get(i.id().value()).keySet())
          .as(i.symbol())
          .containsExactlyElementsOf(open);
      expected += open.size();
    }
    assertThat(firm.prices()).hasSize((int) expected);
    assertThat(firm.prices().size()).isGreaterThan((int) (0.95 * CONFIG.historyDays() * 210));
    assertThat(firm.prices()).allSatisfy(p -> assertThat(p.volume()).isPositive());
  }

  @Test
  void pricesStayAtRealisticLevelsForTheirMarket() {
    for (Instrument i : firm.referenceData().instruments()) {
      if (i.isFx()) {
        continue;
      }
      double[] range =
          switch (i.currency().code()) {
            case "GBP" -> new double[] {0.5, 60};
            case "EUR" -> new double[] {5, 400};
            default -> new double[] {5, 600};
          };
      assertThat(closes.get(i.id().value()).values())
          .as(i.symbol())
          .allSatisfy(p -> assertThat(p).isBetween(range[0], range[1]));
    }
  }

  @Test
  void fxRatesCoverEveryWeekdayButNewYearAndChristmasAndEurGbpIsTheCross() {
    Map<LocalDate, Map<String, BigDecimal>> byDate = new TreeMap<>();
    for (FxRate r : firm.fxRates()) {
      byDate.computeIfAbsent(r.date(), d -> new TreeMap<>()).put(r.pair(), r.rate());
      assertThat(r.rate().scale()).isEqualTo(6);
    }
    List<LocalDate> history = historyDays();
    for (LocalDate d = history.get(0); !d.isAfter(AS_OF); d = d.plusDays(1)) {
      boolean weekday =
          d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
      boolean closed =
          d.getDayOfYear() == 1 || (d.getMonthValue() == 12 && d.getDayOfMonth() == 25);
      assertThat(byDate.containsKey(d)).as(d.toString()).isEqualTo(weekday && !closed);
    }
    for (Map<String, BigDecimal> day : byDate.values()) {
      double eurUsd = day.get("EUR/USD").doubleValue();
      double gbpUsd = day.get("GBP/USD").doubleValue();
      assertThat(eurUsd).isBetween(1.05, 1.20);
      assertThat(gbpUsd).isBetween(1.22, 1.38);
      assertThat(day.get("EUR/GBP").doubleValue()).isCloseTo(eurUsd / gbpUsd, within(1e-6));
    }
  }

  @Test
  void sameSectorUsStocksMoveTogetherMoreThanStocksInDifferentRegions() {
    List<Instrument> us = equities("US");
    List<Instrument> europe = new ArrayList<>(equities("GB"));
    europe.addAll(equities("DE"));

    double sameSector = 0;
    int sameSectorPairs = 0;
    for (int a = 0; a < us.size(); a++) {
      for (int b = a + 1; b < us.size(); b++) {
        if (us.get(a).sector().equals(us.get(b).sector())) {
          sameSector += correlation(us.get(a), us.get(b));
          sameSectorPairs++;
        }
      }
    }
    double crossRegion = 0;
    int crossPairs = 0;
    for (Instrument a : us) {
      for (Instrument b : europe) {
        if (!a.sector().equals(b.sector())) {
          crossRegion += correlation(a, b);
          crossPairs++;
        }
      }
    }
    sameSector /= sameSectorPairs;
    crossRegion /= crossPairs;

    assertThat(sameSectorPairs).isGreaterThan(100);
    assertThat(sameSector).isGreaterThan(0.3);
    assertThat(crossRegion).isPositive();
    assertThat(sameSector).isGreaterThan(crossRegion + 0.1);
  }

  @Test
  void stressWindowShowsAVolatileSellOffInTheUsMarketIndex() {
    DemoFirmGenerator.StressWindow window = generator.stressWindow(CONFIG);
    List<LocalDate> history = historyDays();
    int start = history.indexOf(window.start());
    int end = history.indexOf(window.end());

    assertThat(history.size() - 1 - start).isBetween(100, 200);
    assertThat(end - start).isBetween(5, 15);
    assertThat(window.marketDrawdown()).isBetween(-0.25, -0.15);
    assertThat(window.recoveryEnd()).isAfter(window.end());

    TreeMap<LocalDate, Double> index = usEqualWeightIndex();
    double drawdown =
        index.floorEntry(window.end()).getValue() / index.lowerEntry(window.start()).getValue() - 1;
    assertThat(drawdown).isBetween(-0.35, -0.10);
    double recovered =
        index.floorEntry(window.recoveryEnd()).getValue()
                / index.floorEntry(window.end()).getValue()
            - 1;
    assertThat(recovered).isPositive();
    double stressVol = dailyVol(index, window.start(), window.end());
    double calmVol = dailyVol(index, history.get(start - 60), history.get(start - 1));
    assertThat(stressVol).isGreaterThan(2 * calmVol);
  }

  // ---------------------------------------------------------------------------------------------
  // Trades

  @Test
  void everyTradingDayHasTheConfiguredNumberOfExecutions() {
    Map<LocalDate, Long> perDay =
        firm.trades().stream()
            .collect(Collectors.groupingBy(Trade::tradeDate, TreeMap::new, Collectors.counting()));

    assertThat(firm.tradingDays()).hasSize(CONFIG.tradingDays()).endsWith(AS_OF);
    assertThat(firm.tradingDays())
        .containsExactlyElementsOf(
            historyDays()
                .subList(CONFIG.historyDays() - CONFIG.tradingDays(), CONFIG.historyDays()));
    assertThat(perDay.keySet()).containsExactlyElementsOf(firm.tradingDays());
    assertThat(perDay.values())
        .allSatisfy(n -> assertThat(n).isEqualTo((long) CONFIG.tradesPerDay()));
  }

  @Test
  void executionsHappenOnlyOnMarketBusinessDaysWithinTradingHours() {
    for (Trade t : firm.trades()) {
      Instrument i = instruments.get(t.instrumentId().value());
      ZoneId zone;
      LocalTime open;
      LocalTime close;
      if (i.isFx()) {
        zone = ZoneId.of("UTC");
        open = LocalTime.MIDNIGHT;
        close = LocalTime.of(21, 0);
        assertThat(t.tradeDate().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      } else {
        assertThat(tradingCalendar(i).isBusinessDay(t.tradeDate())).as(t.toString()).isTrue();
        switch (i.country()) {
          case "US" -> {
            zone = ZoneId.of("America/New_York");
            open = LocalTime.of(9, 30);
            close = LocalTime.of(16, 0);
          }
          case "GB" -> {
            zone = ZoneId.of("Europe/London");
            open = LocalTime.of(8, 0);
            close = LocalTime.of(16, 30);
          }
          default -> {
            zone = ZoneId.of("Europe/Berlin");
            open = LocalTime.of(9, 0);
            close = LocalTime.of(17, 30);
          }
        }
      }
      ZonedDateTime local = t.executionTime().atZone(zone);
      assertThat(local.toLocalDate()).isEqualTo(t.tradeDate());
      assertThat(local.toLocalTime()).as(t.toString()).isBetween(open, close);
    }
  }

  @Test
  void settlementDatesAreTheCalculatorsForTheInstrumentsConvention() {
    SettlementDateCalculator calculator = new SettlementDateCalculator(CALENDARS);

    assertThat(firm.trades())
        .allSatisfy(
            t ->
                assertThat(t.settlementDate())
                    .isEqualTo(
                        calculator.settlementDate(
                            instruments.get(t.instrumentId().value()), t.tradeDate())));
  }

  @Test
  void grossIsQuantityTimesPriceAndCostsFollowBrokerAndMarketRules() {
    for (Trade t : firm.trades()) {
      Instrument i = instruments.get(t.instrumentId().value());
      assertThat(t.grossAmount())
          .isEqualTo(t.quantity().multiply(t.price()).setScale(2, RoundingMode.HALF_EVEN));
      assertThat(t.currency()).isEqualTo(i.currency());
      assertThat(t.commission().scale()).isEqualTo(2);
      assertThat(t.fees().scale()).isEqualTo(2);
      if (i.isFx()) {
        assertThat(t.commission().signum()).isZero();
        assertThat(t.fees().signum()).isZero();
        assertThat(t.quantity().remainder(BigDecimal.valueOf(1_000_000)).signum()).isZero();
        continue;
      }
      assertThat(t.commission().signum()).isPositive();
      assertThat(t.commission().doubleValue())
          .isLessThan(t.grossAmount().doubleValue() * 0.001 + 5);
      BigDecimal expectedFees;
      if (t.side() == Side.BUY && i.country().equals("GB")) {
        expectedFees =
            t.grossAmount().multiply(new BigDecimal("0.005")).setScale(2, RoundingMode.HALF_UP);
      } else if (t.side() == Side.BUY && i.country().equals("FR")) {
        expectedFees =
            t.grossAmount().multiply(new BigDecimal("0.004")).setScale(2, RoundingMode.HALF_UP);
      } else if (t.side() == Side.SELL && i.country().equals("US")) {
        assertThat(t.fees().signum()).as(t.toString()).isPositive();
        assertThat(t.fees().doubleValue())
            .isLessThan(t.grossAmount().doubleValue() * 0.0001 + 0.02);
        continue;
      } else {
        expectedFees = BigDecimal.ZERO.setScale(2);
      }
      assertThat(t.fees()).as(t.toString()).isEqualTo(expectedFees);
    }
  }

  @Test
  void pricesAreWholeTicksNearTheDaysClose() {
    int far = 0;
    for (Trade t : firm.trades()) {
      Instrument i = instruments.get(t.instrumentId().value());
      BigDecimal tick =
          i.isFx()
              ? new BigDecimal("0.00001")
              : switch (i.currency().code()) {
                case "USD" -> new BigDecimal("0.01");
                case "GBP" -> new BigDecimal("0.0001");
                default -> new BigDecimal("0.001");
              };
      assertThat(t.price().remainder(tick).signum()).as(t.toString()).isZero();
      if (i.isFx()) {
        continue;
      }
      double close = closes.get(i.id().value()).get(t.tradeDate());
      double deviation = Math.abs(Math.log(t.price().doubleValue() / close));
      assertThat(deviation).as(t.toString()).isLessThan(0.3);
      if (deviation > 0.05) {
        far++;
      }
    }
    assertThat(far).isLessThan(firm.trades().size() / 100);
  }

  @Test
  void partialFillsOfAParentOrderShareItsTermsAndAddUpToARealisticSize() {
    Map<String, List<Trade>> orders =
        firm.trades().stream()
            .collect(Collectors.groupingBy(Trade::orderId, TreeMap::new, Collectors.toList()));
    Map<LocalDate, Map<String, BigDecimal>> fx = fxByDate();

    int multiFill = 0;
    for (Map.Entry<String, List<Trade>> e : orders.entrySet()) {
      List<Trade> fills = e.getValue();
      Trade first = fills.get(0);
      assertThat(e.getKey()).matches("O-[A-Z]+-\\d{8}-\\d{5,}");
      assertThat(e.getKey()).contains(first.tradeDate().toString().replace("-", ""));
      assertThat(fills)
          .allSatisfy(
              f -> {
                assertThat(f.bookId()).isEqualTo(first.bookId());
                assertThat(f.instrumentId()).isEqualTo(first.instrumentId());
                assertThat(f.side()).isEqualTo(first.side());
                assertThat(f.counterpartyId()).isEqualTo(first.counterpartyId());
                assertThat(f.tradeDate()).isEqualTo(first.tradeDate());
              });
      if (fills.size() > 1) {
        multiFill++;
      }
      Instrument i = instruments.get(first.instrumentId().value());
      if (i.isFx()) {
        continue;
      }
      double usdPerUnit =
          switch (i.currency().code()) {
            case "EUR" -> fx.get(first.tradeDate()).get("EUR/USD").doubleValue();
            case "GBP" -> fx.get(first.tradeDate()).get("GBP/USD").doubleValue();
            default -> 1;
          };
      double usd =
          fills.stream().mapToDouble(f -> f.grossAmount().doubleValue()).sum() * usdPerUnit;
      assertThat(usd).as(e.getKey()).isBetween(15_000.0, 2_100_000.0);
    }
    assertThat(multiFill).isGreaterThan(orders.size() / 2);
  }

  @Test
  void tradeIdsRunFromOneInExecutionTimeOrderAndExecutionIdsAreUnique() {
    List<Trade> trades = firm.trades();
    for (int k = 0; k < trades.size(); k++) {
      Trade t = trades.get(k);
      assertThat(t.id().value()).isEqualTo(k + 1L);
      if (k > 0) {
        assertThat(t.executionTime()).isAfterOrEqualTo(trades.get(k - 1).executionTime());
      }
    }
    assertThat(trades).extracting(Trade::execId).doesNotHaveDuplicates();
    assertThat(trades).extracting(Trade::brokerRef).doesNotHaveDuplicates();
    assertThat(trades)
        .allSatisfy(
            t -> {
              String broker = counterparties.get(t.counterpartyId().value()).code();
              assertThat(t.brokerRef())
                  .startsWith(broker + "-" + t.tradeDate().toString().replace("-", ""));
            });
  }

  @Test
  void tradesUseTheDocumentedAccountsAndRegionalBrokers() {
    for (Trade t : firm.trades()) {
      Instrument i = instruments.get(t.instrumentId().value());
      Account account = accounts.get(t.accountId().value());
      Counterparty broker = counterparties.get(t.counterpartyId().value());
      assertThat(broker.role()).isEqualTo(CounterpartyRole.BROKER);
      if (i.isFx()) {
        assertThat(account.type()).isEqualTo(AccountType.CASH);
        assertThat(account.currency()).isEqualTo(i.baseCurrency());
        continue;
      }
      assertThat(account.type()).isEqualTo(AccountType.CUSTODY);
      String custodianCountry = counterparties.get(account.provider().value()).country();
      assertThat(custodianCountry).isEqualTo(i.country().equals("US") ? "US" : "GB");
      if (i.country().equals("US")) {
        assertThat(broker.country()).isEqualTo("US");
      } else {
        assertThat(broker.country()).isNotEqualTo("US");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Settlement and status

  @Test
  void everyTradeDueByTheBusinessDateHasExactlyOneOutcome() {
    Map<Long, SettlementOutcome> outcomes = outcomesByTrade(firm);
    List<Trade> due =
        firm.trades().stream().filter(t -> !t.settlementDate().isAfter(AS_OF)).toList();

    assertThat(firm.settlementOutcomes()).hasSameSizeAs(due);
    assertThat(due)
        .allSatisfy(
            t ->
                assertThat(outcomes.get(t.id().value()).intendedDate())
                    .isEqualTo(t.settlementDate()));
  }

  @Test
  void lateAndFailedSettlementsRoughlyMatchTheFaultRates() {
    SettlementDateCalculator calculator = new SettlementDateCalculator(CALENDARS);
    List<SettlementOutcome> outcomes = firm.settlementOutcomes();
    Map<Long, Trade> trades = byId(firm.trades(), t -> t.id().value());
    long late = outcomes.stream().filter(o -> o.actualDate() != null && !o.settledOnTime()).count();
    long failing = outcomes.stream().filter(SettlementOutcome::stillFailing).count();
    double n = outcomes.size();

    assertThat(late / n)
        .isBetween(
            0.5 * FaultRates.DEFAULTS.lateSettlement(), 1.2 * FaultRates.DEFAULTS.lateSettlement());
    assertThat(failing / n)
        .isBetween(
            0.5 * FaultRates.DEFAULTS.failedSettlement(),
            FaultRates.DEFAULTS.failedSettlement() + 0.5 * FaultRates.DEFAULTS.lateSettlement());
    for (SettlementOutcome o : outcomes) {
      if (o.settledOnTime()) {
        assertThat(o.failReason()).isEmpty();
        continue;
      }
      assertThat(o.failReason()).isIn("LACK", "MONY", "CMIS");
      if (o.actualDate() != null) {
        Instrument i = instruments.get(trades.get(o.tradeId().value()).instrumentId().value());
        LocalDate latest =
            calculator.settlementDate(
                new SettlementConvention(3, i.settlement().calendars()), o.intendedDate());
        assertThat(o.actualDate())
            .isAfter(o.intendedDate())
            .isBeforeOrEqualTo(latest)
            .isBeforeOrEqualTo(AS_OF);
      }
    }
  }

  @Test
  void statusesAreThoseAtTheStartOfTheBusinessDate() {
    Map<Long, SettlementOutcome> outcomes = outcomesByTrade(firm);
    int notDueBefore = 0;
    int affirmed = 0;
    int tradedToday = 0;
    int stillNew = 0;
    for (Trade t : firm.trades()) {
      SettlementOutcome o = outcomes.get(t.id().value());
      if (t.settlementDate().isBefore(AS_OF)) {
        boolean settled = o.actualDate() != null && o.actualDate().isBefore(AS_OF);
        assertThat(t.status())
            .as(t.toString())
            .isEqualTo(settled ? TradeStatus.SETTLED : TradeStatus.FAILED);
      } else if (t.settlementDate().equals(AS_OF)) {
        assertThat(t.status()).isEqualTo(TradeStatus.AFFIRMED);
      } else if (t.tradeDate().isBefore(AS_OF)) {
        assertThat(t.status()).isIn(TradeStatus.AFFIRMED, TradeStatus.CONFIRMED);
        notDueBefore++;
        affirmed += t.status() == TradeStatus.AFFIRMED ? 1 : 0;
      } else {
        assertThat(t.status()).isIn(TradeStatus.NEW, TradeStatus.CONFIRMED);
        tradedToday++;
        stillNew += t.status() == TradeStatus.NEW ? 1 : 0;
      }
    }
    assertThat(notDueBefore).isPositive();
    assertThat((double) affirmed / notDueBefore).isCloseTo(0.95, within(0.03));
    assertThat(tradedToday).isEqualTo(CONFIG.tradesPerDay());
    assertThat((double) stillNew / tradedToday).isCloseTo(0.70, within(0.05));
    assertThat(firm.trades())
        .extracting(Trade::status)
        .contains(TradeStatus.SETTLED, TradeStatus.FAILED, TradeStatus.AFFIRMED);
  }

  @Test
  void withoutFaultsEverythingSettlesOnTime() {
    DemoFirm clean = generator.generate(new DemoConfig(5, AS_OF, 40, 5, 500, FaultRates.NONE));

    assertThat(clean.settlementOutcomes())
        .isNotEmpty()
        .allSatisfy(o -> assertThat(o.settledOnTime()).isTrue());
    assertThat(clean.trades()).extracting(Trade::status).doesNotContain(TradeStatus.FAILED);
  }

  // ---------------------------------------------------------------------------------------------
  // Opening book

  @Test
  void openingBookHasLongsAndShortsInCustodyAndCashInEveryCurrency() {
    LocalDate openingDate = historyDays().get(CONFIG.historyDays() - CONFIG.tradingDays() - 1);
    Map<Long, Book> books = byId(firm.referenceData().books(), b -> b.id().value());

    assertThat(firm.openingPositions())
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.asOf()).isEqualTo(openingDate);
              assertThat(p.quantity().signum()).isNotZero();
              Instrument i = instruments.get(p.instrument().value());
              assertThat(i.isFx()).isFalse();
              Account custody = accounts.get(p.custodyAccount().value());
              assertThat(custody.type()).isEqualTo(AccountType.CUSTODY);
              assertThat(counterparties.get(custody.provider().value()).country())
                  .isEqualTo(i.country().equals("US") ? "US" : "GB");
            });
    Map<Boolean, Long> statArbSides =
        firm.openingPositions().stream()
            .filter(p -> books.get(p.book().value()).strategyCode().equals("STATARB"))
            .collect(
                Collectors.partitioningBy(p -> p.quantity().signum() > 0, Collectors.counting()));
    assertThat(statArbSides.get(true)).isGreaterThan(40);
    assertThat(statArbSides.get(false)).isGreaterThan(40);
    assertThat(firm.openingCash())
        .hasSize(3)
        .allSatisfy(
            c -> {
              assertThat(c.asOf()).isEqualTo(openingDate);
              assertThat(accounts.get(c.cashAccount().value()).type()).isEqualTo(AccountType.CASH);
              assertThat(c.balance().doubleValue()).isBetween(10e6, 200e6);
              assertThat(c.balance().scale()).isEqualTo(2);
            });
  }

  // ---------------------------------------------------------------------------------------------
  // Progress, cancellation, validation, scale

  @Test
  void progressRisesFromZeroToOne() {
    List<Double> reported = new ArrayList<>();

    generator.generate(
        new DemoConfig(3, AS_OF, 60, 5, 200, FaultRates.DEFAULTS), reported::add, () -> false);

    assertThat(reported).first().isEqualTo(0.0);
    assertThat(reported).last().isEqualTo(1.0);
    assertThat(reported).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void cancellingStopsGeneration() {
    AtomicBoolean cancel = new AtomicBoolean();
    List<Double> reported = new ArrayList<>();

    assertThatThrownBy(
            () ->
                generator.generate(
                    CONFIG,
                    f -> {
                      reported.add(f);
                      if (f > 0.2) {
                        cancel.set(true);
                      }
                    },
                    cancel::get))
        .isInstanceOf(CancellationException.class);
    assertThat(reported).last().isNotEqualTo(1.0);
    assertThat(reported.get(reported.size() - 1)).isLessThan(0.6);
  }

  @Test
  void rejectsABusinessDateWhenNoMarketIsOpenAndSuggestsOne() {
    LocalDate saturday = LocalDate.of(2025, 11, 22);
    LocalDate goodFriday = LocalDate.of(2025, 4, 18);

    assertThatThrownBy(() -> generator.generate(DemoConfig.defaults(saturday)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025-11-21");
    assertThat(generator.businessDateOnOrBefore(saturday)).isEqualTo(LocalDate.of(2025, 11, 21));
    assertThat(generator.isBusinessDay(goodFriday)).isFalse();
    assertThat(generator.isBusinessDay(LocalDate.of(2025, 11, 27)))
        .as("US Thanksgiving, Europe open")
        .isTrue();
  }

  @Test
  void rejectsCalendarsWithoutTheOnesTheFirmNeeds() {
    Map<String, HolidayCalendar> partial = new TreeMap<>(CALENDARS);
    partial.remove("USNY");

    assertThatThrownBy(() -> new DemoFirmGenerator(partial))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("USNY");
  }

  @Test
  void tradesOnlyInMarketsThatAreOpenWhenOthersAreClosed() {
    LocalDate thanksgiving = LocalDate.of(2025, 11, 27);
    DemoFirm holiday =
        generator.generate(new DemoConfig(9, thanksgiving, 40, 1, 1000, FaultRates.DEFAULTS));

    assertThat(holiday.trades())
        .hasSize(1000)
        .allSatisfy(
            t ->
                assertThat(instruments(holiday).get(t.instrumentId().value()).country())
                    .isNotEqualTo("US"));
  }

  @Test
  void shortHistoryStillHasItsStressWindowInside() {
    DemoConfig shortest = new DemoConfig(11, AS_OF, 30, 5, 100, FaultRates.DEFAULTS);

    DemoFirmGenerator.StressWindow window = generator.stressWindow(shortest);
    DemoFirm small = generator.generate(shortest);

    assertThat(window.start()).isAfter(small.prices().get(0).date());
    assertThat(window.recoveryEnd()).isBeforeOrEqualTo(AS_OF);
    assertThat(small.trades()).hasSize(500);
  }

  @Test
  void canProduceTwoHundredThousandTrades() {
    DemoFirm big =
        generator.generate(new DemoConfig(7, AS_OF, 40, 10, 20_000, FaultRates.DEFAULTS));

    assertThat(big.trades()).hasSize(200_000);
    assertThat(big.trades().get(199_999).id().value()).isEqualTo(200_000L);
    Set<String> execIds = new HashSet<>();
    big.trades().forEach(t -> execIds.add(t.execId()));
    assertThat(execIds).hasSize(200_000);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
    Map<Long, T> m = new TreeMap<>();
    items.forEach(i -> m.put(id.apply(i), i));
    return m;
  }

  private static Map<Long, Instrument> instruments(DemoFirm f) {
    return byId(f.referenceData().instruments(), i -> i.id().value());
  }

  private static Map<Long, SettlementOutcome> outcomesByTrade(DemoFirm f) {
    return byId(f.settlementOutcomes(), o -> o.tradeId().value());
  }

  /** The firm's business days: weekdays when XNYS, XLON or XETR is open. */
  private static List<LocalDate> historyDays() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = AS_OF; days.size() < CONFIG.historyDays(); d = d.minusDays(1)) {
      if (CALENDARS.get("XNYS").isBusinessDay(d)
          || CALENDARS.get("XLON").isBusinessDay(d)
          || CALENDARS.get("XETR").isBusinessDay(d)) {
        days.add(0, d);
      }
    }
    return days;
  }

  private static HolidayCalendar tradingCalendar(Instrument i) {
    return switch (i.country()) {
      case "US" -> CALENDARS.get("XNYS");
      case "GB" -> CALENDARS.get("XLON");
      default -> CALENDARS.get("XETR");
    };
  }

  private static List<Instrument> equities(String country) {
    return firm.referenceData().instruments().stream()
        .filter(i -> i.assetClass() == AssetClass.EQUITY && i.country().equals(country))
        .toList();
  }

  private static Map<LocalDate, Map<String, BigDecimal>> fxByDate() {
    Map<LocalDate, Map<String, BigDecimal>> m = new TreeMap<>();
    firm.fxRates()
        .forEach(r -> m.computeIfAbsent(r.date(), d -> new TreeMap<>()).put(r.pair(), r.rate()));
    return m;
  }

  /** Pearson correlation of log returns between the dates both instruments have a close. */
  private static double correlation(Instrument a, Instrument b) {
    TreeMap<LocalDate, Double> pa = closes.get(a.id().value());
    TreeMap<LocalDate, Double> pb = closes.get(b.id().value());
    List<double[]> returns = new ArrayList<>();
    double[] previous = null;
    for (Map.Entry<LocalDate, Double> e : pa.entrySet()) {
      Double other = pb.get(e.getKey());
      if (other == null) {
        continue;
      }
      if (previous != null) {
        returns.add(
            new double[] {Math.log(e.getValue() / previous[0]), Math.log(other / previous[1])});
      }
      previous = new double[] {e.getValue(), other};
    }
    double n = returns.size();
    double mx = returns.stream().mapToDouble(r -> r[0]).sum() / n;
    double my = returns.stream().mapToDouble(r -> r[1]).sum() / n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (double[] r : returns) {
      sxy += (r[0] - mx) * (r[1] - my);
      sxx += (r[0] - mx) * (r[0] - mx);
      syy += (r[1] - my) * (r[1] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /**
   * An equal-weighted index of US equities (average daily log return, compounded), on XNYS days.
   */
  private static TreeMap<LocalDate, Double> usEqualWeightIndex() {
    List<Instrument> us = equities("US");
    TreeMap<LocalDate, Double> index = new TreeMap<>();
    List<LocalDate> dates = new ArrayList<>(closes.get(us.get(0).id().value()).keySet());
    double level = 100;
    index.put(dates.get(0), level);
    for (int k = 1; k < dates.size(); k++) {
      double sum = 0;
      for (Instrument i : us) {
        TreeMap<LocalDate, Double> p = closes.get(i.id().value());
        sum += Math.log(p.get(dates.get(k)) / p.get(dates.get(k - 1)));
      }
      level *= Math.exp(sum / us.size());
      index.put(dates.get(k), level);
    }
    return index;
  }

  private static double dailyVol(TreeMap<LocalDate, Double> index, LocalDate from, LocalDate to) {
    List<Double> levels =
        new ArrayList<>(index.subMap(index.lowerKey(from), true, to, true).values());
    double[] r = new double[levels.size() - 1];
    for (int k = 1; k < levels.size(); k++) {
      r[k - 1] = Math.log(levels.get(k) / levels.get(k - 1));
    }
    double mean = Arrays.stream(r).average().orElse(0);
    return Math.sqrt(Arrays.stream(r).map(x -> (x - mean) * (x - mean)).sum() / r.length);
  }

  /**
   * ISO 13616: move the first four characters to the end, letters to numbers, the whole mod 97 must
   * be 1.
   */
  private static boolean isValidIban(String iban) {
    if (!iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]{10,30}")) {
      return false;
    }
    StringBuilder digits = new StringBuilder();
    for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }
}
