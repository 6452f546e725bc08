package com.tickmark.model.demo;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.AccountType;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.Bic;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.Isin;
import com.tickmark.model.refdata.Lei;
import com.tickmark.model.refdata.Mic;
import com.tickmark.model.refdata.SettlementConvention;
import com.tickmark.model.refdata.Strategy;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The demo firm's static world: its reference data (see {@link DemoFirmGenerator} for what it
 * contains) and, for every instrument, the parameters the market simulation needs (market, sector,
 * beta, volatility, liquidity, price range). Built from the seed and the name lists only.
 */
final class DemoUniverse {

  /** Where an instrument trades: its trading calendar, time zone and continuous-session hours. */
  enum Market {
    US("XNYS", ZoneId.of("America/New_York"), LocalTime.of(9, 30), LocalTime.of(16, 0)),
    UK("XLON", ZoneId.of("Europe/London"), LocalTime.of(8, 0), LocalTime.of(16, 30)),
    EU("XETR", ZoneId.of("Europe/Berlin"), LocalTime.of(9, 0), LocalTime.of(17, 30)),
    /** FX spot: every weekday but 1 January and 25 December, 00:00 to 21:00 UTC. */
    FX(null, ZoneId.of("UTC"), LocalTime.of(0, 0), LocalTime.of(21, 0));

    final String calendarCode;
    final ZoneId zone;
    final LocalTime open;
    final LocalTime close;

    Market(String calendarCode, ZoneId zone, LocalTime open, LocalTime close) {
      this.calendarCode = calendarCode;
      this.zone = zone;
      this.open = open;
      this.close = close;
    }
  }

  /** An instrument with the parameters of its simulated price. */
  static final class Listing {
    final int index;
    final Instrument instrument;
    final Market market;

    /** Index into the sector list, or -1 (broad ETFs, FX). */
    final int sector;

    final double beta;
    final double sectorLoading;
    final double idioDailyVol;
    final double dailyVol;

    /** Average daily traded value in the instrument's currency. */
    final double advNotional;

    final double priceLo;
    final double priceHi;

    /** Where the price should roughly end up on the business date. */
    final double targetPrice;

    /** Half the bid-ask spread, as a fraction of the price. */
    final double halfSpread;

    Listing(
        int index,
        Instrument instrument,
        Market market,
        int sector,
        double beta,
        double sectorLoading,
        double idioDailyVol,
        double advNotional,
        double priceLo,
        double priceHi,
        double targetPrice,
        double halfSpread) {
      this.index = index;
      this.instrument = instrument;
      this.market = market;
      this.sector = sector;
      this.beta = beta;
      this.sectorLoading = sectorLoading;
      this.idioDailyVol = idioDailyVol;
      double sys =
          market == Market.FX
              ? 0
              : beta
                      * beta
                      * DemoMarketSimulator.MARKET_DAILY_VOL[market.ordinal()]
                      * DemoMarketSimulator.MARKET_DAILY_VOL[market.ordinal()]
                  + sectorLoading
                      * sectorLoading
                      * DemoMarketSimulator.SECTOR_DAILY_VOL
                      * DemoMarketSimulator.SECTOR_DAILY_VOL;
      this.dailyVol = Math.sqrt(sys + idioDailyVol * idioDailyVol);
      this.advNotional = advNotional;
      this.priceLo = priceLo;
      this.priceHi = priceHi;
      this.targetPrice = targetPrice;
      this.halfSpread = halfSpread;
    }

    boolean isFx() {
      return market == Market.FX;
    }

    boolean isEtf() {
      return instrument.assetClass() == AssetClass.ETF;
    }

    /** The annualised volatility the model aims for. */
    double annualVol() {
      return dailyVol * Math.sqrt(252);
    }

    /** The price increment this instrument trades in. */
    BigDecimal tick(double price) {
      return DemoUniverse.tick(instrument.currency(), isFx(), price);
    }
  }

  /**
   * A broker's commission schedule: basis points of gross, with a minimum per execution in the
   * trade currency.
   */
  record BrokerTerms(Counterparty counterparty, double bps, BigDecimal minimum) {
    String code() {
      return counterparty.code();
    }
  }

  // Books, in BookId order (1..5).
  static final int STATARB_US = 0;
  static final int STATARB_EU = 1;
  static final int MOMO_GLOBAL = 2;
  static final int ETFMM_US = 3;
  static final int FX_G10 = 4;

  static final int US_EQUITIES = 110;
  static final int UK_EQUITIES = 45;
  static final int DE_EQUITIES = 20;
  static final int FR_EQUITIES = 15;
  static final int NL_EQUITIES = 10;

