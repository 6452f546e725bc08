package com.tickmark.model.demo;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.marketdata.FxRate;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.position.OpeningCash;
import com.tickmark.model.position.OpeningPosition;
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
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeSource;
import com.tickmark.model.trade.TradeStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Hand-built demo firms for the inbox tests: two brokers (BRKZ, sorting last, aggregates), two
 * custodians, USD cash at BANKA (MT940) and EUR and GBP cash at BANKB (camt.053), US, German and UK
 * equities and EUR/USD spot, orders filled in one to three executions.
 */
final class DemoFirmFixture {
  static final LocalDate FIRST_DAY = LocalDate.of(2025, 3, 10);

  static final CounterpartyId BRKA = new CounterpartyId(1);
  static final CounterpartyId BRKZ = new CounterpartyId(2);
  static final CounterpartyId CUSTA = new CounterpartyId(3);
  static final CounterpartyId CUSTB = new CounterpartyId(4);
  static final CounterpartyId BANKA = new CounterpartyId(5);
  static final CounterpartyId BANKB = new CounterpartyId(6);

  static final AccountId CUSTODY_US = new AccountId(1);
  static final AccountId CUSTODY_EU = new AccountId(2);
  static final AccountId CASH_USD = new AccountId(3);
  static final AccountId CASH_EUR = new AccountId(4);
  static final AccountId CASH_GBP = new AccountId(5);

  static final BookId BOOK = new BookId(1);
  static final InstrumentId EURUSD = new InstrumentId(99);

  private DemoFirmFixture() {}

  /**
   * Three days of about eight executions a day; one trade settles a day late and one is still
   * failing.
   */
  static DemoFirm small(FaultRates rates) {
    return build(rates, MessRates.NONE, 3, 8, 4, 7L, 0, 0, true);
  }

  /** The small firm with every trade settling on its intended date. */
  static DemoFirm smallSettlingOnTime(FaultRates rates) {
    return build(rates, MessRates.NONE, 3, 8, 4, 7L, 0, 0, false);
  }

  /**
   * A firm of any size; trades due settle late or are still failing at the late and failed
   * settlement rates.
   */
  static DemoFirm sized(FaultRates rates, int days, int tradesPerDay, int equities, long seed) {
    return messy(rates, MessRates.NONE, days, tradesPerDay, equities, seed);
  }

  /** A firm of any size whose bank statements are messy at {@code mess}. */
  static DemoFirm messy(
      FaultRates rates, MessRates mess, int days, int tradesPerDay, int equities, long seed) {
    return build(
        rates,
        mess,
        days,
        tradesPerDay,
        equities,
        seed,
        rates.lateSettlement(),
        rates.failedSettlement(),
        false);
  }

