package com.tickmark.model.trade.fix;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.calendar.Holiday;
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
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeReferenceIndex;
import com.tickmark.model.trade.TradeSource;
import com.tickmark.model.trade.TradeStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DropCopyTranslatorTest {
  static final CurrencyCode EUR = new CurrencyCode("EUR");
  static final Instrument SAP =
      new Instrument(
          new InstrumentId(1),
          "SAP",
          "SAP SE",
          AssetClass.EQUITY,
          Isin.parse("DE0007164600"),
          Mic.XETR,
          EUR,
          null,
          "Technology",
          "DE",
          SettlementConvention.of(2, "TARGET2"));
  static final Book EQ = new Book(new BookId(10), "EQ-EU", "European equities", "", EUR);
  static final Account TRADING =
      new Account(
          new AccountId(20), "TRD-EQ-EU", "Trading", AccountType.TRADING, null, null, "", EQ.id());
  static final Counterparty BROKER =
      new Counterparty(
          new CounterpartyId(30),
          "GSCO",
          "Broker",
          CounterpartyRole.BROKER,
          Lei.withCheckDigits("529900T8BM49AURSDO"),
          new Bic("GSCOGB2L"),
          "GB");

  /** Friday 2 May 2025 is not a holiday here; 1 May is. */
  static final HolidayCalendar TARGET2 =
      new HolidayCalendar(
          "TARGET2", "TARGET2", List.of(new Holiday(LocalDate.of(2025, 5, 1), "Labour Day")));

  final DropCopyTranslator translator =
      new DropCopyTranslator(
          new TradeReferenceIndex(
              List.of(EQ),
              List.of(SAP),
              List.of(BROKER),
              List.of(TRADING),
              List.of(new Currency(EUR, "Euro", 2)),
              Map.of("TARGET2", TARGET2)),
          Map.of("OMS1", "GSCO"));

  static Map<Integer, String> fill() {
    Map<Integer, String> f = new HashMap<>();
    f.put(35, "8");
    f.put(49, "OMS1");
    f.put(56, "TICKMARK");
    f.put(150, "F");
    f.put(17, "E1");
    f.put(37, "O1");
    f.put(1, "EQ-EU");
    f.put(48, "DE0007164600");
    f.put(22, "4");
    f.put(55, "SAP GY");
    f.put(54, "1");
    f.put(32, "100");
    f.put(31, "180.125");
    f.put(15, "EUR");
    f.put(75, "20250430");
    f.put(60, "20250430-14:03:07.123");
    f.put(12, "4.5");
    return f;
  }

  static ExecutionReport report(Map<Integer, String> fields) {
    return new ExecutionReport(fields, "raw", Instant.parse("2025-04-30T14:03:08Z"));
  }

  Trade accepted(Translation t) {
    assertThat(t).isInstanceOf(Translation.Accepted.class);
    return ((Translation.Accepted) t).trade();
  }

  String refused(Translation t) {
    assertThat(t).isInstanceOf(Translation.Refused.class);
    return ((Translation.Refused) t).reason();
  }

  @Test
  void aNewExecutionBecomesVersionOneOfANewFixTrade() {
    Trade t = accepted(translator.newTrade(report(fill()), new TradeId(7)));
    assertThat(t.id()).isEqualTo(new TradeId(7));
    assertThat(t.version()).isEqualTo(1);
    assertThat(t.source()).isEqualTo(TradeSource.FIX);
    assertThat(t.status()).isEqualTo(TradeStatus.NEW);
    assertThat(t.execId()).isEqualTo("E1");
    assertThat(t.orderId()).isEqualTo("O1");
    assertThat(t.bookId()).isEqualTo(EQ.id());
    assertThat(t.instrumentId()).isEqualTo(SAP.id());
    assertThat(t.counterpartyId()).isEqualTo(BROKER.id());
    assertThat(t.side()).isEqualTo(Side.BUY);
    assertThat(t.quantity()).isEqualByComparingTo("100");
    assertThat(t.price()).isEqualByComparingTo("180.125");
    assertThat(t.grossAmount()).isEqualTo(new BigDecimal("18012.50"));
    assertThat(t.commission()).isEqualByComparingTo("4.5");
    assertThat(t.tradeDate()).isEqualTo(LocalDate.of(2025, 4, 30));
    assertThat(t.executionTime()).isEqualTo(Instant.parse("2025-04-30T14:03:07.123Z"));
  }

  @Test
  void withoutASettlDateTheInstrumentsConventionAndCalendarsGiveIt() {
    // T+2 from Wednesday 30 April skips the 1 May holiday and the weekend: Monday 5 May.
    assertThat(accepted(translator.newTrade(report(fill()), new TradeId(1))).settlementDate())
        .isEqualTo(LocalDate.of(2025, 5, 5));
  }

  @Test
  void aGivenSettlDateIsKept() {
    Map<Integer, String> f = fill();
    f.put(64, "20250502");
    assertThat(accepted(translator.newTrade(report(f), new TradeId(1))).settlementDate())
        .isEqualTo(LocalDate.of(2025, 5, 2));
  }

  @Test
  void withoutAnIsinTheSymbolNamesTheInstrumentAndATradingAccountNamesTheBook() {
    Map<Integer, String> f = fill();
    f.remove(48);
    f.remove(22);
    f.put(55, "sap");
    f.put(1, "TRD-EQ-EU");
    f.put(54, "5");
    f.remove(75);
    Trade t = accepted(translator.newTrade(report(f), new TradeId(1)));
    assertThat(t.instrumentId()).isEqualTo(SAP.id());
    assertThat(t.bookId()).isEqualTo(EQ.id());
    assertThat(t.side()).as("sell short is a sell").isEqualTo(Side.SELL);
    assertThat(t.tradeDate()).as("from TransactTime").isEqualTo(LocalDate.of(2025, 4, 30));
  }

  @Test
  void anUnknownIsinSymbolAccountOrBrokerIsRefusedWithTheReason() {
    Map<Integer, String> isin = fill();
    isin.put(48, "US0378331005");
    assertThat(refused(translator.newTrade(report(isin), new TradeId(1))))
        .contains("SecurityID (48): 'US0378331005' is not in the reference data");

    Map<Integer, String> symbol = fill();
    symbol.remove(22);
    symbol.put(55, "NOPE");
    assertThat(refused(translator.newTrade(report(symbol), new TradeId(1))))
        .contains("Symbol (55): 'NOPE' is not in the reference data");

    Map<Integer, String> account = fill();
    account.put(1, "GHOST");
    assertThat(refused(translator.newTrade(report(account), new TradeId(1))))
        .contains("Account (1): 'GHOST' is neither a book code nor a trading account's code");

    Map<Integer, String> broker = fill();
    broker.put(49, "OMS9");
    assertThat(refused(translator.newTrade(report(broker), new TradeId(1)))).contains("OMS9");
  }

  @Test
  void missingOrBadNumbersAndTimesAreRefused() {
    Map<Integer, String> qty = fill();
    qty.remove(32);
    assertThat(refused(translator.newTrade(report(qty), new TradeId(1)))).contains("LastQty (32)");
    Map<Integer, String> px = fill();
    px.put(31, "-1");
    assertThat(refused(translator.newTrade(report(px), new TradeId(1))))
        .contains("LastPx (31): must be positive, not -1");
    Map<Integer, String> time = fill();
    time.put(60, "2025-04-30 14:03");
    assertThat(refused(translator.newTrade(report(time), new TradeId(1))))
        .contains("TransactTime (60)");
    Map<Integer, String> side = fill();
    side.put(54, "8");
    assertThat(refused(translator.newTrade(report(side), new TradeId(1))))
        .contains("Side (54): '8' is not a buy or a sell");
  }

  @Test
  void aCorrectionGivesTheNextVersionWithTheNewQuantityPriceAndCommission() {
    Trade original = accepted(translator.newTrade(report(fill()), new TradeId(7)));
    Map<Integer, String> g = fill();
    g.put(150, "G");
    g.put(17, "E1-C");
    g.put(19, "E1");
    g.put(32, "90");
    g.put(31, "180.5");
    g.put(12, "4");
    Trade next = accepted(translator.correction(original, report(g)));
    assertThat(next.id()).isEqualTo(original.id());
    assertThat(next.version()).isEqualTo(2);
    assertThat(next.execId()).as("the trade keeps its execution's id").isEqualTo("E1");
    assertThat(next.quantity()).isEqualByComparingTo("90");
    assertThat(next.price()).isEqualByComparingTo("180.5");
    assertThat(next.grossAmount()).isEqualTo(new BigDecimal("16245.00"));
    assertThat(next.commission()).isEqualByComparingTo("4");
    assertThat(next.settlementDate()).isEqualTo(original.settlementDate());
  }

  @Test
  void aCorrectionThatMovesTheTradeToAnotherSideOrInstrumentIsRefused() {
    Trade original = accepted(translator.newTrade(report(fill()), new TradeId(7)));
    Map<Integer, String> g = fill();
    g.put(150, "G");
    g.put(17, "E1-C");
    g.put(19, "E1");
    g.put(54, "2");
    assertThat(refused(translator.correction(original, report(g))))
        .contains("changes the side of T");
  }

  @Test
  void possDupOrPossResendMarkAPossibleRepeat() {
    Map<Integer, String> f = fill();
    assertThat(report(f).possibleRepeat()).isFalse();
    f.put(43, "Y");
    assertThat(report(f).possibleRepeat()).isTrue();
    f.put(43, "N");
    f.put(97, "Y");
    assertThat(report(f).possibleRepeat()).isTrue();
  }
}