  static final String CASH_USD = "CASH-USD";
  static final String CASH_EUR = "CASH-EUR";
  static final String CASH_GBP = "CASH-GBP";
  static final String CUSTODY_US = "CUST-US";
  static final String CUSTODY_EU = "CUST-UKEU";

  // Per sector code: beta, annual volatility, weight in the US, UK and euro-area lists.
  private static final Map<String, double[]> SECTOR_PROFILE =
      Map.ofEntries(
          Map.entry("IT", new double[] {1.20, 0.32, 16, 5, 7}),
          Map.entry("HC", new double[] {0.90, 0.30, 13, 7, 7}),
          Map.entry("FIN", new double[] {1.10, 0.26, 13, 15, 14}),
          Map.entry("CD", new double[] {1.15, 0.30, 11, 9, 10}),
          Map.entry("CS", new double[] {0.70, 0.20, 7, 10, 8}),
          Map.entry("IND", new double[] {1.05, 0.25, 11, 12, 15}),
          Map.entry("EN", new double[] {1.00, 0.32, 6, 8, 6}),
          Map.entry("MAT", new double[] {1.05, 0.28, 5, 10, 8}),
          Map.entry("UTL", new double[] {0.55, 0.18, 5, 7, 9}),
          Map.entry("COM", new double[] {1.00, 0.28, 8, 7, 8}),
          Map.entry("RE", new double[] {0.85, 0.24, 5, 5, 4}));
  private static final double[] DEFAULT_PROFILE = {1.0, 0.27, 5, 5, 5};

  final DemoReferenceData referenceData;
  final List<String> sectorCodes;
  final List<Listing> listings;

  /** For each book, the indices of the listings it trades, in listing order. */
  final int[][] universeByBook;

  /** Brokers per market (Market ordinal), with the share of orders each gets. */
  final BrokerTerms[][] brokersByMarket;

  final double[][] brokerWeightsByMarket;
  final Account custodyUs;
  final Account custodyEurope;
  final Account cashUsd;
  final Account cashEur;
  final Account cashGbp;

  private DemoUniverse(
      DemoReferenceData referenceData,
      List<String> sectorCodes,
      List<Listing> listings,
      int[][] universeByBook,
      BrokerTerms[][] brokersByMarket,
      double[][] brokerWeightsByMarket,
      Map<String, Account> accounts) {
    this.referenceData = referenceData;
    this.sectorCodes = sectorCodes;
    this.listings = listings;
    this.universeByBook = universeByBook;
    this.brokersByMarket = brokersByMarket;
    this.brokerWeightsByMarket = brokerWeightsByMarket;
    this.custodyUs = accounts.get(CUSTODY_US);
    this.custodyEurope = accounts.get(CUSTODY_EU);
    this.cashUsd = accounts.get(CASH_USD);
    this.cashEur = accounts.get(CASH_EUR);
    this.cashGbp = accounts.get(CASH_GBP);
  }

  List<Book> books() {
    return referenceData.books();
  }

  /**
   * The custody account a security settles into: US securities at the US custodian, UK and
   * euro-area at the European one.
   */
  Account custodyAccount(Listing listing) {
    return switch (listing.market) {
      case US -> custodyUs;
      case UK, EU -> custodyEurope;
      case FX ->
          throw new IllegalArgumentException(
              "FX spot " + listing.instrument.symbol() + " settles in cash, not in custody");
    };
  }

  /** The single cash account in {@code currency}. */
  Account cashAccount(CurrencyCode currency) {
    return switch (currency.code()) {
      case "USD" -> cashUsd;
      case "EUR" -> cashEur;
      case "GBP" -> cashGbp;
      default ->
          throw new IllegalArgumentException("The demo firm has no cash account in " + currency);
    };
  }

  /**
   * The account a trade books to: the custody account for a security, the base currency's cash
   * account for FX spot.
   */
  Account tradeAccount(Listing listing) {
    return listing.isFx()
        ? cashAccount(listing.instrument.baseCurrency())
        : custodyAccount(listing);
  }

  static BigDecimal tick(CurrencyCode currency, boolean fx, double price) {
    if (fx) {
      return TICK_FX;
    }
    switch (currency.code()) {
      case "GBP":
        return price < 1 ? TICK_0001 : price < 10 ? TICK_0005 : TICK_001;
      case "EUR":
        return price < 10 ? TICK_001 : price < 50 ? TICK_005 : TICK_01;
      default:
        return TICK_01;
    }
  }

