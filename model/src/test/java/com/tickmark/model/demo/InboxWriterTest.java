package com.tickmark.model.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.demo.InboxFiles.CsvLine;
import com.tickmark.model.demo.InboxFiles.Statement;
import com.tickmark.model.demo.inbox.InboxWriter;
import com.tickmark.model.demo.inbox.StatementFormat;
import com.tickmark.model.position.OpeningPosition;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.Isin;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxWriterTest {
  private static final FaultRates HIGH =
      new FaultRates(0.08, 0.08, 0.08, 0.08, 0.5, 0.1, 0.1, 0.9, 0.05, 0.03);

  @TempDir Path dir;

  private final InboxWriter writer = new InboxWriter();

  @Test
  void writesOneFilePerCounterpartyOrAccountAndTradingDayWithStableSortableNames() {
    writer.write(DemoFirmFixture.small(FaultRates.NONE), dir);

    List<String> expected = new ArrayList<>();
    for (String day : List.of("20250310", "20250311", "20250312")) {
      expected.add("bank/BANKA_CASH-USD_" + day + ".sta");
      expected.add("bank/BANKB_CASH-EUR_" + day + ".xml");
      expected.add("bank/BANKB_CASH-GBP_" + day + ".xml");
      expected.add("confirmations/BRKA_" + day + ".csv");
      expected.add("confirmations/BRKZ_" + day + ".csv");
      expected.add("custody/CUSTA_positions_" + day + ".csv");
      expected.add("custody/CUSTB_positions_" + day + ".csv");
      expected.add("settlement/CUSTA_status_" + day + ".csv");
      expected.add("settlement/CUSTB_status_" + day + ".csv");
    }
    assertThat(InboxFiles.list(dir)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void brokerSortingLastAggregatesAndTheTwoBanksSendDifferentFormats() {
    DemoReferenceData refdata = DemoFirmFixture.small(FaultRates.NONE).referenceData();

    assertThat(InboxWriter.aggregatingBrokers(refdata)).containsExactly("BRKZ");
    assertThat(InboxWriter.statementFormats(refdata))
        .containsOnly(
            Map.entry(DemoFirmFixture.CASH_USD, StatementFormat.MT940),
            Map.entry(DemoFirmFixture.CASH_EUR, StatementFormat.CAMT053),
            Map.entry(DemoFirmFixture.CASH_GBP, StatementFormat.CAMT053));
  }

  @Test
  void writesByteIdenticalFilesAndTheSameFaultsEveryRun() throws IOException {
    DemoFirm firm = DemoFirmFixture.sized(HIGH, 4, 40, 6, 11L);
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");

    List<InjectedFault> faults1 = writer.write(firm, first).faults();
    List<InjectedFault> faults2 = writer.write(firm, second).faults();
    List<InjectedFault> faults3 = writer.write(firm, first).faults();

    assertThat(faults1).isNotEmpty().isEqualTo(faults2).isEqualTo(faults3);
    List<String> files = InboxFiles.list(first);
    assertThat(InboxFiles.list(second)).isEqualTo(files);
    for (String f : files) {
      assertThat(Files.readAllBytes(second.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(first.resolve(f)));
    }
  }

  @Test
  void everyMt940StatementAddsUpAndOpensWithThePreviousClosingEvenWithFaults() {
    DemoFirm firm = DemoFirmFixture.sized(HIGH, 4, 40, 6, 11L);
    writer.write(firm, dir);

    List<Statement> statements = statementsOf("bank/BANKA_CASH-USD_");
    assertThat(statements).hasSize(4);
    assertThat(statements.get(0).opening().amount()).isEqualByComparingTo("5000000.00");
    assertAddUpAndChain(statements, "USD");
  }

  @Test
  void everyCamt053StatementParsesInItsNamespaceAddsUpAndChainsEvenWithFaults() {
    DemoFirm firm = DemoFirmFixture.sized(HIGH, 4, 40, 6, 11L);
    writer.write(firm, dir);

    List<Statement> eur = statementsOf("bank/BANKB_CASH-EUR_");
    List<Statement> gbp = statementsOf("bank/BANKB_CASH-GBP_");
    assertThat(eur).hasSize(4);
    assertThat(eur.get(0).account()).isEqualTo("DE89370400440532013000");
    assertThat(eur.get(0).opening().amount()).isEqualByComparingTo("2000000.00");
    assertThat(gbp.get(0).opening().amount()).isEqualByComparingTo("1000000.00");
    assertAddUpAndChain(eur, "EUR");
    assertAddUpAndChain(gbp, "GBP");
  }

  @Test
  void camt053StatementsHaveTheirCreationTimeFromTheStatementDateNotTheClock() {
    writer.write(DemoFirmFixture.small(FaultRates.NONE), dir);

    String xml = InboxFiles.text(dir.resolve("bank/BANKB_CASH-EUR_20250311.xml"));
    assertThat(xml)
        .contains("<CreDtTm>2025-03-11T21:00:00+00:00</CreDtTm>")
        .contains("xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"");
  }

  @Test
  void bankStatementsBookEachSettledTradeLegOnItsActualSettlementDate() {
    DemoFirm firm = DemoFirmFixture.small(FaultRates.NONE);
    writer.write(firm, dir);

    Map<AccountId, Map<LocalDate, Map<String, BigDecimal>>> expected = expectedCash(firm);
    assertThat(expected).isNotEmpty();
    Map<AccountId, String> prefixes =
        Map.of(
            DemoFirmFixture.CASH_USD,
            "bank/BANKA_CASH-USD_",
            DemoFirmFixture.CASH_EUR,
            "bank/BANKB_CASH-EUR_",
            DemoFirmFixture.CASH_GBP,
            "bank/BANKB_CASH-GBP_");
    int compared = 0;
    for (Map.Entry<AccountId, String> account : prefixes.entrySet()) {
      List<Statement> statements = statementsOf(account.getValue());
      for (int d = 0; d < firm.tradingDays().size(); d++) {
        LocalDate day = firm.tradingDays().get(d);
        Map<String, BigDecimal> booked = new TreeMap<>();
        for (InboxFiles.Entry e : statements.get(d).entries()) {
          booked.merge(e.ourReference(), e.amount(), BigDecimal::add);
          assertThat(e.valueDate()).isEqualTo(day);
        }
        Map<String, BigDecimal> want =
            expected.getOrDefault(account.getKey(), Map.of()).getOrDefault(day, Map.of());
        assertThat(booked).as("%s on %s", account.getValue(), day).isEqualTo(new TreeMap<>(want));
        compared += want.size();
      }
    }
    assertThat(compared).isGreaterThan(5);
  }

  @Test
  void aggregatingBrokerConfirmsEachOrderOnceWithTheSumsOfItsExecutions() {
    DemoFirm firm = DemoFirmFixture.small(FaultRates.NONE);
    writer.write(firm, dir);

    int multiFillOrders = 0;
    for (LocalDate day : firm.tradingDays()) {
      Map<String, List<Trade>> orders =
          firm.trades().stream()
              .filter(
                  t -> t.counterpartyId().equals(DemoFirmFixture.BRKZ) && t.tradeDate().equals(day))
              .collect(
                  Collectors.groupingBy(Trade::orderId, LinkedHashMap::new, Collectors.toList()));
      List<CsvLine> lines =
          InboxFiles.csv(
              dir.resolve("confirmations/BRKZ_" + day.toString().replace("-", "") + ".csv"));
      assertThat(lines)
          .extracting(l -> l.get("order_id"))
          .containsExactlyElementsOf(orders.keySet());
      for (CsvLine line : lines) {
        List<Trade> fills = orders.get(line.get("order_id"));
        BigDecimal quantity =
            fills.stream().map(Trade::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal value =
            fills.stream()
                .map(t -> t.quantity().multiply(t.price()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal gross =
            fills.stream().map(Trade::grossAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal commission =
            fills.stream().map(Trade::commission).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(line.get("client_exec_id")).isEmpty();
        assertThat(new BigDecimal(line.get("quantity"))).isEqualByComparingTo(quantity);
        assertThat(line.get("price"))
            .isEqualTo(value.divide(quantity, 6, RoundingMode.HALF_EVEN).toPlainString());
        assertThat(new BigDecimal(line.get("gross_amount"))).isEqualByComparingTo(gross);
        assertThat(new BigDecimal(line.get("commission"))).isEqualByComparingTo(commission);
        assertThat(line.get("fills")).isEqualTo(Integer.toString(fills.size()));
        assertThat(line.get("side")).isEqualTo(fills.get(0).side().name());
        if (fills.size() > 1) {
          multiFillOrders++;
        }
      }
    }
    assertThat(multiFillOrders).as("orders filled in several executions").isPositive();
  }

  @Test
  void withoutFaultRatesNothingIsInjectedAndConfirmationsMatchTheTradesExactly() {
    DemoFirm firm = DemoFirmFixture.smallSettlingOnTime(FaultRates.NONE);

    List<InjectedFault> faults = writer.write(firm, dir).faults();

    assertThat(faults).isEmpty();
    for (LocalDate day : firm.tradingDays()) {
      List<Trade> trades =
          firm.trades().stream()
              .filter(
                  t -> t.counterpartyId().equals(DemoFirmFixture.BRKA) && t.tradeDate().equals(day))
              .toList();
      List<CsvLine> lines =
          InboxFiles.csv(
              dir.resolve("confirmations/BRKA_" + day.toString().replace("-", "") + ".csv"));
      assertThat(lines).hasSameSizeAs(trades);
      for (int i = 0; i < trades.size(); i++) {
        Trade t = trades.get(i);
        CsvLine l = lines.get(i);
        assertThat(l.line()).isEqualTo(i + 2);
        assertThat(l.get("client_exec_id")).isEqualTo(t.execId());
        assertThat(l.get("order_id")).isEqualTo(t.orderId());
        assertThat(l.get("broker_ref")).isNotBlank();
        if (!t.brokerRef().isEmpty()) {
          assertThat(l.get("broker_ref")).isEqualTo(t.brokerRef());
        }
        assertThat(l.get("trade_date")).isEqualTo(t.tradeDate().toString());
        assertThat(l.get("settlement_date")).isEqualTo(t.settlementDate().toString());
        assertThat(l.get("isin_or_symbol")).isEqualTo(securityOf(firm, t));
        assertThat(l.get("side")).isEqualTo(t.side().name());
        assertThat(new BigDecimal(l.get("quantity"))).isEqualByComparingTo(t.quantity());
        assertThat(new BigDecimal(l.get("price"))).isEqualByComparingTo(t.price());
        assertThat(new BigDecimal(l.get("gross_amount"))).isEqualByComparingTo(t.grossAmount());
        assertThat(new BigDecimal(l.get("commission"))).isEqualByComparingTo(t.commission());
        assertThat(new BigDecimal(l.get("fees"))).isEqualByComparingTo(t.fees());
        assertThat(new BigDecimal(l.get("net_amount"))).isEqualByComparingTo(t.netCashOut().abs());
        assertThat(l.get("currency")).isEqualTo(t.currency().code());
        assertThat(l.get("fills")).isEqualTo("1");
      }
    }
  }

  @Test
  void custodyPositionsAreOpeningPositionsPlusTradesSettledByTheCloseOfEachDay() {
    DemoFirm firm = DemoFirmFixture.small(FaultRates.NONE);
    writer.write(firm, dir);

    for (LocalDate day : firm.tradingDays()) {
      String date = day.toString().replace("-", "");
      Map<String, String> reported = new TreeMap<>();
      for (String custodian : List.of("CUSTA", "CUSTB")) {
        for (CsvLine l :
            InboxFiles.csv(dir.resolve("custody/" + custodian + "_positions_" + date + ".csv"))) {
          assertThat(l.get("statement_date")).isEqualTo(day.toString());
          reported.put(l.get("account_number") + "/" + l.get("isin"), l.get("settled_quantity"));
          BigDecimal close = new BigDecimal(l.get("close_price"));
          assertThat(new BigDecimal(l.get("market_value")))
              .isEqualByComparingTo(
                  close
                      .multiply(new BigDecimal(l.get("settled_quantity")))
                      .setScale(2, RoundingMode.HALF_EVEN));
        }
      }
      Map<String, String> expected = new TreeMap<>();
      expectedPositions(firm, day)
          .forEach((k, v) -> expected.put(k, v.stripTrailingZeros().toPlainString()));
      assertThat(reported).as("positions on %s", day).isEqualTo(expected).isNotEmpty();
    }
  }

  @Test
  void settlementStatusShowsALateTradeFailedUntilItSettlesAndAFailingTradeFailedEveryDay() {
    DemoFirm firm = DemoFirmFixture.small(FaultRates.NONE);
    List<InjectedFault> faults = writer.write(firm, dir).faults();

    SettlementOutcome late =
        firm.settlementOutcomes().stream()
            .filter(o -> !o.stillFailing() && !o.settledOnTime())
            .findFirst()
            .orElseThrow();
    SettlementOutcome failing =
        firm.settlementOutcomes().stream()
            .filter(SettlementOutcome::stillFailing)
            .findFirst()
            .orElseThrow();
    Trade lateTrade = trade(firm, late.tradeId());
    Trade failingTrade = trade(firm, failing.tradeId());

    Map<LocalDate, CsvLine> lateLines = statusLines(firm, lateTrade);
    assertThat(lateLines.get(late.intendedDate()).get("status")).isEqualTo("FAILED");
    assertThat(lateLines.get(late.intendedDate()).get("reason_code")).isEqualTo("LACK");
    CsvLine settled = lateLines.get(late.actualDate());
    assertThat(settled.get("status")).isEqualTo("SETTLED");
    assertThat(settled.get("actual_settlement_date")).isEqualTo(late.actualDate().toString());
    assertThat(settled.get("settled_quantity"))
        .isEqualTo(lateTrade.quantity().stripTrailingZeros().toPlainString());

    Map<LocalDate, CsvLine> failingLines = statusLines(firm, failingTrade);
    for (LocalDate day : firm.tradingDays()) {
      if (!day.isBefore(failing.intendedDate())) {
        assertThat(failingLines.get(day).get("status")).as("on %s", day).isEqualTo("FAILED");
        assertThat(failingLines.get(day).get("reason_code")).isEqualTo("MONY");
      } else if (!day.isBefore(failingTrade.tradeDate())) {
        assertThat(failingLines.get(day).get("status")).as("on %s", day).isEqualTo("PENDING");
      }
    }

    assertThat(faults)
        .extracting(
            InjectedFault::kind,
            InjectedFault::reference,
            InjectedFault::expected,
            InjectedFault::actual)
        .containsExactlyInAnyOrder(
            Tuple.tuple(
                "LATE_SETTLEMENT",
                lateTrade.execId(),
                late.intendedDate().toString(),
                late.actualDate().toString()),
            Tuple.tuple(
                "FAILED_SETTLEMENT",
                failingTrade.execId(),
                failing.intendedDate().toString(),
                "FAILED MONY"));
    for (InjectedFault f : faults) {
      assertFaultIsWhereItSays(firm, f);
    }
  }

  @Test
  void withHighFaultRatesEveryKindIsInjectedAndEachIsWhereItSaysItIs() {
    DemoFirm firm = DemoFirmFixture.sized(HIGH, 4, 60, 9, 5L);

    List<InjectedFault> faults = writer.write(firm, dir).faults();

    Map<InboxFaultKind, Integer> counts = new EnumMap<>(InboxFaultKind.class);
    for (InjectedFault f : faults) {
      counts.merge(InboxFaultKind.valueOf(f.kind()), 1, Integer::sum);
      assertFaultIsWhereItSays(firm, f);
    }
    assertThat(counts.keySet()).containsExactlyInAnyOrder(InboxFaultKind.values());
    long late =
        firm.settlementOutcomes().stream()
            .filter(
                o ->
                    o.actualDate() != null
                        && o.actualDate().isAfter(o.intendedDate())
                        && isSecurities(firm, o.tradeId()))
            .count();
    long failing =
        firm.settlementOutcomes().stream()
            .filter(o -> o.stillFailing() && isSecurities(firm, o.tradeId()))
            .count();
    assertThat(counts.get(InboxFaultKind.LATE_SETTLEMENT)).isEqualTo((int) late);
    assertThat(counts.get(InboxFaultKind.FAILED_SETTLEMENT)).isEqualTo((int) failing);
  }

  /**
   * A full-size demo inbox (timed by {@code tickmark bench demo}, not here: tests never depend on
   * timing).
   */
  @Test
  void writesFortyThousandTradesOverTwentyDaysIntoOneFileSetPerCounterpartyAndDay() {
    DemoFirm firm = DemoFirmFixture.sized(FaultRates.DEFAULTS, 20, 2000, 60, 42L);
    assertThat(firm.trades()).hasSize(40_000);
    assertThat(writer.write(firm, dir.resolve("inbox")).faults()).isNotEmpty();
    assertThat(InboxFiles.list(dir.resolve("inbox"))).hasSize(20 * (2 + 2 + 3 + 2));
  }

  // ---------------------------------------------------------------- checks of one fault

  private void assertFaultIsWhereItSays(DemoFirm firm, InjectedFault f) {
    Path file = dir.resolve(f.file());
    assertThat(file).as("file of %s", f).exists();
    assertThat(f.line()).as("line of %s", f).isGreaterThanOrEqualTo(0);
    assertThat(f.description()).isNotBlank();
    switch (InboxFaultKind.valueOf(f.kind())) {
      case MISSING_CONFIRMATION -> {
        assertThat(f.line()).isZero();
        assertThat(InboxFiles.csv(file))
            .noneMatch(l -> confirmationReference(l).equals(f.reference()));
        assertThat(firm.trades())
            .anyMatch(t -> t.execId().equals(f.reference()) || t.orderId().equals(f.reference()));
      }
      case CONFIRMATION_PRICE_MISMATCH -> {
        CsvLine l = csvLine(file, f.line());
        assertThat(confirmationReference(l)).isEqualTo(f.reference());
        assertThat(l.get("price")).isEqualTo(f.actual());
        assertThat(new BigDecimal(f.actual()))
            .isNotEqualByComparingTo(new BigDecimal(f.expected()));
        assertThat(new BigDecimal(f.expected())).isEqualByComparingTo(bookPrice(firm, l));
      }
      case CONFIRMATION_QUANTITY_MISMATCH -> {
        CsvLine l = csvLine(file, f.line());
        assertThat(confirmationReference(l)).isEqualTo(f.reference());
        assertThat(l.get("quantity")).isEqualTo(f.actual());
        assertThat(new BigDecimal(f.expected()))
            .isEqualByComparingTo(bookQuantity(firm, l))
            .isNotEqualByComparingTo(new BigDecimal(f.actual()));
      }
      case DUPLICATE_CONFIRMATION -> {
        List<String> lines = InboxFiles.lines(file);
        assertThat(f.line()).isGreaterThan(2);
        assertThat(lines.get(f.line() - 1)).isEqualTo(lines.get(f.line() - 2));
        assertThat(confirmationReference(csvLine(file, f.line()))).isEqualTo(f.reference());
      }
      case POSITION_MISMATCH -> {
        CsvLine l = csvLine(file, f.line());
        assertThat(l.get("account_number") + "/" + l.get("isin")).isEqualTo(f.reference());
        assertThat(l.get("settled_quantity")).isEqualTo(f.actual());
        assertThat(
                expectedPositions(firm, LocalDate.parse(l.get("statement_date")))
                    .get(f.reference()))
            .isEqualByComparingTo(new BigDecimal(f.expected()))
            .isNotEqualByComparingTo(new BigDecimal(f.actual()));
      }
      case MISSING_POSITION -> {
        assertThat(f.line()).isZero();
        assertThat(InboxFiles.csv(file))
            .noneMatch(l -> (l.get("account_number") + "/" + l.get("isin")).equals(f.reference()));
        assertThat(expectedPositions(firm, dateOf(f.file())).get(f.reference()))
            .isEqualByComparingTo(new BigDecimal(f.expected()));
      }
      case UNEXPECTED_POSITION -> {
        CsvLine l = csvLine(file, f.line());
        assertThat(l.get("account_number") + "/" + l.get("isin")).isEqualTo(f.reference());
        assertThat(Isin.isValid(l.get("isin"))).isTrue();
        assertThat(firm.referenceData().instruments())
            .noneMatch(i -> i.isin() != null && i.isin().value().equals(l.get("isin")));
        assertThat(l.get("settled_quantity")).isEqualTo(f.actual());
      }
      case MISSING_BANK_ENTRY -> {
        assertThat(f.line()).isZero();
        String tradeId = tradeByExecId(firm, f.reference()).id().display();
        assertThat(InboxFiles.statement(file).entries())
            .noneMatch(e -> e.ourReference().equals(tradeId));
      }
      case BANK_AMOUNT_MISMATCH -> {
        InboxFiles.Entry e = entryAt(file, f.line());
        assertThat(e.ourReference()).isEqualTo(tradeByExecId(firm, f.reference()).id().display());
        assertThat(e.amount())
            .isEqualByComparingTo(new BigDecimal(f.actual()))
            .isNotEqualByComparingTo(new BigDecimal(f.expected()));
        assertThat(e.amount().signum()).isEqualTo(new BigDecimal(f.expected()).signum());
      }
      case UNEXPECTED_BANK_ENTRY -> {
        InboxFiles.Entry e = entryAt(file, f.line());
        assertThat(e.bankReference()).isEqualTo(f.reference());
        assertThat(e.ourReference()).isEqualTo("NONREF");
        assertThat(e.typeCode()).isIn("NCHG", "NINT");
        assertThat(e.amount()).isEqualByComparingTo(new BigDecimal(f.actual()));
      }
      case LATE_SETTLEMENT -> {
        CsvLine l = csvLine(file, f.line());
        assertThat(l.get("our_reference")).isEqualTo(f.reference());
        assertThat(l.get("status")).isEqualTo("SETTLED");
        assertThat(l.get("intended_settlement_date")).isEqualTo(f.expected());
        assertThat(l.get("actual_settlement_date")).isEqualTo(f.actual());
        assertThat(LocalDate.parse(f.actual())).isAfter(LocalDate.parse(f.expected()));
      }
      case FAILED_SETTLEMENT -> {
        CsvLine l = csvLine(file, f.line());
        assertThat(dateOf(f.file())).isEqualTo(firm.businessDate());
        assertThat(l.get("our_reference")).isEqualTo(f.reference());
        assertThat(l.get("status")).isEqualTo("FAILED");
        assertThat(l.get("intended_settlement_date")).isEqualTo(f.expected());
        assertThat(l.get("actual_settlement_date")).isEmpty();
      }
    }
  }

  private static String confirmationReference(CsvLine l) {
    return l.get("client_exec_id").isEmpty() ? l.get("order_id") : l.get("client_exec_id");
  }

  private static CsvLine csvLine(Path file, int line) {
    return InboxFiles.csv(file).stream()
        .filter(l -> l.line() == line)
        .findFirst()
        .orElseThrow(() -> new AssertionError(file + " has no data line " + line));
  }

  private static InboxFiles.Entry entryAt(Path file, int line) {
    return InboxFiles.statement(file).entries().stream()
        .filter(e -> e.line() == line)
        .findFirst()
        .orElseThrow(() -> new AssertionError(file + " has no entry starting on line " + line));
  }

  private static BigDecimal bookPrice(DemoFirm firm, CsvLine l) {
    if (!l.get("client_exec_id").isEmpty()) {
      return tradeByExecId(firm, l.get("client_exec_id")).price();
    }
    List<Trade> fills = fillsOf(firm, l);
    BigDecimal value =
        fills.stream()
            .map(t -> t.quantity().multiply(t.price()))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return value.divide(bookQuantity(firm, l), 6, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal bookQuantity(DemoFirm firm, CsvLine l) {
    if (!l.get("client_exec_id").isEmpty()) {
      return tradeByExecId(firm, l.get("client_exec_id")).quantity();
    }
    return fillsOf(firm, l).stream().map(Trade::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static List<Trade> fillsOf(DemoFirm firm, CsvLine l) {
    return firm.trades().stream().filter(t -> t.orderId().equals(l.get("order_id"))).toList();
  }

  // ---------------------------------------------------------------- expectations computed from the
  // firm

  private static Map<String, BigDecimal> expectedPositions(DemoFirm firm, LocalDate day) {
    Map<AccountId, Account> accounts = new HashMap<>();
    firm.referenceData().accounts().forEach(a -> accounts.put(a.id(), a));
    Map<InstrumentId, Instrument> instruments = new HashMap<>();
    firm.referenceData().instruments().forEach(i -> instruments.put(i.id(), i));
    Map<String, BigDecimal> out = new TreeMap<>();
    for (OpeningPosition p : firm.openingPositions()) {
      out.merge(
          accounts.get(p.custodyAccount()).number()
              + "/"
              + instruments.get(p.instrument()).isin().value(),
          p.quantity(),
          BigDecimal::add);
    }
    for (Trade t : firm.trades()) {
      LocalDate settled = settledOn(firm, t);
      Instrument i = instruments.get(t.instrumentId());
      if (!i.isFx() && settled != null && !settled.isAfter(day)) {
        BigDecimal signed = t.side() == Side.BUY ? t.quantity() : t.quantity().negate();
        out.merge(
            accounts.get(t.accountId()).number() + "/" + i.isin().value(), signed, BigDecimal::add);
      }
    }
    out.values().removeIf(q -> q.signum() == 0);
    return out;
  }

  /** Per cash account and day, the trade id → amount the bank should book. */
  private static Map<AccountId, Map<LocalDate, Map<String, BigDecimal>>> expectedCash(
      DemoFirm firm) {
    Map<AccountId, Map<LocalDate, Map<String, BigDecimal>>> out = new HashMap<>();
    for (Trade t : firm.trades()) {
      LocalDate settled = settledOn(firm, t);
      if (settled == null) {
        continue;
      }
      BigDecimal cash = t.netCashOut().negate().setScale(2, RoundingMode.HALF_EVEN);
      AccountId quoteAccount = cashAccount(t.currency().code());
      out.computeIfAbsent(quoteAccount, k -> new TreeMap<>())
          .computeIfAbsent(settled, k -> new TreeMap<>())
          .merge(t.id().display(), cash, BigDecimal::add);
      if (t.instrumentId().equals(DemoFirmFixture.EURUSD)) {
        BigDecimal base =
            (t.side() == Side.BUY ? t.quantity() : t.quantity().negate())
                .setScale(2, RoundingMode.HALF_EVEN);
        out.computeIfAbsent(DemoFirmFixture.CASH_EUR, k -> new TreeMap<>())
            .computeIfAbsent(settled, k -> new TreeMap<>())
            .merge(t.id().display(), base, BigDecimal::add);
      }
    }
    return out;
  }

  private static AccountId cashAccount(String currency) {
    return switch (currency) {
      case "USD" -> DemoFirmFixture.CASH_USD;
      case "EUR" -> DemoFirmFixture.CASH_EUR;
      default -> DemoFirmFixture.CASH_GBP;
    };
  }

  private static LocalDate settledOn(DemoFirm firm, Trade t) {
    for (SettlementOutcome o : firm.settlementOutcomes()) {
      if (o.tradeId().equals(t.id())) {
        return o.actualDate();
      }
    }
    return null;
  }

  private static boolean isSecurities(DemoFirm firm, TradeId id) {
    return !trade(firm, id).instrumentId().equals(DemoFirmFixture.EURUSD);
  }

  private static Trade trade(DemoFirm firm, TradeId id) {
    return firm.trades().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  private static Trade tradeByExecId(DemoFirm firm, String execId) {
    return firm.trades().stream()
        .filter(t -> t.execId().equals(execId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no trade with exec id " + execId));
  }

  private static String securityOf(DemoFirm firm, Trade t) {
    Instrument i =
        firm.referenceData().instruments().stream()
            .filter(x -> x.id().equals(t.instrumentId()))
            .findFirst()
            .orElseThrow();
    return i.isFx() ? i.symbol() : i.isin().value();
  }

  private Map<LocalDate, CsvLine> statusLines(DemoFirm firm, Trade t) {
    String custodian = t.accountId().equals(DemoFirmFixture.CUSTODY_US) ? "CUSTA" : "CUSTB";
    Map<LocalDate, CsvLine> out = new TreeMap<>();
    for (LocalDate day : firm.tradingDays()) {
      for (CsvLine l :
          InboxFiles.csv(
              dir.resolve(
                  "settlement/"
                      + custodian
                      + "_status_"
                      + day.toString().replace("-", "")
                      + ".csv"))) {
        if (l.get("our_reference").equals(t.execId())) {
          assertThat(out.put(day, l)).as("one line per instruction per day").isNull();
        }
      }
    }
    return out;
  }

  private List<Statement> statementsOf(String prefix) {
    List<Statement> out = new ArrayList<>();
    for (String f : InboxFiles.list(dir)) {
      if (f.startsWith(prefix)) {
        out.add(InboxFiles.statement(dir.resolve(f)));
      }
    }
    return out;
  }

  private static void assertAddUpAndChain(List<Statement> statements, String currency) {
    Statement previous = null;
    for (Statement s : statements) {
      assertThat(s.opening().currency()).isEqualTo(currency);
      assertThat(s.closing().currency()).isEqualTo(currency);
      assertThat(s.opening().amount().add(s.sumOfEntries()))
          .as("%s: opening + entries", s.file())
          .isEqualByComparingTo(s.closing().amount());
      if (previous != null) {
        assertThat(s.opening().amount())
            .as("%s opens with the previous closing", s.file())
            .isEqualByComparingTo(previous.closing().amount());
        assertThat(s.opening().date()).isEqualTo(previous.closing().date());
        assertThat(s.number()).isEqualTo(previous.number() + 1);
      }
      previous = s;
    }
  }

  private static LocalDate dateOf(String file) {
    String name = file.substring(file.lastIndexOf('_') + 1, file.lastIndexOf('.'));
    return LocalDate.parse(name, DateTimeFormatter.BASIC_ISO_DATE);
  }
}
