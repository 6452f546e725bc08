package com.tickmark.model.trade;

import static com.tickmark.model.trade.TradeFixtures.BUSINESS_DATE;
import static com.tickmark.model.trade.TradeFixtures.PRICES;
import static com.tickmark.model.trade.TradeFixtures.sapBuy;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.refdata.Currency;
import com.tickmark.model.trade.TradeRules.Problem;
import com.tickmark.model.trade.fix.DropCopyTranslator;
import com.tickmark.model.trade.fix.ExecutionReport;
import com.tickmark.model.trade.fix.Translation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one set of trade rules, and the capture paths through it: a hand-keyed trade ({@link
 * TradeValidator}) and a FIX drop copy ({@link DropCopyTranslator}) refuse the same things, save
 * for the FIX policy's written-down differences.
 */
class TradeRulesTest {
  final TradeRules rules =
      new TradeRules(TradeFixtures.index(), PRICES, BUSINESS_DATE, TradeRules.Policy.ALL);

  List<Problem> problems(TradeTerms t) {
    TradeRules.Problems found = new TradeRules.Problems();
    rules.check(t, found);
    return found.list();
  }

  static TradeTerms with(UnaryOperator<Object[]> change) {
    TradeTerms t = sapBuy();
    Object[] f = {
      t.book(),
      t.symbol(),
      t.isin(),
      t.counterparty(),
      t.account(),
      t.side(),
      t.quantity(),
      t.price(),
      t.commission(),
      t.fees(),
      t.currency(),
      t.tradeDate(),
      t.settlementDate()
    };
    f = change.apply(f);
    return new TradeTerms(
        (String) f[0],
        (String) f[1],
        (String) f[2],
        (String) f[3],
        (String) f[4],
        (Side) f[5],
        (BigDecimal) f[6],
        (BigDecimal) f[7],
        (BigDecimal) f[8],
        (BigDecimal) f[9],
        (String) f[10],
        (LocalDate) f[11],
        (LocalDate) f[12]);
  }

  static UnaryOperator<Object[]> set(int field, Object value) {
    return f -> {
      f[field] = value;
      return f;
    };
  }

  @Test
  void aGoodTradeIsCompleteWithItsGrossAtTheCurrencysScaleAndItsSettlementDate() {
    TradeRules.Problems found = new TradeRules.Problems();
    TradeRules.Checked c = rules.check(sapBuy(), found);
    assertThat(found.list()).isEmpty();
    assertThat(c.gross().amount()).isEqualTo(new BigDecimal("18012.50"));
    assertThat(c.commission().amount()).isEqualTo(new BigDecimal("4.50"));
    assertThat(c.fees().amount()).isEqualTo(new BigDecimal("0.00"));
    assertThat(c.settlementDate())
        .as("T+2 on TARGET2 skips the 1 May holiday")
        .isEqualTo(LocalDate.of(2025, 5, 5));
    Trade trade = c.trade(new TradeId(1), "E1", "O1", "", Instant.EPOCH, TradeSource.FILE);
    assertThat(trade.grossAmount()).isEqualTo(c.gross().amount());
    assertThat(trade.currency()).isEqualTo(TradeFixtures.EUR);
    assertThat(trade.status()).isEqualTo(TradeStatus.NEW);
  }