  private static final BigDecimal TICK_FX = new BigDecimal("0.00001");
  private static final BigDecimal TICK_0001 = new BigDecimal("0.0001");
  private static final BigDecimal TICK_0005 = new BigDecimal("0.0005");
  private static final BigDecimal TICK_001 = new BigDecimal("0.001");
  private static final BigDecimal TICK_005 = new BigDecimal("0.005");
  private static final BigDecimal TICK_01 = new BigDecimal("0.01");

  // ---------------------------------------------------------------------------------------------
  // Building

  static DemoUniverse build(
      long seed, Map<String, HolidayCalendar> calendars, DemoFirmNames names) {
    return new Builder(seed, names).build(calendars);
  }

  private static final class Builder {
    private final DemoRandom rnd;
    private final DemoFirmNames names;
    private final Set<String> usedSymbols = new TreeSet<>();
    private final Set<String> usedIsins = new TreeSet<>();
    private final Set<String> usedNames = new TreeSet<>();
    private final List<String> sectorCodes;
    private final List<Listing> listings = new ArrayList<>();

    Builder(long seed, DemoFirmNames names) {
      this.rnd = DemoRandom.stream(seed, 1);
      this.names = names;
      this.sectorCodes = names.list("sector.codes");
    }

    DemoUniverse build(Map<String, HolidayCalendar> calendars) {
      List<Currency> currencies =
          List.of(
              new Currency(CurrencyCode.USD, "US dollar", 2),
              new Currency(CurrencyCode.EUR, "Euro", 2),
              new Currency(CurrencyCode.GBP, "Pound sterling", 2),
              new Currency(CurrencyCode.of("CHF"), "Swiss franc", 2),
              new Currency(CurrencyCode.of("JPY"), "Japanese yen", 0),
              new Currency(CurrencyCode.of("CAD"), "Canadian dollar", 2));

      List<Strategy> strategies =
          List.of(
              new Strategy(
                  "STATARB",
                  "Statistical arbitrage",
                  "Market-neutral mean reversion on residual returns of US, UK and euro-area"
                      + " equities"),
              new Strategy(
                  "MOMO",
                  "Cross-asset momentum",
                  "Medium-term trend following in liquid large caps and index ETFs across regions,"
                      + " worked by VWAP algorithms"),
              new Strategy(
                  "ETFMM",
                  "ETF market making",
                  "Two-sided quoting in US-listed ETFs; many small fills, inventory kept near"
                      + " flat"),
              new Strategy(
                  "FXCARRY",
                  "FX carry and momentum",
                  "G10 spot FX positioned on rate differentials and trend, executed in round"
                      + " lots"));
      List<Book> books =
          List.of(
              new Book(
                  new BookId(1),
                  "STATARB-US",
                  "Statistical arbitrage - US equities",
                  "STATARB",
                  CurrencyCode.USD),
              new Book(
                  new BookId(2),
                  "STATARB-EU",
                  "Statistical arbitrage - UK and euro-area equities",
                  "STATARB",
                  CurrencyCode.EUR),
              new Book(
                  new BookId(3),
                  "MOMO-GLOBAL",
                  "Cross-asset momentum - global",
                  "MOMO",
                  CurrencyCode.USD),
              new Book(
                  new BookId(4), "ETFMM-US", "ETF market making - US", "ETFMM", CurrencyCode.USD),
              new Book(
                  new BookId(5),
                  "FX-G10",
                  "FX carry and momentum - G10 spot",
                  "FXCARRY",
                  CurrencyCode.USD));

      List<BrokerTerms> brokers =
          List.of(
              broker(
                  1, "GSX", "Granite Street Securities LLC", "US", "GRSTUS33", "5493", 0.8, "1.00"),
              broker(
                  2,
                  "HMC",
                  "Hudson Meridian Capital Markets LLC",
                  "US",
                  "HUMEUS33",
                  "5493",
                  1.1,
                  "1.50"),
              broker(3, "LWB", "Lombard Wharf Brokers Ltd", "GB", "LOWBGB2L", "2138", 3.0, "4.00"),
              broker(
                  4,
                  "MBW",
                  "Mainbruecke Wertpapierhandel AG",
                  "DE",
                  "MAWPDEFF",
                  "5299",
                  2.5,
                  "3.00"),
              broker(5, "PVX", "Pont Vieux Execution SA", "FR", "PVEXFRPP", "9695", 2.8, "3.50"));
      Counterparty usCustodian =
          counterparty(
              6,
              "BTC",
              "Beacon Trust Company NA",
              CounterpartyRole.CUSTODIAN,
              "US",
              "BETCUS33",
              "5493");
      Counterparty euCustodian =
          counterparty(
              7,
              "ACS",
              "Albion Custody Services Ltd",
              CounterpartyRole.CUSTODIAN,
              "GB",
              "ALCSGB2L",
              "2138");
      Counterparty usBank =
          counterparty(
              8,
              "FHB",
              "First Harborview Bank NA",
              CounterpartyRole.BANK,
              "US",
              "FHBVUS33",
              "5493");
      Counterparty ukBank =
          counterparty(
              9, "ALD", "Aldermoor Bank plc", CounterpartyRole.BANK, "GB", "ALDMGB2L", "2138");
      List<Counterparty> counterparties = new ArrayList<>();
      brokers.forEach(b -> counterparties.add(b.counterparty()));
      counterparties.addAll(List.of(usCustodian, euCustodian, usBank, ukBank));

      BrokerTerms gsx = brokers.get(0);
      BrokerTerms hmc = brokers.get(1);
      BrokerTerms lwb = brokers.get(2);
      BrokerTerms mbw = brokers.get(3);
      BrokerTerms pvx = brokers.get(4);
      BrokerTerms[][] brokersByMarket = new BrokerTerms[Market.values().length][];
      double[][] weights = new double[Market.values().length][];
      brokersByMarket[Market.US.ordinal()] = new BrokerTerms[] {gsx, hmc};
      weights[Market.US.ordinal()] = new double[] {0.55, 0.45};
      brokersByMarket[Market.UK.ordinal()] = new BrokerTerms[] {lwb, mbw, pvx};
      weights[Market.UK.ordinal()] = new double[] {0.6, 0.2, 0.2};
      brokersByMarket[Market.EU.ordinal()] = new BrokerTerms[] {mbw, pvx, lwb};
      weights[Market.EU.ordinal()] = new double[] {0.45, 0.35, 0.2};
      brokersByMarket[Market.FX.ordinal()] = new BrokerTerms[] {hmc, lwb};
      weights[Market.FX.ordinal()] = new double[] {0.5, 0.5};

      List<Account> accounts = new ArrayList<>();
      for (Book b : books) {
        accounts.add(
            new Account(
                new AccountId(b.id().value()),
                "TRD-" + b.code(),
                "Trading account " + b.code(),
                AccountType.TRADING,
                null,
                b.baseCurrency(),
                "",
                b.id()));
      }
      accounts.add(
          new Account(
              new AccountId(6),
              CUSTODY_US,
              "Safekeeping - US equities and ETFs (Beacon Trust)",
              AccountType.CUSTODY,
              usCustodian.id(),
              null,
              rnd.digits(4) + "-" + rnd.digits(6),
              null));
      accounts.add(
          new Account(
              new AccountId(7),
              CUSTODY_EU,
              "Safekeeping - UK and euro-area equities (Albion Custody)",
              AccountType.CUSTODY,
              euCustodian.id(),
              null,
              "ACS-" + rnd.digits(8),
              null));
      String routing = abaRoutingNumber("0260" + rnd.digits(4));
      accounts.add(
          new Account(
              new AccountId(8),
              CASH_USD,
              "USD operating account (ABA " + routing + ")",
              AccountType.CASH,
              usBank.id(),
              CurrencyCode.USD,
              rnd.digits(10),
              null));
      String sortCode = "40" + rnd.digits(4);
      accounts.add(
          new Account(
              new AccountId(9),
              CASH_EUR,
              "EUR operating account",
              AccountType.CASH,
              ukBank.id(),
              CurrencyCode.EUR,
              iban("GB", "ALDM" + sortCode + rnd.digits(8)),
              null));
      accounts.add(
          new Account(
              new AccountId(10),
              CASH_GBP,
              "GBP operating account",
              AccountType.CASH,
              ukBank.id(),
              CurrencyCode.GBP,
              iban("GB", "ALDM" + sortCode + rnd.digits(8)),
              null));

      buildEquities();
      buildEtfs();
      buildFx();

      List<Instrument> instruments = listings.stream().map(l -> l.instrument).toList();
      int[][] universes = universes();
      Map<String, Account> byCode = new TreeMap<>();
      accounts.forEach(a -> byCode.put(a.code(), a));
      DemoReferenceData ref =
          new DemoReferenceData(
              names.text("firm.name"),
              currencies.get(0),
              currencies,
              calendars,
              strategies,
              books,
              counterparties,
              accounts,
              instruments,
              DemoSsis.build(counterparties, byCode));
      return new DemoUniverse(
          ref, sectorCodes, List.copyOf(listings), universes, brokersByMarket, weights, byCode);
    }