  private static DemoFirm build(
      FaultRates rates,
      MessRates mess,
      int dayCount,
      int tradesPerDay,
      int equities,
      long seed,
      double lateRate,
      double failRate,
      boolean exactlyOneLateAndOneFailing) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = FIRST_DAY; days.size() < dayCount; d = nextWeekday(d)) {
      days.add(d);
    }
    LocalDate asOf = days.get(days.size() - 1);
    List<Instrument> instruments = instruments(equities);
    DemoReferenceData refdata = referenceData(instruments);
    Random random = new Random(seed);

    List<Price> prices = new ArrayList<>();
    for (Instrument i : instruments) {
      if (i.isFx()) {
        continue;
      }
      BigDecimal close =
          BigDecimal.valueOf(20 + random.nextInt(400))
              .add(BigDecimal.valueOf(random.nextInt(100), 2));
      for (LocalDate d : days) {
        close = close.add(BigDecimal.valueOf(random.nextInt(201) - 100, 2)).max(BigDecimal.ONE);
        prices.add(new Price(i.id(), d, close, 1_000_000));
      }
    }
    List<FxRate> fxRates = new ArrayList<>();
    for (LocalDate d : days) {
      fxRates.add(new FxRate(d, CurrencyCode.EUR, CurrencyCode.USD, new BigDecimal("1.0850")));
      fxRates.add(new FxRate(d, CurrencyCode.GBP, CurrencyCode.USD, new BigDecimal("1.2900")));
    }
    LocalDate before = FIRST_DAY.minusDays(3);
    List<OpeningPosition> positions = new ArrayList<>();
    for (Instrument i : instruments) {
      if (!i.isFx() && i.id().value() % 2 == 1) {
        positions.add(
            new OpeningPosition(
                before,
                BOOK,
                custodyAccount(i),
                i.id(),
                BigDecimal.valueOf(1000L * i.id().value()),
                BigDecimal.valueOf(50_000L * i.id().value())));
      }
    }
    List<OpeningCash> cash =
        List.of(
            new OpeningCash(before, CASH_USD, new BigDecimal("5000000.00")),
            new OpeningCash(before, CASH_EUR, new BigDecimal("2000000.00")),
            new OpeningCash(before, CASH_GBP, new BigDecimal("1000000.00")));

    Map<InstrumentId, Map<LocalDate, BigDecimal>> closes = new HashMap<>();
    for (Price p : prices) {
      closes.computeIfAbsent(p.instrumentId(), k -> new HashMap<>()).put(p.date(), p.close());
    }
    List<Trade> trades = new ArrayList<>();
    long tradeSeq = 0;
    int orderSeq = 0;
    for (LocalDate day : days) {
      int today = 0;
      while (today < tradesPerDay) {
        Instrument i = instruments.get(random.nextInt(instruments.size()));
        CounterpartyId broker = random.nextBoolean() ? BRKA : BRKZ;
        Side side = random.nextInt(3) == 0 ? Side.SELL : Side.BUY;
        int fills = Math.min(1 + random.nextInt(3), tradesPerDay - today);
        String orderId = "O" + day.toString().replace("-", "") + String.format("%05d", ++orderSeq);
        BigDecimal base = i.isFx() ? new BigDecimal("1.08500") : closes.get(i.id()).get(day);
        for (int f = 0; f < fills; f++) {
          tradeSeq++;
          today++;
          BigDecimal quantity =
              BigDecimal.valueOf((1 + random.nextInt(20)) * (i.isFx() ? 100_000L : 100L));
          BigDecimal price =
              i.isFx()
                  ? base.add(BigDecimal.valueOf(random.nextInt(21) - 10, 5))
                  : base.add(BigDecimal.valueOf(random.nextInt(21) - 10, 2))
                      .max(new BigDecimal("0.50"));
          BigDecimal gross = quantity.multiply(price).setScale(2, RoundingMode.HALF_EVEN);
          BigDecimal commission =
              i.isFx()
                  ? BigDecimal.ZERO
                  : gross.multiply(new BigDecimal("0.0002")).setScale(2, RoundingMode.HALF_EVEN);
          BigDecimal fees =
              side == Side.SELL && !i.isFx() ? new BigDecimal("0.37") : BigDecimal.ZERO;
          String execId = "E" + day.toString().replace("-", "") + String.format("%06d", tradeSeq);
          String brokerRef = tradeSeq % 3 == 0 ? "" : "X" + String.format("%08d", tradeSeq * 7);
          trades.add(
              new Trade(
                  new TradeId(tradeSeq),
                  1,
                  execId,
                  orderId,
                  brokerRef,
                  BOOK,
                  i.id(),
                  side,
                  quantity,
                  price,
                  gross,
                  commission,
                  fees,
                  i.currency(),
                  day,
                  day.atTime(14, 30).plusSeconds(tradeSeq).toInstant(ZoneOffset.UTC),
                  plusWeekdays(day, i.settlement().lagDays()),
                  broker,
                  i.isFx() ? CASH_USD : custodyAccount(i),
                  TradeSource.FIX,
                  TradeStatus.CONFIRMED));
        }
      }
    }

    List<SettlementOutcome> outcomes = new ArrayList<>();
    boolean lateDone = false;
    boolean failDone = false;
    for (Trade t : trades) {
      if (t.settlementDate().isAfter(asOf)) {
        continue;
      }
      boolean securities = t.instrumentId().value() != EURUSD.value();
      boolean canBeLate = t.settlementDate().isBefore(asOf);
      if (exactlyOneLateAndOneFailing) {
        if (!lateDone && securities && canBeLate) {
          lateDone = true;
          outcomes.add(
              new SettlementOutcome(
                  t.id(), t.settlementDate(), nextWeekday(t.settlementDate()), "LACK"));
          continue;
        }
        if (lateDone && !failDone && securities) {
          failDone = true;
          outcomes.add(new SettlementOutcome(t.id(), t.settlementDate(), null, "MONY"));
          continue;
        }
        outcomes.add(new SettlementOutcome(t.id(), t.settlementDate(), t.settlementDate(), ""));
        continue;
      }
      double u = random.nextDouble();
      if (u < lateRate && canBeLate) {
        outcomes.add(
            new SettlementOutcome(
                t.id(), t.settlementDate(), nextWeekday(t.settlementDate()), "CMIS"));
      } else if (u < lateRate + failRate) {
        outcomes.add(new SettlementOutcome(t.id(), t.settlementDate(), null, "LACK"));
      } else {
        outcomes.add(new SettlementOutcome(t.id(), t.settlementDate(), t.settlementDate(), ""));
      }
    }
    DemoConfig config = new DemoConfig(seed, asOf, 60, dayCount, tradesPerDay, rates, mess);
    return new DemoFirm(config, refdata, prices, fxRates, positions, cash, days, trades, outcomes);
  }

  static AccountId custodyAccount(Instrument i) {
    return i.currency().equals(CurrencyCode.USD) ? CUSTODY_US : CUSTODY_EU;
  }

  private static List<Instrument> instruments(int equities) {
    List<Instrument> out = new ArrayList<>();
    String[][] markets = {
      {"US", "USD", "XNAS", "XNYS", "1"},
      {"DE", "EUR", "XETR", "TARGET", "2"},
      {"GB", "GBP", "XLON", "XLON", "2"}
    };
    for (int n = 1; n <= equities; n++) {
      String[] m = markets[(n - 1) % markets.length];
      String isin = Isin.withCheckDigit(m[0] + String.format("%09d", 100_000 + n * 37)).value();
      out.add(
          new Instrument(
              new InstrumentId(n),
              "EQ" + n,
              "Equity " + n + " plc",
              AssetClass.EQUITY,
              new Isin(isin),
              new Mic(m[2]),
              new CurrencyCode(m[1]),
              null,
              "Technology",
              m[0],
              SettlementConvention.of(Integer.parseInt(m[4]), m[3])));
    }
    out.add(
        new Instrument(
            EURUSD,
            "EUR/USD",
            "Euro / US dollar spot",
            AssetClass.FX_SPOT,
            null,
            null,
            CurrencyCode.USD,
            CurrencyCode.EUR,
            "",
            "",
            SettlementConvention.of(2, "TARGET", "XNYS")));
    return out;
  }

  private static DemoReferenceData referenceData(List<Instrument> instruments) {
    List<Counterparty> counterparties =
        List.of(
            counterparty(
                BRKA, "BRKA", "Alpha Securities", CounterpartyRole.BROKER, "ALPHUS33", "US"),
            counterparty(BRKZ, "BRKZ", "Zeta Markets", CounterpartyRole.BROKER, "ZETAGB2L", "GB"),
            counterparty(
                CUSTA, "CUSTA", "Atlantic Custody", CounterpartyRole.CUSTODIAN, "ATCUUS33", "US"),
            counterparty(
                CUSTB, "CUSTB", "Baltic Custody", CounterpartyRole.CUSTODIAN, "BACUDEFF", "DE"),
            counterparty(BANKA, "BANKA", "American Bank", CounterpartyRole.BANK, "AMBKUS33", "US"),
            counterparty(BANKB, "BANKB", "Bavarian Bank", CounterpartyRole.BANK, "BVBKDEFF", "DE"));
    List<Account> accounts =
        List.of(
            new Account(
                CUSTODY_US,
                "CUS-US",
                "US custody",
                AccountType.CUSTODY,
                CUSTA,
                null,
                "CA-100200",
                null),
            new Account(
                CUSTODY_EU,
                "CUS-EU",
                "European custody",
                AccountType.CUSTODY,
                CUSTB,
                null,
                "CB-300400",
                null),
            new Account(
                CASH_USD,
                "CASH-USD",
                "USD cash",
                AccountType.CASH,
                BANKA,
                CurrencyCode.USD,
                "0012345678",
                null),
            new Account(
                CASH_EUR,
                "CASH-EUR",
                "EUR cash",
                AccountType.CASH,
                BANKB,
                CurrencyCode.EUR,
                "DE89370400440532013000",
                null),
            new Account(
                CASH_GBP,
                "CASH-GBP",
                "GBP cash",
                AccountType.CASH,
                BANKB,
                CurrencyCode.GBP,
                "GB29NWBK60161331926819",
                null));
    HolidayCalendar none = new HolidayCalendar("XNYS", "New York", List.of());
    return new DemoReferenceData(
        "Tickmark Demo Capital",
        new Currency(CurrencyCode.USD, "US dollar", 2),
        List.of(
            new Currency(CurrencyCode.USD, "US dollar", 2),
            new Currency(CurrencyCode.EUR, "Euro", 2),
            new Currency(CurrencyCode.GBP, "Pound sterling", 2)),
        Map.of(
            "XNYS",
            none,
            "TARGET",
            new HolidayCalendar("TARGET", "TARGET2", List.of()),
            "XLON",
            new HolidayCalendar("XLON", "London", List.of())),
        List.of(new Strategy("MOM", "Momentum", "")),
        List.of(new Book(BOOK, "MOM-1", "Momentum one", "MOM", CurrencyCode.USD)),
        counterparties,
        accounts,
        instruments,
        List.of());
  }

  private static Counterparty counterparty(
      CounterpartyId id,
      String code,
      String name,
      CounterpartyRole role,
      String bic,
      String country) {
    return new Counterparty(
        id,
        code,
        name,
        role,
        Lei.withCheckDigits(String.format("TMFIXTURE%09d", id.value())),
        new Bic(bic),
        country);
  }

  static LocalDate nextWeekday(LocalDate d) {
    LocalDate next = d.plusDays(1);
    while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
      next = next.plusDays(1);
    }
    return next;
  }

  static LocalDate plusWeekdays(LocalDate d, int n) {
    LocalDate out = d;
    for (int k = 0; k < n; k++) {
      out = nextWeekday(out);
    }
    return out;
  }
}