  @Test
  void grossIsRoundedHalfEvenToACurrencyWithoutDecimals() {
    TradeRules.Checked c =
        rules.check(
            with(
                f -> {
                  f[1] = "7203";
                  f[6] = new BigDecimal("3");
                  f[7] = new BigDecimal("2500.5");
                  return f;
                }),
            new TradeRules.Problems());
    assertThat(c.gross().amount()).as("7501.5 rounds to even").isEqualTo(new BigDecimal("7502"));
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(
            "unknown book", set(0, "NOPE"), TradeField.BOOK, "'NOPE' is not in the reference data"),
        Arguments.of("no book", set(0, " "), TradeField.BOOK, "is required"),
        Arguments.of(
            "unknown symbol",
            set(1, "NOPE"),
            TradeField.SYMBOL,
            "'NOPE' is not in the reference data"),
        Arguments.of("no instrument", set(1, null), TradeField.SYMBOL, "is required"),
        Arguments.of(
            "ISIN of another instrument",
            set(2, "JP3633400001"),
            TradeField.ISIN,
            "JP3633400001 is 7203, not SAP"),
        Arguments.of(
            "a custodian",
            set(3, "BNYM"),
            TradeField.COUNTERPARTY,
            "BNYM is a custodian, not a broker"),
        Arguments.of(
            "unknown account", set(4, "X"), TradeField.ACCOUNT, "'X' is not in the reference data"),
        Arguments.of("no side", set(5, null), TradeField.SIDE, "say BUY or SELL"),
        Arguments.of(
            "zero quantity",
            set(6, BigDecimal.ZERO),
            TradeField.QUANTITY,
            "must be positive, not 0"),
        Arguments.of(
            "negative price",
            set(7, new BigDecimal("-1")),
            TradeField.PRICE,
            "must be positive, not -1"),
        Arguments.of(
            "negative commission",
            set(8, new BigDecimal("-0.01")),
            TradeField.COMMISSION,
            "must not be negative, not -0.01"),
        Arguments.of(
            "negative fees",
            set(9, new BigDecimal("-2")),
            TradeField.FEES,
            "must not be negative, not -2"),
        Arguments.of(
            "another currency",
            set(10, "usd"),
            TradeField.CURRENCY,
            "'usd' is not SAP's currency EUR"),
        Arguments.of(
            "after the business date",
            set(11, BUSINESS_DATE.plusDays(1)),
            TradeField.TRADE_DATE,
            "2025-05-01 is after the business date 2025-04-30"),
        Arguments.of(
            "settles before it trades",
            set(12, BUSINESS_DATE.minusDays(1)),
            TradeField.SETTLEMENT_DATE,
            "2025-04-29 is before the trade date 2025-04-30"),
        Arguments.of(
            "a quantity with more decimals than are kept",
            set(6, new BigDecimal("1.0000001")),
            TradeField.QUANTITY,
            "1.0000001 has 7 decimals; at most 6 are kept"),
        Arguments.of(
            "a part of a share",
            set(6, new BigDecimal("100.50")),
            TradeField.QUANTITY,
            "'100.5' is not a whole number: SAP trades in whole shares"),
        Arguments.of(
            "an absurd quantity",
            set(6, new BigDecimal("1e24")),
            TradeField.QUANTITY,
            "is too large: at most 18 digits before the decimal point, not 25"),
        Arguments.of(
            "an absurd commission",
            set(8, new BigDecimal("1e25")),
            TradeField.COMMISSION,
            "is too large: at most 13 digits before the decimal point, not 26"),
        Arguments.of(
            "a gross amount too large to keep",
            (UnaryOperator<Object[]>)
                f -> {
                  f[6] = new BigDecimal("1e16");
                  f[7] = new BigDecimal("180");
                  return f;
                },
            TradeField.QUANTITY,
            "× price is 1800000000000000000, more than a trade's gross amount can hold (18"
                + " digits)"),
        Arguments.of(
            "price 10.1 % away",
            set(7, new BigDecimal("198.18")),
            TradeField.PRICE,
            "198.18 is 10.1% away from SAP's reference price 180 of 2025-04-30 (allowed: 10%)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void eachRuleRefusesWithItsFieldAndASentence(
      String what, UnaryOperator<Object[]> change, TradeField field, String message) {
    assertThat(problems(with(change))).containsExactly(new Problem(field, message));
  }

  @Test
  void aWholeNumberOfSharesWrittenWithDecimalZerosIsAllowed() {
    assertThat(problems(with(set(6, new BigDecimal("100.000"))))).isEmpty();
  }

  @Test
  void aPriceExactlyTenPercentAwayIsAllowedAndOneCentMoreIsNot() {
    assertThat(problems(with(set(7, new BigDecimal("198.00"))))).isEmpty();
    assertThat(problems(with(set(7, new BigDecimal("162.00"))))).isEmpty();
    assertThat(problems(with(set(7, new BigDecimal("161.99")))))
        .extracting(Problem::field)
        .containsExactly(TradeField.PRICE);
  }

  @Test
  void aSymbolAndIsinThatAgreeAreOneInstrumentAndAnIsinAloneIsEnough() {
    assertThat(problems(with(set(2, "DE0007164600")))).isEmpty();
    TradeRules.Checked byIsin =
        rules.check(
            with(
                f -> {
                  f[1] = null;
                  f[2] = "de0007164600";
                  return f;
                }),
            new TradeRules.Problems());
    assertThat(byIsin.instrument()).isEqualTo(TradeFixtures.SAP);
  }

  @Test
  void aFieldThePathAlreadyReportedIsNotReportedTwice() {
    TradeRules.Problems found = new TradeRules.Problems();
    found.add(TradeField.QUANTITY, "'abc' is not a number");
    rules.check(with(set(6, null)), found);
    assertThat(found.list())
        .containsExactly(new Problem(TradeField.QUANTITY, "'abc' is not a number"));
  }

  @Test
  void everyProblemIsFoundAtOnce() {
    assertThat(
            problems(
                with(
                    f -> {
                      f[0] = "NOPE";
                      f[3] = "BNYM";
                      f[6] = new BigDecimal("-5");
                      return f;
                    })))
        .extracting(Problem::field)
        .containsExactly(TradeField.BOOK, TradeField.COUNTERPARTY, TradeField.QUANTITY);
  }

  // The capture paths: each is a client of these rules.

  final TradeValidator manual =
      new TradeValidator(
          List.of(TradeFixtures.EQ),
          List.of(TradeFixtures.SAP, TradeFixtures.TOYOTA),
          List.of(TradeFixtures.BROKER, TradeFixtures.CUSTODIAN),
          List.of(TradeFixtures.TRADING),
          List.of(),
          Map.of("TARGET2", TradeFixtures.TARGET2),
          PRICES);
  final DropCopyTranslator fix = new DropCopyTranslator(TradeFixtures.index(), Map.of());

  static NewTrade phoneTrade(String counterparty, String price) {
    return new NewTrade(
        "EQ-EU",
        "SAP",
        Side.BUY,
        new BigDecimal("100"),
        new BigDecimal(price),
        null,
        null,
        counterparty,
        null,
        null,
        null,
        null);
  }

  static ExecutionReport fill(String sender, String price, String currency) {
    Map<Integer, String> f = new HashMap<>();
    f.put(35, "8");
    f.put(49, sender);
    f.put(150, "F");
    f.put(17, "E1");
    f.put(1, "TRD-EQ-EU");
    f.put(55, "SAP");
    f.put(54, "1");
    f.put(32, "100");
    f.put(31, price);
    f.put(15, currency);
    f.put(60, "20250430-14:03:07.123");
    return new ExecutionReport(f, "raw", Instant.parse("2025-04-30T14:03:08Z"));
  }

  @Test
  void aHandKeyedTradeAndAFillRefuseACustodianAsTheBroker() {
    assertThat(manual.check(phoneTrade("BNYM", "180"), BUSINESS_DATE).problem("counterparty"))
        .contains("BNYM is a custodian, not a broker");
    assertThat(
            ((Translation.Refused) fix.newTrade(fill("BNYM", "180", "EUR"), new TradeId(1)))
                .reason())
        .contains("SenderCompID (49): BNYM is a custodian, not a broker");
  }

  @Test
  void aFillInAnotherCurrencyThanItsInstrumentsIsRefusedAsInEveryPath() {
    assertThat(
            ((Translation.Refused) fix.newTrade(fill("GSCO", "180", "USD"), new TradeId(1)))
                .reason())
        .contains("Currency (15): 'USD' is not SAP's currency EUR");
  }

  @Test
  void theFixPolicyDeliberatelyLeavesOutThePriceToleranceAndTheBusinessDate() {
    assertThat(manual.check(phoneTrade("GSCO", "250"), BUSINESS_DATE).problem("price"))
        .hasValueSatisfying(m -> assertThat(m).contains("38.9% away from SAP's reference price"));
    assertThat(fix.newTrade(fill("GSCO", "250", "EUR"), new TradeId(1)))
        .as("a fill's price is what was paid at the market")
        .isInstanceOf(Translation.Accepted.class);
    Trade booked =
        ((Translation.Accepted) fix.newTrade(fill("GSCO", "180.125", "EUR"), new TradeId(1)))
            .trade();
    TradeValidator.Checked keyed = manual.check(phoneTrade("GSCO", "180.125"), BUSINESS_DATE);
    assertThat(booked.grossAmount())
        .as("one gross amount computation")
        .isEqualTo(keyed.grossAmount())
        .isEqualTo(new BigDecimal("18012.50"));
    assertThat(booked.settlementDate()).isEqualTo(keyed.settlementDate());
  }

  @Test
  void retiredReferenceDataTakesNoNewTradeOnAnyPathWhileABookedTradesCorrectionStillNamesIt() {
    TradeReferenceIndex retired =
        new TradeReferenceIndex(
            List.of(TradeFixtures.EQ.withRetired(true)),
            List.of(TradeFixtures.SAP.withRetired(true), TradeFixtures.TOYOTA),
            List.of(TradeFixtures.BROKER.withRetired(true), TradeFixtures.CUSTODIAN),
            List.of(TradeFixtures.TRADING.withRetired(true)),
            List.of(new Currency(TradeFixtures.EUR, "Euro", 2)),
            Map.of("TARGET2", TradeFixtures.TARGET2));
    TradeRules.Problems found = new TradeRules.Problems();
    new TradeRules(retired, PRICES, BUSINESS_DATE, TradeRules.Policy.ALL)
        .check(with(set(4, "TRD-EQ-EU")), found);
    assertThat(found.list())
        .extracting(p -> p.field() + ": " + p.message())
        .containsExactly(
            "BOOK: EQ-EU is retired and takes no new trades",
            "SYMBOL: SAP is retired and takes no new trades",
            "COUNTERPARTY: GSCO is retired and takes no new trades",
            "ACCOUNT: TRD-EQ-EU is retired and takes no new trades");

    DropCopyTranslator retiredFix = new DropCopyTranslator(retired, Map.of());
    assertThat(
            ((Translation.Refused) retiredFix.newTrade(fill("GSCO", "180", "EUR"), new TradeId(1)))
                .reason())
        .contains("Symbol (55): SAP is retired and takes no new trades");
    Trade booked =
        ((Translation.Accepted) fix.newTrade(fill("GSCO", "180", "EUR"), new TradeId(1))).trade();
    assertThat(retiredFix.correction(booked, fill("GSCO", "181", "EUR")))
        .as("the broker corrects a trade booked before SAP was retired")
        .isInstanceOf(Translation.Accepted.class);
  }
}