    private BrokerTerms broker(
        long id,
        String code,
        String name,
        String country,
        String bic,
        String louPrefix,
        double bps,
        String minimum) {
      return new BrokerTerms(
          counterparty(id, code, name, CounterpartyRole.BROKER, country, bic, louPrefix),
          bps,
          new BigDecimal(minimum));
    }

    private Counterparty counterparty(
        long id,
        String code,
        String name,
        CounterpartyRole role,
        String country,
        String bic,
        String louPrefix) {
      StringBuilder lei = new StringBuilder(louPrefix).append("00");
      while (lei.length() < 18) {
        lei.append(rnd.alphanumeric());
      }
      return new Counterparty(
          new CounterpartyId(id),
          code,
          name,
          role,
          Lei.withCheckDigits(lei.toString()),
          new Bic(bic),
          country);
    }

    // -------------------------------------------------------------------------------------------
    // Equities

    private enum Origin {
      US("us", "US", Market.US, 2),
      UK("uk", "GB", Market.UK, 3),
      DE("de", "DE", Market.EU, 4),
      FR("fr", "FR", Market.EU, 4),
      NL("nl", "NL", Market.EU, 4);

      final String key;
      final String country;
      final Market market;

      /** Column of the sector weight in SECTOR_PROFILE. */
      final int weightColumn;

      Origin(String key, String country, Market market, int weightColumn) {
        this.key = key;
        this.country = country;
        this.market = market;
        this.weightColumn = weightColumn;
      }
    }

    private void buildEquities() {
      addEquities(Origin.US, US_EQUITIES);
      addEquities(Origin.UK, UK_EQUITIES);
      addEquities(Origin.DE, DE_EQUITIES);
      addEquities(Origin.FR, FR_EQUITIES);
      addEquities(Origin.NL, NL_EQUITIES);
    }

    private void addEquities(Origin origin, int count) {
      List<Integer> sectors = allocateSectors(origin, count);
      for (int sector : sectors) {
        String sectorCode = sectorCodes.get(sector);
        double[] profile = SECTOR_PROFILE.getOrDefault(sectorCode, DEFAULT_PROFILE);
        String name = companyName(origin, sectorCode);
        String symbol = symbol(name, origin);
        Mic mic =
            switch (origin) {
              case US ->
                  (sectorCode.equals("IT") || sectorCode.equals("COM") || sectorCode.equals("HC")
                          ? rnd.chance(0.6)
                          : rnd.chance(0.25))
                      ? Mic.XNAS
                      : Mic.XNYS;
              case UK -> Mic.XLON;
              case DE -> Mic.XETR;
              case FR -> Mic.XPAR;
              case NL -> new Mic("XAMS");
            };
        CurrencyCode ccy =
            origin == Origin.US
                ? CurrencyCode.USD
                : origin == Origin.UK ? CurrencyCode.GBP : CurrencyCode.EUR;
        SettlementConvention settlement =
            switch (origin.market) {
              case US -> SettlementConvention.of(1, "XNYS");
              case UK -> SettlementConvention.of(2, "XLON");
              default -> SettlementConvention.of(2, "TARGET");
            };
        int index = listings.size();
        Instrument instrument =
            new Instrument(
                new InstrumentId(index + 1L),
                symbol,
                name,
                AssetClass.EQUITY,
                isin(origin),
                mic,
                ccy,
                null,
                names.text("sector." + sectorCode),
                origin.country,
                settlement);

        double beta = clamp(profile[0] * rnd.uniform(0.8, 1.2), 0.4, 1.7);
        double loading = rnd.uniform(0.6, 1.1);
        double marketVol = DemoMarketSimulator.MARKET_DAILY_VOL[origin.market.ordinal()];
        double systematic =
            Math.sqrt(
                beta * beta * marketVol * marketVol
                    + loading
                        * loading
                        * DemoMarketSimulator.SECTOR_DAILY_VOL
                        * DemoMarketSimulator.SECTOR_DAILY_VOL);
        double targetVol =
            clamp(profile[1] * rnd.logUniform(0.75, 1.45), 0.15, 0.50) / Math.sqrt(252);
        // Idiosyncratic risk fills the gap to the target volatility: at least 11 % a year, and
        // never
        // so much that the total passes 50 %.
        double idio =
            Math.max(
                Math.sqrt(Math.max(targetVol * targetVol - systematic * systematic, 0.0)), 0.007);
        double maxTotal = 0.50 / Math.sqrt(252);
        idio =
            Math.min(
                idio,
                Math.sqrt(Math.max(maxTotal * maxTotal - systematic * systematic, 0.004 * 0.004)));

        double adv;
        double lo;
        double hi;
        double target;
        double spread;
        switch (origin.market) {
          case US -> {
            adv = rnd.logUniform(25e6, 1.5e9);
            lo = 5;
            hi = 600;
            target = rnd.logUniform(12, 350);
            spread = rnd.uniform(0.0001, 0.0004);
          }
          case UK -> {
            adv = rnd.logUniform(4e6, 250e6);
            lo = 0.5;
            hi = 60;
            target = rnd.logUniform(0.9, 40);
            spread = rnd.uniform(0.0002, 0.0008);
          }
          default -> {
            adv = rnd.logUniform(5e6, 350e6);
            lo = 5;
            hi = 400;
            target = rnd.logUniform(9, 250);
            spread = rnd.uniform(0.0002, 0.0006);
          }
        }
        listings.add(
            new Listing(
                index,
                instrument,
                origin.market,
                sector,
                beta,
                loading,
                idio,
                adv,
                lo,
                hi,
                target,
                spread));
      }
    }

    /**
     * Spreads {@code count} companies over the sectors by the region's weights (largest remainder),
     * then shuffles them.
     */
    private List<Integer> allocateSectors(Origin origin, int count) {
      double[] w = new double[sectorCodes.size()];
      double total = 0;
      for (int s = 0; s < w.length; s++) {
        w[s] =
            SECTOR_PROFILE.getOrDefault(sectorCodes.get(s), DEFAULT_PROFILE)[origin.weightColumn];
        total += w[s];
      }
      int[] n = new int[w.length];
      double[] remainder = new double[w.length];
      int assigned = 0;
      for (int s = 0; s < w.length; s++) {
        double exact = count * w[s] / total;
        n[s] = (int) Math.floor(exact);
        remainder[s] = exact - n[s];
        assigned += n[s];
      }
      while (assigned < count) {
        int best = 0;
        for (int s = 1; s < w.length; s++) {
          if (remainder[s] > remainder[best]) {
            best = s;
          }
        }
        n[best]++;
        remainder[best] = -1;
        assigned++;
      }
      List<Integer> sectors = new ArrayList<>(count);
      for (int s = 0; s < w.length; s++) {
        for (int i = 0; i < n[s]; i++) {
          sectors.add(s);
        }
      }
      rnd.shuffle(sectors);
      return sectors;
    }

    /**
     * A company name whose leading words (the part before the sector word) no other company uses.
     */
    private String companyName(Origin origin, String sectorCode) {
      String key = origin.key;
      for (int attempt = 0; attempt < 10_000; attempt++) {
        String stem =
            switch (origin) {
              case US -> rnd.pick(names.list("us.first")) + " " + rnd.pick(names.list("us.second"));
              case DE ->
                  capitalize(
                      rnd.pick(names.list("de.stem"))
                          + rnd.pick(names.list("de.sector." + sectorCode)));
              default ->
                  capitalize(
                      rnd.pick(names.list(key + ".stem")) + rnd.pick(names.list(key + ".ending")));
            };
        String name =
            switch (origin) {
              case DE -> stem + " " + rnd.pick(names.list("de.suffix"));
              default ->
                  stem
                      + " "
                      + rnd.pick(names.list(key + ".sector." + sectorCode))
                      + " "
                      + rnd.pick(names.list(key + ".suffix"));
            };
        if (usedNames.add(stem.toLowerCase(Locale.ROOT))) {
          return name;
        }
      }
      throw new IllegalStateException(
          "The demo name lists are too short for " + origin + " " + sectorCode);
    }

    private String symbol(String name, Origin origin) {
      List<String> words = new ArrayList<>();
      for (String w : name.split(" ")) {
        String letters = w.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        if (!letters.isEmpty() && !LEGAL_FORMS.contains(letters)) {
          words.add(letters);
        }
      }
      String first = words.get(0);
      StringBuilder initials = new StringBuilder();
      words.forEach(w -> initials.append(w.charAt(0)));
      List<String> candidates = new ArrayList<>();
      if (origin == Origin.US && initials.length() >= 2) {
        candidates.add(initials.toString());
      }
      if (first.length() >= 3) {
        candidates.add(first.substring(0, 3));
      }
      if (first.length() >= 3 && words.size() > 1) {
        candidates.add(first.substring(0, 3) + words.get(1).charAt(0));
        candidates.add(first.substring(0, 2) + words.get(1).charAt(0));
      }
      if (first.length() >= 4) {
        candidates.add(first.substring(0, 4));
      }
      candidates.add(initials + first.substring(first.length() - 1));
      for (String c : candidates) {
        if (c.length() >= 2 && c.length() <= 4 && usedSymbols.add(c)) {
          return c;
        }
      }
      while (true) {
        String c =
            first.charAt(0)
                + ""
                + rnd.letter()
                + rnd.letter()
                + (rnd.chance(0.5) ? "" : String.valueOf(rnd.letter()));
        if (usedSymbols.add(c)) {
          return c;
        }
      }
    }

    private static final Set<String> LEGAL_FORMS =
        Set.of(
            "INC",
            "CORP",
            "CO",
            "PLC",
            "AG",
            "SE",
            "SA",
            "NV",
            "HOLDINGS",
            "GROUP",
            "GROEP",
            "HOLDING",
            "ETF");

    private Isin isin(Origin origin) {
      while (true) {
        String first11 =
            switch (origin) {
              case US -> "US" + cusip(rnd.digits(6) + "10");
              case UK -> "GB00" + sedol();
              case DE -> "DE000" + wkn();
              case FR -> "FR0000" + rnd.digits(5);
              case NL -> "NL0000" + rnd.digits(5);
            };
        if (usedIsins.add(first11)) {
          return Isin.withCheckDigit(first11);
        }
      }
    }

    /** A modern SEDOL: B, five consonants or digits, and the weighted-sum check digit. */
    private String sedol() {
      String alphabet = "0123456789BCDFGHJKLMNPQRSTVWXYZ";
      StringBuilder s = new StringBuilder("B");
      for (int i = 0; i < 5; i++) {
        s.append(alphabet.charAt(rnd.index(alphabet.length())));
      }
      int[] weights = {1, 3, 1, 7, 3, 9};
      int sum = 0;
      for (int i = 0; i < 6; i++) {
        sum += charValue(s.charAt(i)) * weights[i];
      }
      return s.append((10 - sum % 10) % 10).toString();
    }

    /** A German WKN: six letters or digits. */
    private String wkn() {
      StringBuilder s = new StringBuilder();
      s.append(rnd.chance(0.5) ? "A" : String.valueOf(rnd.letter()));
      for (int i = 0; i < 5; i++) {
        s.append(rnd.alphanumeric());
      }
      return s.toString();
    }

    // -------------------------------------------------------------------------------------------
    // ETFs and FX

    private void buildEtfs() {
      for (String entry : names.list("etf.list")) {
        String[] f = entry.split("\\|");
        if (f.length != 4) {
          throw new IllegalStateException(
              "An ETF entry must read name|symbol|venue|tracks: '" + entry + "'");
        }
        String name = f[0].trim();
        String symbol = f[1].trim();
        String tracks = f[3].trim();
        if (!usedSymbols.add(symbol)) {
          throw new IllegalStateException("ETF symbol " + symbol + " is already used");
        }
        int index = listings.size();
        Isin isin;
        while (true) {
          String first11 = "US" + cusip(rnd.digits(5) + rnd.letter() + "10");
          if (usedIsins.add(first11)) {
            isin = Isin.withCheckDigit(first11);
            break;
          }
        }
        Instrument instrument =
            new Instrument(
                new InstrumentId(index + 1L),
                symbol,
                name,
                AssetClass.ETF,
                isin,
                new Mic(f[2].trim()),
                CurrencyCode.USD,
                null,
                "Index",
                "US",
                SettlementConvention.of(1, "XNYS"));
        int sector = sectorCodes.indexOf(tracks);
        double beta;
        double loading;
        double idio;
        if (sector >= 0) {
          beta = SECTOR_PROFILE.getOrDefault(tracks, DEFAULT_PROFILE)[0];
          loading = 0.9;
          idio = 0.03 / Math.sqrt(252);
        } else if (tracks.equals("SMALL")) {
          beta = 1.15;
          loading = 0;
          idio = 0.08 / Math.sqrt(252);
        } else {
          beta = rnd.uniform(0.97, 1.03);
          loading = 0;
          idio = 0.015 / Math.sqrt(252);
        }
        double adv = sector >= 0 ? rnd.logUniform(3e8, 1.5e9) : rnd.logUniform(1e9, 8e9);
        listings.add(
            new Listing(
                index,
                instrument,
                Market.US,
                sector,
                beta,
                loading,
                idio,
                adv,
                20,
                600,
                rnd.logUniform(35, 450),
                0.00005));
      }
    }

    private void buildFx() {
      addFx(
          "EUR/USD",
          "Euro / US dollar spot",
          CurrencyCode.EUR,
          CurrencyCode.USD,
          SettlementConvention.of(2, "TARGET", "USNY"));
      addFx(
          "GBP/USD",
          "Pound sterling / US dollar spot",
          CurrencyCode.GBP,
          CurrencyCode.USD,
          SettlementConvention.of(2, "XLON", "USNY"));
      addFx(
          "EUR/GBP",
          "Euro / pound sterling spot",
          CurrencyCode.EUR,
          CurrencyCode.GBP,
          SettlementConvention.of(2, "TARGET", "XLON"));
    }

    private void addFx(
        String symbol,
        String name,
        CurrencyCode base,
        CurrencyCode quote,
        SettlementConvention settlement) {
      int index = listings.size();
      usedSymbols.add(symbol);
      Instrument instrument =
          new Instrument(
              new InstrumentId(index + 1L),
              symbol,
              name,
              AssetClass.FX_SPOT,
              null,
              null,
              quote,
              base,
              "",
              "",
              settlement);
      listings.add(
          new Listing(
              index,
              instrument,
              Market.FX,
              -1,
              0,
              0,
              DemoMarketSimulator.fxDailyVol(symbol),
              5e10,
              0,
              0,
              0,
              0.00002));
    }

    // -------------------------------------------------------------------------------------------
    // What each book trades

    private int[][] universes() {
      List<Integer> us = new ArrayList<>();
      List<Integer> europe = new ArrayList<>();
      List<Integer> etfs = new ArrayList<>();
      List<Integer> fx = new ArrayList<>();
      for (Listing l : listings) {
        if (l.isFx()) {
          fx.add(l.index);
        } else if (l.isEtf()) {
          etfs.add(l.index);
        } else if (l.market == Market.US) {
          us.add(l.index);
        } else {
          europe.add(l.index);
        }
      }
      // Momentum trades the most liquid names of each region and the broad index ETFs.
      List<Integer> momo = new ArrayList<>();
      momo.addAll(mostLiquid(us, 25));
      momo.addAll(
          mostLiquid(
              europe.stream().filter(i -> listings.get(i).market == Market.UK).toList(), 10));
      momo.addAll(
          mostLiquid(
              europe.stream().filter(i -> listings.get(i).market == Market.EU).toList(), 10));
      etfs.stream().filter(i -> listings.get(i).sector < 0).forEach(momo::add);
      momo.sort(Comparator.naturalOrder());
      return new int[][] {toArray(us), toArray(europe), toArray(momo), toArray(etfs), toArray(fx)};
    }

    private List<Integer> mostLiquid(List<Integer> indices, int count) {
      return indices.stream()
          .sorted(
              Comparator.comparingDouble((Integer i) -> -listings.get(i).advNotional)
                  .thenComparing(Comparator.naturalOrder()))
          .limit(count)
          .toList();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Identifier arithmetic

  private static int[] toArray(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  private static double clamp(double x, double lo, double hi) {
    return Math.max(lo, Math.min(hi, x));
  }

  private static String capitalize(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static int charValue(char c) {
    return Character.isDigit(c) ? c - '0' : c - 'A' + 10;
  }

  /** Appends the CUSIP check digit (modulus 10, double-add-double) to eight characters. */
  static String cusip(String firstEight) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      int v = charValue(firstEight.charAt(i));
      if (i % 2 == 1) {
        v *= 2;
      }
      sum += v / 10 + v % 10;
    }
    return firstEight + (10 - sum % 10) % 10;
  }

  /**
   * Appends the ABA check digit (weights 3, 7, 1) to the first eight digits of a US routing number.
   */
  static String abaRoutingNumber(String firstEight) {
    int[] weights = {3, 7, 1, 3, 7, 1, 3, 7};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (firstEight.charAt(i) - '0') * weights[i];
    }
    return firstEight + (10 - sum % 10) % 10;
  }

  /** An IBAN: country, two ISO 7064 mod 97-10 check digits, then the domestic account number. */
  static String iban(String country, String bban) {
    String rearranged = bban + country + "00";
    int mod = 0;
    for (char c : rearranged.toCharArray()) {
      int v = charValue(c);
      mod = (v < 10 ? mod * 10 + v : mod * 100 + v) % 97;
    }
    int check = 98 - mod;
    return country + (check < 10 ? "0" : "") + check + bban;
  }
}
